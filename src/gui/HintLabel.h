// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextDocument>
#include <QWidget>

// A hint where a list or a view is still empty: centred text (simple rich text allowed) that
// wraps to whatever width it is given. A word-wrapped QLabel lays its text out several times
// whenever a layout asks for its size, and three of them cost a few milliseconds of every
// start; this one asks nothing of its text to be sized and lays it out once per width, when
// it is painted.
class HintLabel : public QWidget
{
    Q_OBJECT
public:
    explicit HintLabel(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    // What the hint says, without markup (also its accessible name).
    QString plainText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // The document filled from the text (on first need, and after a change).
    const QTextDocument &content() const;
    // The same, wrapped to the width inside the margins.
    const QTextDocument &document() const;
    int textWidth() const;

    QString m_text;
    mutable QTextDocument m_document;
    mutable bool m_documentStale = true;
};
