// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextDocument>

// A text document that never loads a resource: no image, style sheet or URL in untrusted
// content can make it read a file or touch the network. Refusals are counted for tests.
class SafeTextDocument : public QTextDocument
{
    Q_OBJECT

public:
    explicit SafeTextDocument(QObject *parent = nullptr);

    int refusedResourceCount() const { return m_refused; }

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    int m_refused = 0;
};
