// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UsageController.h"

#include "ChatController.h"
#include "MainWindow.h"
#include "usage/UsageDialog.h"
#include "usage/UsageTableModel.h"

#include "services/BudgetGuard.h"
#include "services/ProviderManager.h"
#include "services/UsageCsv.h"
#include "services/UsageTotals.h"
#include "storage/ConversationRepository.h"
#include "storage/ProjectRepository.h"
#include "storage/UsageRepository.h"

#include <QFileDialog>
#include <QLocale>
#include <QSaveFile>
#include <QStandardPaths>

UsageController::UsageController(MainWindow &window, Database &db, ProviderManager &providers,
                                 ChatController &chat, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_db(db)
    , m_providers(providers)
    , m_chat(chat)
{
    connect(&m_chat, &ChatController::conversationOpened, this, &UsageController::updateSummary);
}

UsageController::~UsageController()
{
    delete m_dialog;
}

void UsageController::updateSummary(qint64 conversationId)
{
    if (!conversationId) {
        m_window.setUsageSummary(QString(), QString());
        return;
    }
    const UsageTotals totals =
        UsageTotals::of(UsageRepository(m_db).rows(UsageQuery::conversation(conversationId)));
    if (totals.answers == 0) {
        m_window.setUsageSummary(QString(), QString());
        return;
    }
    QString text = tr("%1 tokens").arg(QLocale().toString(totals.totalTokens()));
    if (totals.hasCost())
        text += QStringLiteral(" · ") + totals.costText();
    QString tip =
        tr("This conversation: %n answer(s), %1 prompt and %2 output tokens.", nullptr, int(totals.answers))
            .arg(QLocale().toString(totals.promptTokens), QLocale().toString(totals.completionTokens));
    if (totals.estimatedAnswers > 0)
        tip += QLatin1Char(' ') + tr("%n of them without counts from the provider (estimated).", nullptr,
                                     int(totals.estimatedAnswers));
    tip += QLatin1Char('\n') + tr("Project › Usage and Cost shows more.");
    m_window.setUsageSummary(text, tip);
}

UsageDialog *UsageController::showDialog()
{
    if (!m_dialog) {
        m_dialog = new UsageDialog(&m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &UsageDialog::queryChanged, this, &UsageController::refreshDialog);
        connect(m_dialog, &UsageDialog::exportRequested, this, &UsageController::chooseCsvFile);
    }
    const std::optional<Conversation> conversation =
        ConversationRepository(m_db).conversation(m_chat.currentConversation());
    const std::optional<Project> project =
        conversation ? ProjectRepository(m_db).project(conversation->projectId) : std::nullopt;
    m_dialog->setScopes(conversation ? conversation->id : 0, conversation ? conversation->title : QString(),
                        project ? project->id : 0, project ? project->name : QString());
    refreshDialog();
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    return m_dialog;
}

void UsageController::refreshDialog()
{
    if (!m_dialog)
        return;
    const UsageQuery query = m_dialog->query();
    UsageRepository repository(m_db);
    m_dialog->showRows(repository.rows(query));
    if (repository.lastError().isError())
        m_window.showStatus(repository.lastError().userMessage(), 10000);

    // The budgets of what is shown: the conversation's project and provider, the project's, or
    // all of them.
    const BudgetGuard guard(m_db, m_providers.config());
    QList<BudgetStatus> statuses;
    switch (query.scope) {
    case UsageQuery::Scope::Conversation:
        if (const std::optional<Conversation> conversation =
                ConversationRepository(m_db).conversation(query.scopeId))
            statuses = guard.check(conversation->projectId, conversation->providerId);
        break;
    case UsageQuery::Scope::Project: statuses = guard.check(query.scopeId, QString()); break;
    case UsageQuery::Scope::All: statuses = guard.all(); break;
    }
    QStringList lines;
    for (const BudgetStatus &status : std::as_const(statuses)) {
        const QString line = status.describe().toHtmlEscaped();
        lines << (status.level == BudgetStatus::Level::Ok ? line : QStringLiteral("<b>%1</b>").arg(line));
    }
    m_dialog->showBudgets(lines.isEmpty() ? QString()
                                          : tr("Budgets: %1").arg(lines.join(QStringLiteral(" · "))));
}

bool UsageController::exportCsv(const QString &fileName)
{
    const QList<UsageRow> rows = m_dialog ? m_dialog->tableModel()->rows() : QList<UsageRow>();
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(UsageCsv::write(rows)) < 0 || !file.commit()) {
        m_window.showStatus(tr("Could not write %1: %2").arg(fileName, file.errorString()), 10000);
        return false;
    }
    m_window.showStatus(tr("Usage written to %1.").arg(fileName), 8000);
    return true;
}

void UsageController::chooseCsvFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = QFileDialog::getSaveFileName(
        m_dialog, tr("Export Usage"),
        folder + QStringLiteral("/usage-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)),
        tr("CSV files (*.csv)"));
    if (!name.isEmpty())
        exportCsv(name);
}
