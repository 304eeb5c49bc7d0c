// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatPane.h"

#include "ui_ChatPane.h"

#include <QKeyEvent>

ChatPane::ChatPane(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ChatPane>())
{
    m_ui->setupUi(this);
    m_ui->messageInput->installEventFilter(this);
    connect(m_ui->sendButton, &QPushButton::clicked, this, &ChatPane::sendRequested);
}

ChatPane::~ChatPane() = default;

void ChatPane::setConversationView(QWidget *view)
{
    if (m_view) {
        m_ui->chatViewLayout->removeWidget(m_view);
        delete m_view;
    }
    m_view = view;
    m_ui->chatViewLayout->addWidget(view);
}

QPlainTextEdit *ChatPane::messageInput() const
{
    return m_ui->messageInput;
}

QPushButton *ChatPane::sendButton() const
{
    return m_ui->sendButton;
}

QComboBox *ChatPane::modelSelector() const
{
    return m_ui->modelComboBox;
}

bool ChatPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->messageInput && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && !(key->modifiers() & Qt::ShiftModifier)) {
            Q_EMIT sendRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ChatPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QWidget::changeEvent(event);
}
