// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatController.h"

#include "ActionRegistry.h"
#include "ChatPane.h"
#include "ConversationListModel.h"
#include "HealthIcon.h"
#include "MainWindow.h"
#include "TemplatePalette.h"
#include "gui/chatview/ChatView.h"

#include "llm/ChatProvider.h"
#include "llm/HealthMonitor.h"
#include "llm/ModelListReply.h"
#include "services/AttachmentLoader.h"
#include "services/BudgetGuard.h"
#include "services/ChatService.h"
#include "services/ConversationExporter.h"
#include "services/ConversationImporter.h"
#include "services/DatabaseModelCacheStore.h"
#include "services/DeletedMessages.h"
#include "services/ProjectBundle.h"
#include "services/PromptTemplates.h"
#include "services/ProviderManager.h"
#include "storage/ConversationRepository.h"
#include "storage/Database.h"
#include "storage/MessageRepository.h"
#include "storage/ProjectRepository.h"
#include "storage/PromptTemplateRepository.h"
#include "storage/SettingsRepository.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHash>
#include <QInputDialog>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTemporaryFile>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

namespace {

// Why an answer that completed is not whole: cut at the token limit, or stopped by a filter.
QString finishNote(const Message &message)
{
    const QString detail = message.finishDetail.isEmpty() || message.finishDetail == message.finishReason
                               ? QString()
                               : QStringLiteral(" (%1)").arg(message.finishDetail);
    if (message.finishReason == QLatin1String("length"))
        return ChatController::tr("Cut off at the token limit") + detail;
    if (message.finishReason == QLatin1String("content_filter"))
        return ChatController::tr("Stopped by the provider's content filter") + detail;
    return QString();
}

ChatViewMessage viewMessage(const Message &message)
{
    ChatViewMessage view;
    view.id = QString::number(message.id);
    view.role = message.role == MessageRole::User        ? ChatViewMessage::Role::User
                : message.role == MessageRole::Assistant ? ChatViewMessage::Role::Assistant
                                                         : ChatViewMessage::Role::System;
    view.model = message.model;
    view.time = message.createdAt.toLocalTime();
    view.text = message.content;
    switch (message.state) {
    case MessageState::Complete: view.state = ChatViewMessage::State::Complete; break;
    case MessageState::Streaming: view.state = ChatViewMessage::State::Streaming; break;
    case MessageState::Interrupted: view.state = ChatViewMessage::State::Interrupted; break;
    case MessageState::Error: view.state = ChatViewMessage::State::Failed; break;
    }
    view.error = message.errorText;
    view.stoppedByUser = message.errorKind == QLatin1String("cancelled");
    view.thinking = message.thinking;
    view.finishNote = finishNote(message);
    view.inContext = message.inContext;
    view.pinned = message.pinned;
    const MessageUsage &usage = message.usage;
    view.usage.promptTokens = static_cast<int>(usage.promptTokens.value_or(-1));
    view.usage.completionTokens = static_cast<int>(usage.completionTokens.value_or(-1));
    view.usage.firstTokenMs = usage.firstTokenMs.value_or(-1);
    if (usage.completionTokens && usage.durationMs && *usage.durationMs > 0)
        view.usage.tokensPerSecond =
            *usage.completionTokens * 1000.0 / static_cast<double>(*usage.durationMs);
    if (usage.cost) {
        view.usage.cost = *usage.cost;
        view.usage.currency = usage.currency;
    }
    view.usage.estimated = usage.estimated;
    return view;
}

} // namespace

ChatController::ChatController(MainWindow &window, Database &db, ProviderManager &providers,
                               ChatService &chat, ConversationListModel &conversations, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_pane(window.chatPane())
    , m_db(db)
    , m_providers(providers)
    , m_chat(chat)
    , m_conversations(conversations)
    , m_draftTimer(new QTimer(this))
    , m_modelsReload(new QTimer(this))
{
    // Several model lists arriving together fill the selector once.
    m_modelsReload->setSingleShot(true);
    m_modelsReload->setInterval(200);
    connect(m_modelsReload, &QTimer::timeout, this, &ChatController::reloadModels);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(500);
    connect(m_draftTimer, &QTimer::timeout, this, &ChatController::saveDraft);
    connect(m_pane->messageInput(), &QPlainTextEdit::textChanged, m_draftTimer, qOverload<>(&QTimer::start));
    connect(m_pane, &ChatPane::sendRequested, this, &ChatController::send);
    connect(m_window.actions()->action(QStringLiteral("chat.send")), &QAction::triggered, this,
            &ChatController::send);
    connect(m_window.actions()->action(QStringLiteral("chat.stop")), &QAction::triggered, this,
            &ChatController::stop);
    connect(m_window.actions()->action(QStringLiteral("file.new")), &QAction::triggered, this,
            [this] { newConversation(m_projectForNew ? m_projectForNew() : 0); });
    connect(m_window.actions()->action(QStringLiteral("chat.regenerate")), &QAction::triggered, this,
            &ChatController::regenerateLast);
    connect(m_window.actions()->action(QStringLiteral("chat.editLast")), &QAction::triggered, this,
            &ChatController::editLastPrompt);
    connect(m_window.actions()->action(QStringLiteral("chat.addContext")), &QAction::triggered, this,
            &ChatController::chooseContextFiles);
    connect(m_window.actions()->action(QStringLiteral("chat.attach")), &QAction::triggered, this,
            &ChatController::chooseFiles);
    connect(m_pane, &ChatPane::filesDropped, this, &ChatController::addFiles);
    connect(m_window.actions()->action(QStringLiteral("file.export")), &QAction::triggered, this,
            &ChatController::chooseExport);
    connect(m_window.actions()->action(QStringLiteral("file.import")), &QAction::triggered, this,
            &ChatController::chooseImport);
    connect(m_window.actions()->action(QStringLiteral("file.copyMarkdown")), &QAction::triggered, this,
            &ChatController::copyConversationAsMarkdown);
    connect(m_window.actions()->action(QStringLiteral("chat.templates")), &QAction::triggered, this,
            &ChatController::showTemplatePalette);
    connect(m_pane, &ChatPane::attachmentRemoveRequested, this, &ChatController::removeAttachment);
    m_pane->acceptFileDrops(&m_window);
    connect(m_pane->modelSelector(), QOverload<int>::of(&QComboBox::activated), this,
            &ChatController::applySelectedModel);
    connect(&m_providers, &ProviderManager::instancesChanged, this, &ChatController::reloadModels);
    connect(m_pane->temperatureSpinBox(), &QDoubleSpinBox::editingFinished, this,
            &ChatController::applyGenerationSettings);
    connect(m_pane->maxTokensSpinBox(), &QSpinBox::editingFinished, this,
            &ChatController::applyGenerationSettings);
    connect(m_pane->systemPromptButton(), &QToolButton::clicked, this, &ChatController::editSystemPrompt);

    connect(&m_chat, &ChatService::replyStarted, this, [this](qint64 conversationId, qint64 messageId) {
        if (conversationId != m_conversationId)
            return;
        const std::optional<Message> stored = MessageRepository(m_db).message(messageId);
        if (stored)
            view()->appendMessage(viewWithSiblings(*stored));
        updateSendButton();
    });
    connect(&m_chat, &ChatService::messageAdded, this, [this](const Message &message) {
        if (message.conversationId == m_conversationId)
            view()->appendMessage(viewWithSiblings(message));
    });
    connect(&m_chat, &ChatService::replyDelta, this,
            [this](qint64 id, const QString &delta) { view()->appendDelta(QString::number(id), delta); });
    connect(&m_chat, &ChatService::replyReplaced, this,
            [this](qint64 id, const QString &text) { view()->replaceText(QString::number(id), text); });
    connect(&m_chat, &ChatService::replyThinking, this, [this](qint64 id, const QString &delta) {
        view()->appendThinking(QString::number(id), delta);
        m_window.showStatus(tr("The model is thinking…"), 3000);
    });
    // A countdown to the next attempt, second by second (a 429 can ask for a long wait).
    m_retryCountdown = new QTimer(this);
    m_retryCountdown->setInterval(1000);
    connect(m_retryCountdown, &QTimer::timeout, this, [this] {
        m_retrySecondsLeft = qMax(0, m_retrySecondsLeft - 1);
        showRetryStatus();
        if (m_retrySecondsLeft == 0)
            m_retryCountdown->stop();
    });
    connect(&m_chat, &ChatService::replyRetrying, this,
            [this](qint64, int waitMs, int attempt, const ProviderError &reason) {
                m_retryReason = reason.userMessage();
                m_retryAttempt = attempt + 1;
                m_retrySecondsLeft = (waitMs + 999) / 1000;
                showRetryStatus();
                m_retryCountdown->start();
            });
    connect(&m_chat, &ChatService::replyDelta, m_retryCountdown, &QTimer::stop);
    connect(&m_chat, &ChatService::replyEnded, m_retryCountdown, &QTimer::stop);
    connect(&m_chat, &ChatService::replyEnded, this, &ChatController::onReplyEnded);
    connect(&m_chat, &ChatService::errorOccurred, this, [this](qint64, const QString &message) {
        showError(message);
        updateSendButton();
    });
    connect(m_window.actions()->action(QStringLiteral("chat.previewContext")), &QAction::triggered, this,
            &ChatController::showContextPreview);
    connect(m_window.actions()->action(QStringLiteral("chat.refreshModels")), &QAction::triggered, this,
            &ChatController::refreshModelLists);
    connect(
        &m_chat, &ChatService::contextTrimmed, this, [this](qint64 conversationId, int count, int length) {
            if (conversationId == m_conversationId)
                m_window.showStatus(tr("%n older message(s) left out so the conversation fits the model's "
                                       "context of %1 tokens. Pin a message to keep it.",
                                       nullptr, count)
                                        .arg(QLocale().toString(length)),
                                    15000);
        });
    connect(m_window.actions()->action(QStringLiteral("chat.suggestTitle")), &QAction::triggered, this,
            &ChatController::suggestTitle);
    connect(m_window.actions()->action(QStringLiteral("chat.clear")), &QAction::triggered, this,
            [this] { clearChat(true); });
    connect(&m_chat, &ChatService::titleSuggested, this, [this](qint64 conversationId, const QString &title) {
        m_conversations.reload();
        if (conversationId == m_conversationId)
            m_window.setConversationTitle(title);
        m_window.showStatus(tr("Renamed to \u201c%1\u201d.").arg(title), 5000);
    });
    reloadModels();
    updateSendButton();
    restoreDraft();
}

ChatView *ChatController::view()
{
    if (m_view)
        return m_view;
    // Made on first need: until a conversation is shown the pane has its welcome instead, and
    // the window comes up without building a text browser nobody sees yet.
    m_view = new ChatView;
    m_view->setObjectName(QStringLiteral("chatView"));
    m_view->setTheme(m_dark);
    m_pane->setConversationView(m_view);
    connect(m_view, &ChatView::retryRequested, this, [this](const QString &id) {
        if (m_chat.regenerate(id.toLongLong()))
            updateSendButton();
    });
    connect(m_view, &ChatView::providerSettingsRequested, this,
            &ChatController::openProviderSettingsRequested);
    connect(m_view, &ChatView::switchModelRequested, this, [this] {
        QComboBox *selector = m_pane->modelSelector();
        selector->setFocus();
        selector->showPopup();
        m_window.showStatus(tr("Choose another model, then Retry."), 8000);
    });
    connect(m_view, &ChatView::siblingRequested, this,
            [this](const QString &id, int step) { showSibling(id.toLongLong(), step); });
    connect(m_view, &ChatView::editRequested, this,
            [this](const QString &id) { editPrompt(id.toLongLong()); });
    connect(m_view, &ChatView::editInEditorRequested, this,
            [this](const QString &id) { editPromptInEditor(id.toLongLong()); });
    connect(m_view, &ChatView::regenerateRequested, this,
            [this](const QString &id) { regenerateAnswer(id.toLongLong()); });
    connect(m_view, &ChatView::pinToggleRequested, this,
            [this](const QString &id) { togglePinned(id.toLongLong()); });
    connect(m_view, &ChatView::contextToggleRequested, this,
            [this](const QString &id) { toggleInContext(id.toLongLong()); });

    return m_view;
}

QString ChatController::draftKey(qint64 conversationId)
{
    return QStringLiteral("draft.%1").arg(conversationId);
}

void ChatController::saveDraft()
{
    m_draftTimer->stop();
    SettingsRepository settings(m_db);
    const QString text = m_pane->messageInput()->toPlainText();
    if (text.trimmed().isEmpty())
        settings.remove(draftKey(m_conversationId));
    else
        settings.setValue(draftKey(m_conversationId), text);
    // Which conversation was open, so the next start shows it with its draft.
    settings.setValue(QStringLiteral("ui.current_conversation"), m_conversationId);
}

void ChatController::restoreDraft()
{
    SettingsRepository settings(m_db);
    const qint64 last = settings.value(QStringLiteral("ui.current_conversation"), 0).toLongLong();
    if (last && ConversationRepository(m_db).conversation(last))
        openConversation(last);
    else
        m_pane->messageInput()->setPlainText(settings.value(draftKey(0)).toString());
}

void ChatController::addFiles(const QStringList &paths)
{
    qint64 already = 0;
    for (const Attachment &attachment : std::as_const(m_pending))
        already += attachment.size;
    const AttachmentLoader::Result result =
        AttachmentLoader(AttachmentLoader::Limits::fromConfig(m_providers.config())).load(paths, already);
    m_pending << result.attachments;
    m_attachmentProblems = result.problems + result.warnings;
    showAttachmentChips();
    if (!m_attachmentProblems.isEmpty()) {
        auto *box = new QMessageBox(
            result.problems.isEmpty() ? QMessageBox::Information : QMessageBox::Warning, tr("Attachments"),
            m_attachmentProblems.join(QLatin1Char('\n')), QMessageBox::Close, &m_window);
        box->setObjectName(QStringLiteral("attachmentProblemsBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

qint64 ChatController::addContextFiles(const QStringList &paths)
{
    const AttachmentLoader::Result result =
        AttachmentLoader(AttachmentLoader::Limits::fromConfig(m_providers.config())).load(paths);
    m_attachmentProblems = result.problems + result.warnings;
    if (!m_attachmentProblems.isEmpty())
        m_window.showStatus(m_attachmentProblems.join(QLatin1Char(' ')), 15000);
    if (result.attachments.isEmpty())
        return 0;
    if (!m_conversationId) {
        // Files first, prompt later: the conversation starts with them.
        const QStringList choice = m_pane->modelSelector()->currentData().toStringList();
        if (choice.size() != 2) {
            showError(tr("Choose a provider and model first (Settings → Providers)."));
            return 0;
        }
        if (!startConversation(choice))
            return 0;
    }
    const qint64 id = m_chat.addContextFiles(m_conversationId, result.attachments);
    if (id) {
        m_conversations.reload();
        updateSendButton();
        m_window.showStatus(
            tr("The files are in this branch's context from now on; leave them out or pin them "
               "like any message."),
            8000);
    }
    return id;
}

void ChatController::chooseContextFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(&m_window, tr("Add Context from Files"));
    if (!paths.isEmpty())
        addContextFiles(paths);
}

void ChatController::removeAttachment(int index)
{
    if (index >= 0 && index < m_pending.size())
        m_pending.removeAt(index);
    showAttachmentChips();
}

void ChatController::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(&m_window, tr("Attach Files"));
    if (!paths.isEmpty())
        addFiles(paths);
}

bool ChatController::exportConversation(const QString &format, const QString &fileName, ExportScope scope)
{
    const std::optional<Conversation> conversation =
        ConversationRepository(m_db).conversation(m_conversationId);
    if (!conversation || !ConversationExporter::isFormat(format))
        return false;
    MessageRepository messages(m_db);
    const QString text =
        scope == ExportScope::AllBranches
            ? ConversationExporter::renderAllBranches(format, *conversation,
                                                      messages.inConversation(m_conversationId))
            : ConversationExporter::render(format, *conversation, messages.activePath(m_conversationId),
                                           messages.inConversation(m_conversationId));
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        m_window.showStatus(tr("Could not write %1: %2").arg(fileName, file.errorString()), 15000);
        return false;
    }
    m_window.showStatus(tr("Exported to %1").arg(fileName), 5000);
    return true;
}

qint64 ChatController::importConversation(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Could not read %1: %2").arg(fileName, file.errorString()));
        return 0;
    }
    const QByteArray json = file.readAll();
    if (ProjectBundle::isBundle(json)) {
        // A whole project: it comes back as a new project with all its conversations.
        const ProjectBundle::ImportResult project = ProjectBundle::read(
            m_db, json, m_providers.config().defaultProvider(), m_providers.config().defaultModel());
        if (!project.projectId) {
            showError(tr("%1 could not be imported: %2").arg(QFileInfo(fileName).fileName(), project.error));
            return 0;
        }
        m_conversations.reload();
        Q_EMIT projectsChanged();
        m_window.showStatus(
            tr("Imported the project “%1” (%n conversation(s)).", nullptr, project.conversations)
                .arg(project.name),
            8000);
        return 0;
    }
    const ConversationImporter::Result result = ConversationImporter::import(
        m_db, json, {m_providers.config().defaultProvider(), m_providers.config().defaultModel(), 0});
    if (!result.conversationId) {
        showError(tr("%1 could not be imported: %2").arg(QFileInfo(fileName).fileName(), result.error));
        return 0;
    }
    m_conversations.reload();
    openConversation(result.conversationId);
    m_window.showStatus(
        tr("Imported \u201c%1\u201d (%n message(s)).", nullptr, result.messages).arg(result.title), 8000);
    return result.conversationId;
}

void ChatController::chooseImport()
{
    const QString fileName =
        QFileDialog::getOpenFileName(&m_window, tr("Import Conversation"), QString(),
                                     tr("Conversations and projects exported as JSON (*.json)"));
    if (!fileName.isEmpty())
        importConversation(fileName);
}

void ChatController::chooseExport()
{
    if (!m_conversationId) {
        m_window.showStatus(tr("Open or start a conversation to export it."), 5000);
        return;
    }
    const QStringList filters = {
        tr("Markdown, the branch on screen (*.md)"),          tr("Markdown, every branch (*.md)"),
        tr("Web page, the branch on screen (*.html)"),        tr("Web page, every branch (*.html)"),
        tr("Plain text, the branch on screen (*.txt)"),       tr("Plain text, every branch (*.txt)"),
        tr("JSON with every branch and all details (*.json)")};
    const QStringList formats = {QStringLiteral("md"),   QStringLiteral("md"),  QStringLiteral("html"),
                                 QStringLiteral("html"), QStringLiteral("txt"), QStringLiteral("txt"),
                                 QStringLiteral("json")};
    QString filter = filters.first();
    const std::optional<Conversation> conversation =
        ConversationRepository(m_db).conversation(m_conversationId);
    QString name = conversation && !conversation->title.isEmpty() ? conversation->title : tr("conversation");
    name.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]")), QStringLiteral("_"));
    QString fileName =
        QFileDialog::getSaveFileName(&m_window, tr("Export Conversation"), name + QStringLiteral(".md"),
                                     filters.join(QStringLiteral(";;")), &filter);
    if (fileName.isEmpty())
        return;
    const int chosen = int(filters.indexOf(filter));
    const QString format = formats.value(chosen, QStringLiteral("md"));
    if (!fileName.endsWith(QLatin1Char('.') + format))
        fileName += QLatin1Char('.') + format;
    exportConversation(format, fileName,
                       chosen % 2 == 1 ? ExportScope::AllBranches : ExportScope::ShownBranch);
}

void ChatController::copyConversationAsMarkdown()
{
    const std::optional<Conversation> conversation =
        ConversationRepository(m_db).conversation(m_conversationId);
    if (!conversation)
        return;
    QGuiApplication::clipboard()->setText(ConversationExporter::render(
        QStringLiteral("md"), *conversation, MessageRepository(m_db).activePath(m_conversationId)));
    m_window.showStatus(tr("The conversation is on the clipboard as Markdown."), 5000);
}

void ChatController::insertTemplate(const PromptTemplate &prompt)
{
    QPlainTextEdit *input = m_pane->messageInput();
    PromptTemplates::Variables variables;
    variables.input = input->toPlainText();
    variables.selection =
        input->textCursor().selectedText().replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    if (variables.selection.isEmpty())
        variables.selection = view()->browser()->textCursor().selectedText().replace(
            QChar::ParagraphSeparator, QLatin1Char('\n'));
    variables.clipboard = QGuiApplication::clipboard()->text();
    variables.date = QDate::currentDate();
    input->setPlainText(PromptTemplates::expand(prompt.body, variables));
    input->moveCursor(QTextCursor::End);
    input->setFocus();
}

void ChatController::showTemplatePalette()
{
    // Templates for every project, and the open conversation's project's own.
    const std::optional<Conversation> open = ConversationRepository(m_db).conversation(m_conversationId);
    const qint64 projectId = open ? open->projectId : m_newProjectId;
    auto *palette = new TemplatePalette(PromptTemplateRepository(m_db).availableIn(projectId), &m_window);
    palette->setAttribute(Qt::WA_DeleteOnClose);
    connect(palette, &QDialog::accepted, this, [this, palette] {
        const PromptTemplate chosen = palette->chosen();
        if (!chosen.body.isEmpty())
            insertTemplate(chosen);
    });
    palette->open();
}

void ChatController::showAttachmentChips()
{
    QStringList labels;
    for (const Attachment &attachment : std::as_const(m_pending))
        labels << tr("%1 (%2)").arg(attachment.fileName, QLocale().formattedDataSize(attachment.size));
    m_pane->setAttachmentChips(labels);
}

void ChatController::setHealthMonitor(HealthMonitor *monitor)
{
    m_health = monitor;
    connect(monitor, &HealthMonitor::statusChanged, this, &ChatController::updateHealthIcons);
    // A health check lists the models (and caches them): offer what it found.
    connect(monitor, &HealthMonitor::statusChanged, this, [this] {
        if (!m_modelsReload->isActive())
            m_modelsReload->start();
    });
    updateHealthIcons();
}

void ChatController::refreshModelLists()
{
    int pending = 0;
    for (const QString &id : m_providers.instanceIds()) {
        if (!m_providers.instance(id).enabled)
            continue;
        ChatProvider *provider = m_providers.provider(id);
        if (!provider)
            continue; // no key yet: nothing to ask
        ModelListReply *reply = provider->listModels(true);
        ++pending;
        connect(reply, &ModelListReply::finished, this, [this, reply, id] {
            reply->deleteLater();
            if (reply->error().isError())
                m_window.showStatus(
                    tr("%1: the model list could not be read: %2")
                        .arg(m_providers.instance(id).displayName, reply->error().userMessage()),
                    10000);
            if (!m_modelsReload->isActive())
                m_modelsReload->start();
        });
    }
    m_window.showStatus(pending ? tr("Asking %n provider(s) for their models…", nullptr, pending)
                                : tr("No provider with a key to ask for its models."),
                        5000);
}

ChatController::HealthDecoration ChatController::healthDecoration(const QString &instanceId) const
{
    const HealthStatus status = m_health->status(instanceId);
    QString tip = HealthIcon::describe(status);
    if (m_providers.instance(instanceId).optionBool(QStringLiteral("insecureSkipTlsVerify"), false))
        tip +=
            QLatin1Char('\n') + tr("Certificates of this provider are not verified (Settings → Providers): "
                                   "anyone on the network path can read and change the conversation.");
    return {HealthIcon::dot(status.state), tip};
}

void ChatController::updateHealthIcons()
{
    if (!m_health)
        return;
    QComboBox *selector = m_pane->modelSelector();
    // The entries of one provider share their icon and tooltip (there can be hundreds of them),
    // so each provider's are made once.
    QHash<QString, HealthDecoration> decorations;
    for (int i = 0; i < selector->count(); ++i) {
        const QString id = selector->itemData(i).toStringList().value(0);
        auto decoration = decorations.constFind(id);
        if (decoration == decorations.constEnd())
            decoration = decorations.insert(id, healthDecoration(id));
        selector->setItemIcon(i, decoration->icon);
        selector->setItemData(i, decoration->tip, Qt::ToolTipRole);
    }
}

void ChatController::setTheme(bool dark)
{
    m_dark = dark;
    if (m_view)
        m_view->setTheme(dark);
}

void ChatController::reloadModels()
{
    QComboBox *selector = m_pane->modelSelector();
    const QStringList current = selector->currentData().toStringList();
    // Built apart and put in at once, each with its health dot and tooltip: one insertion for
    // the selector to handle rather than three changes per model (OpenRouter lists hundreds).
    QList<QStandardItem *> entries;
    for (const QString &id : m_providers.instanceIds()) {
        const ProviderInstanceConfig instance = m_providers.instance(id);
        if (!instance.enabled)
            continue;
        QStringList models = instance.manualModels;
        if (!instance.defaultModel.isEmpty() && !models.contains(instance.defaultModel))
            models.prepend(instance.defaultModel);
        // Then what the provider listed last (health checks and Refresh Models keep it fresh).
        if (const std::optional<ModelCacheStore::Entry> cached = DatabaseModelCacheStore(m_db).load(id)) {
            for (const ModelInfo &model : cached->models)
                if (!model.id.isEmpty() && !models.contains(model.id))
                    models << model.id;
        }
        if (models.isEmpty())
            models << QString();
        // A provider whose certificates are not checked says so on every one of its entries.
        const bool insecure = instance.optionBool(QStringLiteral("insecureSkipTlsVerify"), false);
        const std::optional<HealthDecoration> decoration =
            m_health ? std::optional<HealthDecoration>(healthDecoration(id)) : std::nullopt;
        for (const QString &model : std::as_const(models)) {
            QString text = model.isEmpty()
                               ? instance.displayName
                               : tr("%1 · %2", "provider · model").arg(instance.displayName, model);
            if (insecure)
                text += QStringLiteral(" \u26a0 ") + tr("certificates not verified");
            auto *entry = new QStandardItem(text);
            entry->setData(QStringList{id, model}, Qt::UserRole);
            if (decoration) {
                entry->setIcon(decoration->icon);
                entry->setToolTip(decoration->tip);
            }
            entries << entry;
        }
    }
    selector->clear();
    // QComboBox's own model: the selector is never given another.
    auto *model = qobject_cast<QStandardItemModel *>(selector->model());
    Q_ASSERT(model);
    model->invisibleRootItem()->appendRows(entries);
    if (current.size() == 2)
        selectModel(current.at(0), current.at(1));
    else
        selectModel(m_providers.config().defaultProvider(), m_providers.config().defaultModel());
}

QList<ProjectDialog::ModelChoice> ChatController::modelChoices() const
{
    QList<ProjectDialog::ModelChoice> choices;
    const QComboBox *selector = m_pane->modelSelector();
    for (int i = 0; i < selector->count(); ++i) {
        const QStringList data = selector->itemData(i).toStringList();
        if (data.size() == 2)
            choices << ProjectDialog::ModelChoice{selector->itemText(i), data.at(0), data.at(1)};
    }
    return choices;
}

void ChatController::selectModel(const QString &providerId, const QString &model)
{
    QComboBox *selector = m_pane->modelSelector();
    int index = selector->findData(QStringList{providerId, model});
    if (index < 0) {
        // A model that is not in the list (typed by hand earlier, or from another machine).
        if (m_providers.hasInstance(providerId) && !model.isEmpty()) {
            selector->addItem(
                tr("%1 · %2", "provider · model").arg(m_providers.instance(providerId).displayName, model),
                QStringList{providerId, model});
            index = selector->count() - 1;
            if (m_health) {
                const HealthDecoration decoration = healthDecoration(providerId);
                selector->setItemIcon(index, decoration.icon);
                selector->setItemData(index, decoration.tip, Qt::ToolTipRole);
            }
        } else {
            index = 0;
        }
    }
    selector->setCurrentIndex(index);
}

void ChatController::applySelectedModel()
{
    // Switching mid-conversation keeps the whole context: only the next answer changes hands.
    const QStringList choice = m_pane->modelSelector()->currentData().toStringList();
    if (choice.size() != 2 || !m_conversationId)
        return;
    ConversationRepository conversations(m_db);
    std::optional<Conversation> conversation = conversations.conversation(m_conversationId);
    if (!conversation)
        return;
    conversation->providerId = choice.at(0);
    conversation->model = choice.at(1);
    conversations.updateSettings(*conversation);
}

void ChatController::showGenerationSettings(const Conversation &conversation)
{
    // The minimum of each box means "the provider's default" (shown as "Default").
    const QSignalBlocker blockTemperature(m_pane->temperatureSpinBox());
    const QSignalBlocker blockTokens(m_pane->maxTokensSpinBox());
    m_pane->temperatureSpinBox()->setValue(
        conversation.generation.temperature.value_or(m_pane->temperatureSpinBox()->minimum()));
    m_pane->maxTokensSpinBox()->setValue(int(conversation.generation.maxTokens.value_or(0)));
    m_pane->systemPromptButton()->setToolTip(conversation.systemPrompt.isEmpty() ? tr("No system prompt")
                                                                                 : conversation.systemPrompt);
}

void ChatController::applyGenerationSettings()
{
    if (!m_conversationId)
        return; // taken over when the conversation is created
    ConversationRepository conversations(m_db);
    std::optional<Conversation> conversation = conversations.conversation(m_conversationId);
    if (!conversation)
        return;
    const double temperature = m_pane->temperatureSpinBox()->value();
    conversation->generation.temperature =
        temperature < 0 ? std::nullopt : std::optional<double>(temperature);
    const int maxTokens = m_pane->maxTokensSpinBox()->value();
    conversation->generation.maxTokens = maxTokens <= 0 ? std::nullopt : std::optional<qint64>(maxTokens);
    conversations.updateSettings(*conversation);
}

void ChatController::editSystemPrompt()
{
    std::optional<Conversation> conversation =
        m_conversationId ? ConversationRepository(m_db).conversation(m_conversationId) : std::nullopt;
    const QString current = conversation ? conversation->systemPrompt : m_newSystemPrompt;
    bool ok = false;
    const QString prompt = QInputDialog::getMultiLineText(
        &m_window, tr("System Prompt"),
        tr("Instructions sent before the conversation (leave empty for none):"), current, &ok);
    if (!ok)
        return;
    if (conversation) {
        conversation->systemPrompt = prompt.trimmed();
        ConversationRepository(m_db).updateSettings(*conversation);
        showGenerationSettings(*conversation);
    } else {
        m_newSystemPrompt = prompt.trimmed();
        m_pane->systemPromptButton()->setToolTip(m_newSystemPrompt.isEmpty() ? tr("No system prompt")
                                                                             : m_newSystemPrompt);
    }
}

void ChatController::openConversation(qint64 conversationId)
{
    const std::optional<Conversation> conversation =
        ConversationRepository(m_db).conversation(conversationId);
    if (!conversation)
        return;
    if (conversationId != m_conversationId) {
        saveDraft();
        m_conversationId = conversationId;
        const QSignalBlocker blocker(m_pane->messageInput());
        m_pane->messageInput()->setPlainText(
            SettingsRepository(m_db).value(draftKey(conversationId)).toString());
    }
    showMessages(MessageRepository(m_db).activePath(conversationId));
    selectModel(conversation->providerId, conversation->model);
    showGenerationSettings(*conversation);
    m_window.setConversationTitle(conversation->title);
    updateSendButton();
    Q_EMIT conversationOpened(conversationId);
}

ChatViewMessage ChatController::viewWithSiblings(const Message &message) const
{
    ChatViewMessage view = viewMessage(message);
    const SiblingPosition position = MessageRepository(m_db).siblingPosition(message.id);
    if (position.count > 1) {
        view.siblingIndex = position.index;
        view.siblingCount = position.count;
    }
    return view;
}

void ChatController::showMessages(const QList<Message> &path)
{
    const QHash<qint64, SiblingPosition> siblings =
        path.isEmpty() ? QHash<qint64, SiblingPosition>()
                       : MessageRepository(m_db).siblingPositions(path.constFirst().conversationId);
    ChatViewMessageList messages;
    for (const Message &message : path) {
        ChatViewMessage view = viewMessage(message);
        const SiblingPosition position = siblings.value(message.id);
        view.siblingIndex = position.index;
        view.siblingCount = position.count;
        messages << view;
    }
    view()->setMessages(messages);
}

void ChatController::showPathTo(qint64 messageId)
{
    // The view shows the branch being extended; the service then appends the new messages.
    showMessages(messageId ? MessageRepository(m_db).pathTo(messageId) : QList<Message>());
}

void ChatController::newConversation(qint64 projectId)
{
    // The conversation is created with the first message, so an unused "new" leaves no trace.
    saveDraft();
    m_conversationId = 0;
    m_newProjectId = projectId;
    {
        const QSignalBlocker blocker(m_pane->messageInput());
        m_pane->messageInput()->setPlainText(SettingsRepository(m_db).value(draftKey(0)).toString());
    }
    if (m_view)
        m_view->clear();
    showGenerationSettings(Conversation());
    m_window.setConversationTitle(QString());
    if (const std::optional<Project> project = ProjectRepository(m_db).project(projectId)) {
        if (!project->defaultProviderId.isEmpty())
            selectModel(project->defaultProviderId, project->defaultModel);
        m_window.showStatus(tr("New conversation in the project \u201c%1\u201d.").arg(project->name), 8000);
    }
    m_pane->messageInput()->setFocus();
    updateSendButton();
    Q_EMIT conversationOpened(0);
}

bool ChatController::startConversation(const QStringList &choice)
{
    m_conversationId = m_chat.createConversation(choice.at(0), choice.at(1), m_newProjectId);
    m_newProjectId = 0;
    if (!m_conversationId) {
        showError(tr("The conversation could not be saved."));
        return false;
    }
    // What was chosen before the first message belongs to the new conversation.
    applyGenerationSettings();
    if (!m_newSystemPrompt.isEmpty()) {
        ConversationRepository conversations(m_db);
        if (std::optional<Conversation> created = conversations.conversation(m_conversationId)) {
            created->systemPrompt = m_newSystemPrompt;
            conversations.updateSettings(*created);
        }
        m_newSystemPrompt.clear();
    }
    Q_EMIT conversationOpened(m_conversationId);
    return true;
}

void ChatController::send()
{
    if (m_chat.isStreaming())
        return;
    QPlainTextEdit *input = m_pane->messageInput();
    const QString text = input->toPlainText().trimmed();
    if (text.isEmpty() && m_pending.isEmpty())
        return;
    const QStringList choice = m_pane->modelSelector()->currentData().toStringList();
    if (choice.size() != 2) {
        showError(tr("Choose a provider and model first (Settings → Providers)."));
        return;
    }
    const std::optional<Conversation> existing = ConversationRepository(m_db).conversation(m_conversationId);
    if (!budgetAllowsSend(existing ? existing->projectId : m_newProjectId, choice.at(0)))
        return;
    if (!m_conversationId) {
        SettingsRepository(m_db).remove(draftKey(0));
        if (!startConversation(choice))
            return;
    } else {
        applySelectedModel();
    }
    // The prompt stays in the input until it is safely stored.
    if (m_editingMessageId) {
        if (!resendEdited(m_editingMessageId, text))
            return;
        m_editingMessageId = 0;
        m_window.showStatus(QString());
        input->clear();
        saveDraft();
        return;
    }
    if (!m_chat.send(m_conversationId, text, m_pending))
        return;
    m_pending.clear();
    showAttachmentChips();
    input->clear();
    saveDraft();
    m_conversations.reload();
    if (const std::optional<Conversation> conversation =
            ConversationRepository(m_db).conversation(m_conversationId))
        m_window.setConversationTitle(conversation->title);
    updateSendButton();
}

bool ChatController::budgetAllowsSend(qint64 projectId, const QString &providerId)
{
    const QList<BudgetStatus> statuses = BudgetGuard(m_db, m_providers.config()).check(projectId, providerId);
    QStringList over;
    QStringList near;
    for (const BudgetStatus &status : statuses) {
        if (status.level == BudgetStatus::Level::Exceeded)
            over << status.describe();
        else if (status.level == BudgetStatus::Level::Warning)
            near << status.describe();
    }
    if (!over.isEmpty()) {
        const QString question =
            tr("The monthly budget is used up:\n%1\n\nSend anyway?").arg(over.join(QLatin1Char('\n')));
        const bool send = m_confirmOverBudget
                              ? m_confirmOverBudget(question)
                              : QMessageBox::question(&m_window, tr("Budget Used Up"), question,
                                                      QMessageBox::Yes | QMessageBox::No,
                                                      QMessageBox::No) == QMessageBox::Yes;
        if (!send) {
            m_window.showStatus(tr("Not sent: the budget is used up. Your prompt is still in the input."),
                                10000);
            return false;
        }
        return true;
    }
    if (!near.isEmpty())
        m_window.showStatus(tr("Budget at %1").arg(near.join(QStringLiteral("; "))), 15000);
    return true;
}

void ChatController::showRetryStatus()
{
    m_window.showStatus(tr("%1 Retrying in %2 s (attempt %3)…")
                            .arg(m_retryReason)
                            .arg(m_retrySecondsLeft)
                            .arg(m_retryAttempt),
                        (m_retrySecondsLeft + 2) * 1000);
}

void ChatController::stop()
{
    m_chat.stop();
}

void ChatController::regenerateLast()
{
    if (!m_conversationId || m_chat.isStreaming())
        return;
    const QList<Message> path = MessageRepository(m_db).activePath(m_conversationId);
    for (auto it = path.crbegin(); it != path.crend(); ++it) {
        if (it->role == MessageRole::Assistant || it->role == MessageRole::User) {
            // Regenerate with the model chosen now; an unanswered prompt just gets its answer.
            applySelectedModel();
            const qint64 promptId = it->role == MessageRole::Assistant ? it->parentId : it->id;
            showPathTo(promptId);
            m_chat.answer(promptId);
            return;
        }
    }
}

void ChatController::editLastPrompt()
{
    if (!m_conversationId || m_chat.isStreaming())
        return;
    const QList<Message> path = MessageRepository(m_db).activePath(m_conversationId);
    for (auto it = path.crbegin(); it != path.crend(); ++it) {
        if (it->role == MessageRole::User) {
            editPrompt(it->id);
            return;
        }
    }
}

void ChatController::editPrompt(qint64 messageId)
{
    const std::optional<Message> prompt = MessageRepository(m_db).message(messageId);
    if (!prompt || prompt->role != MessageRole::User || m_chat.isStreaming())
        return;
    m_editingMessageId = messageId;
    m_pane->messageInput()->setPlainText(prompt->content);
    m_pane->messageInput()->setFocus();
    m_window.showStatus(tr("Editing a prompt: sending makes a new branch; the old one stays."));
}

void ChatController::editPromptInEditor(qint64 messageId)
{
    const std::optional<Message> prompt = MessageRepository(m_db).message(messageId);
    if (!prompt || prompt->role != MessageRole::User || m_chat.isStreaming())
        return;
    QString command = qEnvironmentVariable("VISUAL");
    if (command.trimmed().isEmpty())
        command = qEnvironmentVariable("EDITOR");
    QStringList words = QProcess::splitCommand(command);
    if (words.isEmpty()) {
        editPrompt(messageId);
        m_window.showStatus(tr("Set VISUAL or EDITOR to edit prompts in your editor (for example "
                               "\"gedit --wait\"); the prompt is in the input box for now."),
                            15000);
        return;
    }
    auto file =
        std::make_shared<QTemporaryFile>(QDir::temp().filePath(QStringLiteral("mmchat-prompt-XXXXXX.md")));
    if (!file->open() || file->write(prompt->content.toUtf8()) < 0 || !file->flush()) {
        showError(tr("Could not write a temporary file for the editor: %1").arg(file->errorString()));
        return;
    }
    file->close();
    auto *editor = new QProcess(this);
    editor->setProgram(words.takeFirst());
    editor->setArguments(words << file->fileName());
    editor->setProcessChannelMode(QProcess::ForwardedChannels);
    m_window.showStatus(tr("Waiting for the editor; save and close it to send the edited prompt."));
    connect(editor, &QProcess::errorOccurred, this, [this, editor](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        showError(tr("The editor %1 could not be started: %2").arg(editor->program(), editor->errorString()));
        m_window.showStatus(QString());
        editor->deleteLater();
    });
    connect(
        editor, &QProcess::finished, this,
        [this, editor, file, messageId, original = prompt->content](int code, QProcess::ExitStatus status) {
            editor->deleteLater();
            m_window.showStatus(QString());
            if (status != QProcess::NormalExit || code != 0) {
                showError(tr("The editor exited with an error; the prompt was not changed."));
                return;
            }
            QFile edited(file->fileName());
            if (!edited.open(QIODevice::ReadOnly)) {
                showError(tr("Could not read the edited prompt: %1").arg(edited.errorString()));
                return;
            }
            const QString text = QString::fromUtf8(edited.readAll()).trimmed();
            if (text.isEmpty() || text == original.trimmed()) {
                m_window.showStatus(tr("The prompt was not changed."), 5000);
                return;
            }
            resendEdited(messageId, text);
        });
    editor->start();
}

bool ChatController::resendEdited(qint64 messageId, const QString &text)
{
    const std::optional<Message> original = MessageRepository(m_db).message(messageId);
    if (!original || m_chat.isStreaming())
        return false;
    if (original->conversationId != m_conversationId)
        openConversation(original->conversationId);
    applySelectedModel();
    showPathTo(original->parentId);
    if (!m_chat.editAndResend(messageId, text)) {
        openConversation(m_conversationId);
        return false;
    }
    Q_EMIT conversationOpened(m_conversationId);
    updateSendButton();
    return true;
}

void ChatController::regenerateAnswer(qint64 answerId)
{
    const std::optional<Message> answer = MessageRepository(m_db).message(answerId);
    if (!answer || answer->role != MessageRole::Assistant || !answer->parentId || m_chat.isStreaming())
        return;
    applySelectedModel();
    showPathTo(answer->parentId);
    m_chat.answer(answer->parentId);
    updateSendButton();
}

void ChatController::showSibling(qint64 messageId, int step)
{
    MessageRepository messages(m_db);
    const SiblingPosition position = messages.siblingPosition(messageId);
    const qint64 target = step < 0 ? position.previousId : position.nextId;
    const std::optional<Message> message = messages.message(target);
    if (!message || m_chat.isStreaming() || !messages.switchToBranch(target))
        return;
    openConversation(message->conversationId);
}

void ChatController::suggestTitle()
{
    if (!m_conversationId || m_chat.isStreaming())
        return;
    if (m_chat.suggestTitle(m_conversationId))
        m_window.showStatus(tr("Asking the model for a title…"));
}

bool ChatController::clearChat(bool ask)
{
    const qint64 conversationId = m_conversationId;
    if (!conversationId || m_chat.isStreaming())
        return false;
    MessageRepository messages(m_db);
    const QList<Message> removed = messages.inConversation(conversationId);
    if (removed.isEmpty())
        return false;
    if (ask && QMessageBox::question(
                   &m_window, tr("Clear Chat"),
                   tr("Remove every message of this conversation, on all its branches? You can undo "
                      "this until the window closes.")) != QMessageBox::Yes)
        return false;
    const DeletedMessages deleted = DeletedMessages::capture(m_db, conversationId, removed);
    for (const Message &message : removed) {
        if (!message.parentId && !messages.deleteSubtree(message.id)) {
            showError(messages.lastError().userMessage());
            break;
        }
    }
    openConversation(conversationId);
    m_window.showUndo(tr("Cleared %n message(s).", nullptr, deleted.size()), 0, [this, deleted] {
        if (deleted.restore(m_db))
            openConversation(deleted.conversationId());
    });
    return true;
}

void ChatController::focusInput()
{
    m_pane->messageInput()->setFocus();
}

void ChatController::showContextPreview()
{
    // Exactly what Send would send now: the branch, then what is in the input with its files.
    const ContextPlan plan =
        m_chat.previewContext(m_conversationId, m_pane->messageInput()->toPlainText(), m_pending);
    QString html;
    const auto block = [&html](const QString &role, const QString &text) {
        // pre-wrap keeps the indentation of code and the line breaks as they will be sent.
        html += QStringLiteral("<p><b>%1</b></p><p style=\"white-space: pre-wrap;\">%2</p>")
                    .arg(role.toHtmlEscaped(), text.toHtmlEscaped());
    };
    if (!plan.request.systemPrompt.isEmpty())
        block(tr("System prompt"), plan.request.systemPrompt);
    for (const ChatMessage &message : plan.request.messages) {
        block(message.role == ChatMessage::Role::User        ? tr("You")
              : message.role == ChatMessage::Role::Assistant ? tr("Assistant")
                                                             : tr("System"),
              message.text);
    }
    if (plan.request.messages.isEmpty() && plan.request.systemPrompt.isEmpty())
        html = tr("<p>Nothing yet: the next prompt is sent on its own.</p>");
    QString summary = tr("%n message(s), about %1 tokens (estimated: about four characters of English "
                         "or two of Russian per token).",
                         nullptr, int(plan.request.messages.size()))
                          .arg(QLocale().toString(plan.estimatedTokens));
    if (plan.contextLength > 0)
        summary += QLatin1Char(' ') + tr("The model takes %1 tokens; %2 are kept for the answer.")
                                          .arg(QLocale().toString(plan.contextLength),
                                               QLocale().toString(plan.reservedForAnswer));
    else
        summary += QLatin1Char(' ') + tr("The model's context length is unknown, so nothing is trimmed.");
    if (plan.trimmedMessages > 0)
        summary +=
            QLatin1Char(' ') + tr("%n older message(s) are left out to fit.", nullptr, plan.trimmedMessages);

    auto *dialog = new QDialog(&m_window);
    dialog->setObjectName(QStringLiteral("contextPreviewDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Context Preview"));
    auto *layout = new QVBoxLayout(dialog);
    auto *label = new QLabel(summary, dialog);
    label->setObjectName(QStringLiteral("contextSummary"));
    label->setWordWrap(true);
    layout->addWidget(label);
    auto *browser = new QTextBrowser(dialog);
    browser->setObjectName(QStringLiteral("contextMessages"));
    browser->setOpenLinks(false);
    browser->setHtml(html);
    layout->addWidget(browser);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(640, 520);
    dialog->open();

    // Where the provider has a counter (GigaChat, YandexGPT), its exact figure follows.
    const std::optional<Conversation> conversation =
        ConversationRepository(m_db).conversation(m_conversationId);
    ChatProvider *provider = conversation ? m_providers.provider(conversation->providerId) : nullptr;
    TokenCountReply *count =
        provider && !plan.request.messages.isEmpty() ? provider->countTokens(plan.request) : nullptr;
    if (!count)
        return;
    count->setParent(dialog);
    label->setText(summary + QLatin1Char(' ') + tr("Counting with the provider…"));
    connect(count, &TokenCountReply::finished, label, [label, count, summary] {
        label->setText(summary + QLatin1Char(' ') +
                       (count->error().isError()
                            ? tr("The provider could not count them: %1").arg(count->error().userMessage())
                            : tr("The provider counts %1 tokens.").arg(QLocale().toString(count->tokens()))));
    });
}

void ChatController::toggleInContext(qint64 messageId)
{
    MessageRepository messages(m_db);
    const std::optional<Message> message = messages.message(messageId);
    if (message && messages.setInContext(messageId, !message->inContext))
        refreshMessage(messageId);
}

void ChatController::togglePinned(qint64 messageId)
{
    MessageRepository messages(m_db);
    const std::optional<Message> message = messages.message(messageId);
    if (message && messages.setPinned(messageId, !message->pinned))
        refreshMessage(messageId);
}

void ChatController::refreshMessage(qint64 messageId)
{
    // In place: the view keeps its scroll position, unlike opening the conversation again.
    if (const std::optional<Message> message = MessageRepository(m_db).message(messageId)) {
        if (message->conversationId == m_conversationId)
            view()->updateMessage(viewWithSiblings(*message));
        Q_EMIT messageChanged(messageId);
    }
}

void ChatController::onReplyEnded(const Message &message, const ProviderError &error)
{
    if (message.conversationId == m_conversationId) {
        view()->finishMessage(viewMessage(message));
    }
    if (error.isError() && error.kind() != ProviderError::Kind::Cancelled)
        m_window.showStatus(error.userMessage(), 15000);
    m_conversations.reload();
    updateSendButton();
}

void ChatController::updateSendButton()
{
    const bool welcome = !m_conversationId && !m_chat.isStreaming();
    if (!welcome)
        view(); // takes the welcome's place
    m_pane->setWelcomeVisible(welcome);
    const bool streaming = m_chat.isStreaming();
    QPushButton *button = m_pane->sendButton();
    button->setText(streaming ? tr("S&top") : tr("&Send"));
    disconnect(button, &QPushButton::clicked, nullptr, nullptr);
    connect(button, &QPushButton::clicked, this, streaming ? &ChatController::stop : &ChatController::send);
    m_window.actions()->action(QStringLiteral("chat.stop"))->setEnabled(streaming);
    // A history that can only be read (from a newer version) takes no new messages.
    const bool writable = !m_db.isReadOnly();
    button->setEnabled(writable || streaming);
    m_pane->messageInput()->setReadOnly(!writable);
    if (!writable)
        m_pane->messageInput()->setPlaceholderText(tr(
            "The history was written by a newer version of Multimodel Chat and is open for reading only."));
    for (const char *id : {"chat.send", "chat.regenerate", "chat.editLast", "chat.clear", "chat.attach",
                           "chat.addContext", "file.import", "project.new"})
        m_window.actions()->action(QLatin1String(id))->setEnabled(writable);
}

void ChatController::showError(const QString &message)
{
    // Window-modal but not blocking, so nothing waits on the user's answer.
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Cannot send"), message, QMessageBox::Close, &m_window);
    box->setObjectName(QStringLiteral("chatErrorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *settings = box->addButton(tr("Open Provider Settings"), QMessageBox::ActionRole);
    connect(settings, &QPushButton::clicked, this, &ChatController::openProviderSettingsRequested);
    box->open();
}
