// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/chatview/ChatViewMessage.h"
#include "gui/projects/ProjectDialog.h"
#include "llm/ProviderError.h"
#include "storage/Attachment.h"
#include "storage/Conversation.h"
#include "storage/Message.h"
#include "storage/PromptTemplate.h"

#include <QIcon>
#include <QObject>
#include <QTimer>

#include <functional>

class ChatPane;
class ChatService;
class ChatView;
class ConversationListModel;
class Database;
class MainWindow;
class HealthMonitor;
class ProviderManager;

// Connects the chat pane (composer, model selector) and the chat view to the chat service:
// what a send, a stop or a model switch means, and how the answer appears while it streams.
class ChatController : public QObject
{
    Q_OBJECT
public:
    ChatController(MainWindow &window, Database &db, ProviderManager &providers, ChatService &chat,
                   ConversationListModel &conversations, QObject *parent = nullptr);

    qint64 currentConversation() const { return m_conversationId; }
    // The conversation view, made on first need (see view() in the source).
    ChatView *view();

    void openConversation(qint64 conversationId);
    // Starts a conversation (stored with its first message); in projectId when given, with
    // that project's model preselected and its defaults applied.
    void newConversation(qint64 projectId = 0);
    // Asked before a send that a monthly budget has no room for; true sends anyway. The default
    // asks with a message box; tests answer themselves.
    void setOverBudgetConfirmation(std::function<bool(const QString &question)> confirm)
    {
        m_confirmOverBudget = std::move(confirm);
    }
    // Where File › New Conversation goes: the project chosen in the sidebar (0: none).
    void setProjectForNew(std::function<qint64()> source) { m_projectForNew = std::move(source); }
    // Fills the model selector from the configured providers.
    void reloadModels();
    // Asks every provider with a key for its model list again; the selector offers them.
    void refreshModelLists();
    // What the model selector offers, for other dialogs (a project's default model).
    QList<ProjectDialog::ModelChoice> modelChoices() const;
    void setTheme(bool dark);
    // Shows each provider's health as a dot in the model selector, kept up to date.
    void setHealthMonitor(HealthMonitor *monitor);

    void send();
    void stop();
    // A new answer to the last prompt of the shown branch (the old one stays as a sibling).
    void regenerateLast();
    // Puts the last prompt into the input; the next send makes it a new version (a branch).
    void editLastPrompt();
    // Puts prompt messageId into the input; sending makes the edit a new branch.
    void editPrompt(qint64 messageId);
    // Opens the prompt in $VISUAL / $EDITOR; when the editor exits with a changed text, the edit
    // is sent as a new branch.
    void editPromptInEditor(qint64 messageId);
    // A new answer to the prompt of answerId (with the model chosen now), as a new branch.
    void regenerateAnswer(qint64 answerId);
    // Shows the previous (step -1) or next (+1) version of the message and the branch under it.
    void showSibling(qint64 messageId, int step);
    void toggleInContext(qint64 messageId);
    void togglePinned(qint64 messageId);
    // Shows a message again after its flags changed elsewhere (the branch explorer).
    void refreshMessage(qint64 messageId);
    // Shows what the next prompt is sent with: each message, the token estimate, and what
    // trimming to the model's context leaves out.
    void showContextPreview();
    void focusInput();
    // Asks the model to name the conversation.
    void suggestTitle();
    // Empties the open conversation (after a question when `ask`); Undo in the status bar brings
    // every message back until another undo replaces it or the window closes.
    bool clearChat(bool ask = true);
    qint64 editingMessage() const { return m_editingMessageId; }

    // Files for the next message (from drops, paste or Attach File…). Refused files are
    // reported with their name and reason; accepted ones appear as chips.
    void addFiles(const QStringList &paths);
    void removeAttachment(int index);
    void chooseFiles();
    // Files as a message of their own in the shown branch (Chat › Add Context from Files…):
    // every later prompt is sent with them. Returns the message id, 0 when nothing was added.
    qint64 addContextFiles(const QStringList &paths);
    void chooseContextFiles();

    // Writes the shown branch (or every branch) in one of ConversationExporter::formats(); false
    // with a message in the status bar when the file cannot be written. JSON always holds the tree.
    enum class ExportScope { ShownBranch, AllBranches };
    bool exportConversation(const QString &format, const QString &fileName,
                            ExportScope scope = ExportScope::ShownBranch);
    void chooseExport();
    // Reads a conversation exported as JSON (the whole tree) and opens it; returns its id or 0.
    qint64 importConversation(const QString &fileName);
    void chooseImport();
    void copyConversationAsMarkdown();

    // Replaces the input with the template's body, its variables filled in.
    void insertTemplate(const PromptTemplate &prompt);
    void showTemplatePalette();
    QList<Attachment> pendingAttachments() const { return m_pending; }
    QStringList lastAttachmentProblems() const { return m_attachmentProblems; }

    // The text in the input box is saved half a second after typing stops (and when the
    // conversation changes), per conversation, so it survives closing the window or a crash.
    void saveDraft();
    static QString draftKey(qint64 conversationId);

Q_SIGNALS:
    void openProviderSettingsRequested();
    // A conversation was shown (or shown again after its active branch changed); 0 for a new one.
    void conversationOpened(qint64 conversationId);
    // A message's flags (in context, pinned) changed.
    void messageChanged(qint64 messageId);
    // A project was added (an imported bundle).
    void projectsChanged();

private:
    bool resendEdited(qint64 messageId, const QString &text);
    // False when a budget is used up and the user does not want to go on; warns at 80 %.
    bool budgetAllowsSend(qint64 projectId, const QString &providerId);
    ChatViewMessage viewWithSiblings(const Message &message) const;
    void selectModel(const QString &providerId, const QString &model);
    void applySelectedModel();
    // Temperature, max tokens and system prompt of the shown conversation (or of the next
    // new one), saved with the conversation.
    void applyGenerationSettings();
    // Stores the new conversation with the chosen {provider, model} and what was set for it
    // before its first message (generation settings, system prompt, project); false with an
    // error shown when it cannot be stored.
    bool startConversation(const QStringList &choice);
    void showGenerationSettings(const Conversation &conversation);
    void editSystemPrompt();
    void updateSendButton();
    void updateHealthIcons();
    // A provider's health dot and the tooltip its entries in the model selector share.
    struct HealthDecoration
    {
        QIcon icon;
        QString tip;
    };
    HealthDecoration healthDecoration(const QString &instanceId) const;
    void showError(const QString &message);
    void showRetryStatus();
    void onReplyEnded(const Message &message, const ProviderError &error);

    MainWindow &m_window;
    ChatPane *m_pane;
    ChatView *m_view = nullptr;
    bool m_dark = false;
    Database &m_db;
    ProviderManager &m_providers;
    ChatService &m_chat;
    ConversationListModel &m_conversations;
    void restoreDraft();
    void showPathTo(qint64 messageId);
    void showMessages(const QList<Message> &path);

    qint64 m_conversationId = 0;
    qint64 m_editingMessageId = 0;
    qint64 m_newProjectId = 0; // the project of the conversation the next send creates
    std::function<qint64()> m_projectForNew;
    std::function<bool(const QString &)> m_confirmOverBudget;
    QList<Attachment> m_pending;
    QString m_newSystemPrompt; // for a conversation not created yet
    QStringList m_attachmentProblems;
    void showAttachmentChips();
    HealthMonitor *m_health = nullptr;
    QTimer *m_draftTimer;
    QTimer *m_retryCountdown = nullptr;
    QTimer *m_modelsReload;
    QString m_retryReason;
    int m_retryAttempt = 0;
    int m_retrySecondsLeft = 0;
};
