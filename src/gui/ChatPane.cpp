// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatPane.h"

#include "HintLabel.h"
#include "MessageInput.h"
#include "ui_ChatPane.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMimeData>
#include <QToolButton>
#include <QUrl>

ChatPane::ChatPane(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ChatPane>())
{
    m_ui->setupUi(this);
    m_ui->messageInput->installEventFilter(this);
    // Drops reach the viewport of a text edit, not the edit itself.
    m_ui->messageInput->viewport()->installEventFilter(this);
    connect(m_ui->sendButton, &QPushButton::clicked, this, &ChatPane::sendRequested);
    connect(m_ui->messageInput, &MessageInput::filesPasted, this, &ChatPane::filesDropped);

    m_welcome = new HintLabel(this);
    m_welcome->setObjectName(QStringLiteral("welcomeLabel"));
    m_welcome->setContentsMargins(24, 24, 24, 24);
    retranslate();
    m_ui->chatViewLayout->addWidget(m_welcome);

    m_attachmentBar = new QWidget(this);
    m_attachmentBar->setObjectName(QStringLiteral("attachmentBar"));
    auto *barLayout = new QHBoxLayout(m_attachmentBar);
    barLayout->setContentsMargins(8, 4, 8, 0);
    barLayout->addStretch();
    m_attachmentBar->hide();
    m_ui->layout->insertWidget(m_ui->layout->indexOf(m_ui->composer), m_attachmentBar);
}

ChatPane::~ChatPane() = default;

void ChatPane::setWelcomeVisible(bool visible)
{
    m_welcome->setVisible(visible);
    if (m_view)
        m_view->setVisible(!visible);
}

void ChatPane::setConversationView(QWidget *view)
{
    if (m_view) {
        m_ui->chatViewLayout->removeWidget(m_view);
        delete m_view;
    }
    m_view = view;
    m_ui->chatViewLayout->addWidget(view);
    view->setHidden(!m_welcome->isHidden()); // one of the two at a time
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

QDoubleSpinBox *ChatPane::temperatureSpinBox() const
{
    return m_ui->temperatureSpinBox;
}

QSpinBox *ChatPane::maxTokensSpinBox() const
{
    return m_ui->maxTokensSpinBox;
}

QToolButton *ChatPane::systemPromptButton() const
{
    return m_ui->systemPromptButton;
}

void ChatPane::setAttachmentChips(const QStringList &labels)
{
    auto *layout = static_cast<QHBoxLayout *>(m_attachmentBar->layout());
    while (layout->count() > 1) {
        QLayoutItem *item = layout->takeAt(0);
        delete item->widget();
        delete item;
    }
    for (int i = 0; i < labels.size(); ++i) {
        auto *chip = new QToolButton(m_attachmentBar);
        chip->setObjectName(QStringLiteral("attachmentChip"));
        chip->setText(labels.at(i) + QStringLiteral("  ✕"));
        chip->setToolTip(tr("Remove %1 from the next message").arg(labels.at(i)));
        chip->setAutoRaise(false);
        connect(chip, &QToolButton::clicked, this, [this, i] { Q_EMIT attachmentRemoveRequested(i); });
        layout->insertWidget(i, chip);
    }
    m_attachmentBar->setVisible(!labels.isEmpty());
}

int ChatPane::attachmentChipCount() const
{
    return m_attachmentBar->layout()->count() - 1;
}

void ChatPane::acceptFileDrops(QWidget *target)
{
    target->setAcceptDrops(true);
    target->installEventFilter(this);
}

bool ChatPane::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (!MessageInput::localFiles(drag->mimeData()).isEmpty()) {
            drag->acceptProposedAction();
            return true;
        }
    } else if (event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QStringList paths = MessageInput::localFiles(drop->mimeData());
        if (!paths.isEmpty()) {
            drop->acceptProposedAction();
            Q_EMIT filesDropped(paths);
            return true;
        }
    }
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

void ChatPane::retranslate()
{
    // A large title and plain paragraphs: regular weight only, since a bold or monospace face
    // is one more font to load before the first frame (about 1 ms).
    const QStringList paragraphs{
        tr("Choose a model above, type below and press Enter."),
        tr("To use a cloud provider, add its key in Settings → Preferences → Providers (it is kept in "
           "the system keychain), or start the app with a variable such as GROQ_API_KEY. Ollama, "
           "LM Studio and vLLM on this computer need no key."),
        tr("Drop files here to send them as context; Ctrl+/ inserts a template.")};
    QString html = QStringLiteral("<p style=\"font-size:x-large\">%1</p>")
                       .arg(tr("Start a conversation").toHtmlEscaped());
    for (const QString &paragraph : paragraphs)
        html += QStringLiteral("<p>%1</p>").arg(paragraph.toHtmlEscaped());
    m_welcome->setText(html);
}

void ChatPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}
