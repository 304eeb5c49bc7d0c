// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "usage/UsageDialog.h"

#include <QObject>
#include <QPointer>

class ChatController;
class Database;
class MainWindow;
class ProviderManager;

// Usage and cost for the user: the status bar's summary of the open conversation, and the
// Usage and Cost dialog (queries through UsageRepository, budgets through BudgetGuard, the
// table written as CSV).
class UsageController : public QObject
{
    Q_OBJECT
public:
    UsageController(MainWindow &window, Database &db, ProviderManager &providers, ChatController &chat,
                    QObject *parent = nullptr);
    ~UsageController() override;

    // Opens (or raises) the dialog, scoped to the open conversation and its project.
    UsageDialog *showDialog();
    UsageDialog *dialog() const { return m_dialog; }
    // Re-reads the figures the dialog shows.
    void refreshDialog();
    // Writes the dialog's table; false with a message in the status bar when it cannot.
    bool exportCsv(const QString &fileName);
    // The status bar summary of conversationId (0: none).
    void updateSummary(qint64 conversationId);

private:
    void chooseCsvFile();

    MainWindow &m_window;
    Database &m_db;
    ProviderManager &m_providers;
    ChatController &m_chat;
    QPointer<UsageDialog> m_dialog;
};
