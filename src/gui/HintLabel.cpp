// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HintLabel.h"

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QPainter>
#include <QTextOption>

HintLabel::HintLabel(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    QTextOption option(Qt::AlignHCenter);
    option.setWrapMode(QTextOption::WordWrap); // as a QLabel: words are never split
    m_document.setDefaultTextOption(option);
    m_document.setDocumentMargin(0);
    m_document.setUndoRedoEnabled(false);
}

void HintLabel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_documentStale = true;
    setAccessibleName(plainText());
    update();
}

QString HintLabel::plainText() const
{
    return content().toPlainText();
}

QSize HintLabel::sizeHint() const
{
    // A few lines of a narrow column; the layout gives it the room of the view it stands for.
    const QFontMetrics metrics = fontMetrics();
    const QMargins margins = contentsMargins();
    return QSize(metrics.averageCharWidth() * 24 + margins.left() + margins.right(),
                 metrics.lineSpacing() * 3 + margins.top() + margins.bottom());
}

QSize HintLabel::minimumSizeHint() const
{
    const QMargins margins = contentsMargins();
    return QSize(margins.left() + margins.right(),
                 fontMetrics().lineSpacing() + margins.top() + margins.bottom());
}

const QTextDocument &HintLabel::content() const
{
    if (m_documentStale) {
        m_document.setDefaultFont(font());
        if (Qt::mightBeRichText(m_text))
            m_document.setHtml(m_text);
        else
            m_document.setPlainText(m_text);
        m_documentStale = false;
    }
    return m_document;
}

const QTextDocument &HintLabel::document() const
{
    content();
    const qreal width = textWidth();
    if (!qFuzzyCompare(m_document.textWidth(), width))
        m_document.setTextWidth(width);
    return m_document;
}

int HintLabel::textWidth() const
{
    // Lines of a readable length, however wide the view.
    return qBound(1, contentsRect().width(), fontMetrics().averageCharWidth() * 72);
}

void HintLabel::paintEvent(QPaintEvent *)
{
    const QTextDocument &doc = document();
    const QRect area = contentsRect();
    const qreal top = area.top() + qMax(0.0, (area.height() - doc.size().height()) / 2);
    QPainter painter(this);
    painter.translate(area.left() + (area.width() - textWidth()) / 2, top);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = palette();
    context.palette.setColor(QPalette::Text, palette().color(QPalette::WindowText));
    context.clip = QRectF(0, 0, area.width(), area.height());
    doc.documentLayout()->draw(&painter, context);
}

void HintLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        m_documentStale = true;
        update();
    }
    QWidget::changeEvent(event);
}
