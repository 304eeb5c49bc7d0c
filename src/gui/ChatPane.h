// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

class HintLabel;
class QComboBox;
class QDoubleSpinBox;
class QSpinBox;
class QToolButton;
class QPlainTextEdit;
class QPushButton;

namespace Ui {
class ChatPane;
}

// The centre pane: the model bar, the conversation view and the message composer.
// It displays and forwards; the chat controller decides what a send means.
class ChatPane : public QWidget
{
    Q_OBJECT
public:
    explicit ChatPane(QWidget *parent = nullptr);
    ~ChatPane() override;

    // Puts the conversation view into the pane (the pane takes ownership).
    void setConversationView(QWidget *view);
    QWidget *conversationView() const { return m_view; }

    QPlainTextEdit *messageInput() const;
    QPushButton *sendButton() const;
    QComboBox *modelSelector() const;
    QDoubleSpinBox *temperatureSpinBox() const;
    QSpinBox *maxTokensSpinBox() const;
    QToolButton *systemPromptButton() const;

    // Chips above the input, one per attached file, each with a remove button.
    void setAttachmentChips(const QStringList &labels);
    int attachmentChipCount() const;

    // The hint shown above an empty conversation.
    void setWelcomeVisible(bool visible);

    // Accepts files dropped anywhere on `target` (the window), as on the input itself.
    void acceptFileDrops(QWidget *target);

Q_SIGNALS:
    // Enter in the input (without Shift), or the Send button.
    void sendRequested();
    // Files were dropped on the window or the input, or pasted into the input.
    void filesDropped(const QStringList &paths);
    void attachmentRemoveRequested(int index);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();

    const std::unique_ptr<Ui::ChatPane> m_ui;
    QWidget *m_view = nullptr;
    QWidget *m_attachmentBar = nullptr;
    HintLabel *m_welcome = nullptr;
};
