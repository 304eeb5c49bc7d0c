// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionRegistry.h"

#include <QAction>
#include <QIcon>

ActionRegistry::ActionRegistry(QObject *parent)
    : QObject(parent)
{
    using M = Menu;
    add(QStringLiteral("file.new"), M::File, QKeySequence(QStringLiteral("Ctrl+N")),
        QStringLiteral("document-new"));
    add(QStringLiteral("file.export"), M::File, QKeySequence(QStringLiteral("Ctrl+E")),
        QStringLiteral("document-export"));
    add(QStringLiteral("file.import"), M::File, QKeySequence(QStringLiteral("Ctrl+Shift+O")),
        QStringLiteral("document-import"));
    add(QStringLiteral("file.copyMarkdown"), M::File, QKeySequence(QStringLiteral("Ctrl+Shift+C")),
        QStringLiteral("edit-copy"));
    addSeparator(M::File);
    add(QStringLiteral("file.quit"), M::File, QKeySequence(QStringLiteral("Ctrl+Q")),
        QStringLiteral("application-exit"))
        ->setMenuRole(QAction::QuitRole);

    add(QStringLiteral("edit.copy"), M::Edit, QKeySequence(QStringLiteral("Ctrl+C")),
        QStringLiteral("edit-copy"));
    add(QStringLiteral("edit.selectAll"), M::Edit, QKeySequence(QStringLiteral("Ctrl+A")),
        QStringLiteral("edit-select-all"));
    addSeparator(M::Edit);
    add(QStringLiteral("edit.find"), M::Edit, QKeySequence(QStringLiteral("Ctrl+F")),
        QStringLiteral("edit-find"));
    add(QStringLiteral("edit.focusInput"), M::Edit, QKeySequence(QStringLiteral("Ctrl+L")));

    add(QStringLiteral("view.conversations"), M::View, QKeySequence(QStringLiteral("Ctrl+1")), {}, true);
    add(QStringLiteral("view.branches"), M::View, QKeySequence(QStringLiteral("Ctrl+2")), {}, true);
    addSeparator(M::View);
    add(QStringLiteral("view.themeSystem"), M::View, QKeySequence(QStringLiteral("Ctrl+Alt+0")), {}, true);
    add(QStringLiteral("view.themeLight"), M::View, QKeySequence(QStringLiteral("Ctrl+Alt+1")), {}, true);
    add(QStringLiteral("view.themeDark"), M::View, QKeySequence(QStringLiteral("Ctrl+Alt+2")), {}, true);
    addSeparator(M::View);
    add(QStringLiteral("view.fullScreen"), M::View, QKeySequence(QStringLiteral("F11")),
        QStringLiteral("view-fullscreen"), true);
    add(QStringLiteral("view.resetLayout"), M::View, QKeySequence(QStringLiteral("Ctrl+Shift+R")));

    add(QStringLiteral("chat.send"), M::Chat, QKeySequence(QStringLiteral("Ctrl+Return")),
        QStringLiteral("mail-send"));
    add(QStringLiteral("chat.stop"), M::Chat, QKeySequence(QStringLiteral("Esc")),
        QStringLiteral("process-stop"));
    addSeparator(M::Chat);
    add(QStringLiteral("chat.regenerate"), M::Chat, QKeySequence(QStringLiteral("Ctrl+R")),
        QStringLiteral("view-refresh"));
    add(QStringLiteral("chat.attach"), M::Chat, QKeySequence(QStringLiteral("Ctrl+Shift+A")),
        QStringLiteral("mail-attachment"));
    add(QStringLiteral("chat.addContext"), M::Chat, QKeySequence(QStringLiteral("Ctrl+Shift+I")),
        QStringLiteral("document-open"));
    add(QStringLiteral("chat.templates"), M::Chat, QKeySequence(QStringLiteral("Ctrl+/")),
        QStringLiteral("insert-text"));
    add(QStringLiteral("chat.editLast"), M::Chat, QKeySequence(QStringLiteral("Ctrl+Up")),
        QStringLiteral("document-edit"));
    add(QStringLiteral("chat.refreshModels"), M::Chat, QKeySequence(QStringLiteral("F5")),
        QStringLiteral("view-refresh"));
    add(QStringLiteral("chat.previewContext"), M::Chat, QKeySequence(QStringLiteral("Ctrl+Shift+K")),
        QStringLiteral("document-preview"));
    add(QStringLiteral("chat.suggestTitle"), M::Chat, QKeySequence(QStringLiteral("Ctrl+Shift+T")),
        QStringLiteral("edit-rename"));
    add(QStringLiteral("chat.clear"), M::Chat, QKeySequence(QStringLiteral("Ctrl+Shift+Del")),
        QStringLiteral("edit-clear-history"));

    add(QStringLiteral("project.switch"), M::Project, QKeySequence(QStringLiteral("Ctrl+P")),
        QStringLiteral("folder"));
    add(QStringLiteral("project.new"), M::Project, QKeySequence(QStringLiteral("Ctrl+Shift+N")),
        QStringLiteral("folder-new"));
    add(QStringLiteral("project.settings"), M::Project, QKeySequence(QStringLiteral("Ctrl+Shift+P")),
        QStringLiteral("document-properties"));
    add(QStringLiteral("project.export"), M::Project, QKeySequence(QStringLiteral("Ctrl+Shift+E")),
        QStringLiteral("document-export"));
    addSeparator(M::Project);
    add(QStringLiteral("project.usage"), M::Project, QKeySequence(QStringLiteral("Ctrl+Shift+U")),
        QStringLiteral("office-chart-bar"));

    add(QStringLiteral("settings.preferences"), M::Settings, QKeySequence(QStringLiteral("Ctrl+,")),
        QStringLiteral("preferences-system"))
        ->setMenuRole(QAction::PreferencesRole);

    add(QStringLiteral("help.about"), M::Help, QKeySequence(QStringLiteral("F1")),
        QStringLiteral("help-about"))
        ->setMenuRole(QAction::AboutRole);
    add(QStringLiteral("help.aboutQt"), M::Help, QKeySequence(QStringLiteral("Shift+F1")))
        ->setMenuRole(QAction::AboutQtRole);
    add(QStringLiteral("help.openLogFolder"), M::Help, QKeySequence(QStringLiteral("Ctrl+Shift+F1")),
        QStringLiteral("folder-open"));

    retranslate();
}

QAction *ActionRegistry::add(const QString &id, Menu menu, const QKeySequence &shortcut,
                             const QString &iconName, bool checkable)
{
    auto *action = new QAction(this);
    action->setObjectName(id);
    action->setShortcut(shortcut);
    action->setCheckable(checkable);
    if (!iconName.isEmpty())
        action->setIcon(QIcon::fromTheme(iconName));
    m_entries.append({id, menu, action});
    m_byId.insert(id, action);
    return action;
}

void ActionRegistry::addSeparator(Menu menu)
{
    m_entries.append({QString(), menu, nullptr});
}

QAction *ActionRegistry::action(const QString &id) const
{
    QAction *found = m_byId.value(id);
    Q_ASSERT_X(found, "ActionRegistry::action", "unknown action id");
    return found;
}

void ActionRegistry::retranslate()
{
    const QList<QPair<const char *, const char *>> texts = {
        {"file.new", QT_TR_NOOP("&New Conversation")},
        {"file.quit", QT_TR_NOOP("&Quit")},
        {"file.export", QT_TR_NOOP("&Export Conversation…")},
        {"file.import", QT_TR_NOOP("&Import Conversation…")},
        {"file.copyMarkdown", QT_TR_NOOP("Copy Conversation as &Markdown")},
        {"edit.copy", QT_TR_NOOP("&Copy")},
        {"edit.selectAll", QT_TR_NOOP("Select &All")},
        {"edit.find", QT_TR_NOOP("&Find in Conversations…")},
        {"edit.focusInput", QT_TR_NOOP("Go to Message &Input")},
        {"view.conversations", QT_TR_NOOP("&Conversation List")},
        {"view.branches", QT_TR_NOOP("&Branch Explorer")},
        {"view.themeSystem", QT_TR_NOOP("&System Theme")},
        {"view.themeLight", QT_TR_NOOP("&Light Theme")},
        {"view.themeDark", QT_TR_NOOP("&Dark Theme")},
        {"view.fullScreen", QT_TR_NOOP("&Full Screen")},
        {"view.resetLayout", QT_TR_NOOP("&Reset Layout")},
        {"chat.send", QT_TR_NOOP("&Send Message")},
        {"chat.stop", QT_TR_NOOP("S&top Generating")},
        {"chat.regenerate", QT_TR_NOOP("&Regenerate Answer")},
        {"chat.editLast", QT_TR_NOOP("&Edit Last Prompt")},
        {"chat.attach", QT_TR_NOOP("&Attach Files…")},
        {"chat.addContext", QT_TR_NOOP("Add Conte&xt from Files…")},
        {"chat.templates", QT_TR_NOOP("Insert &Template…")},
        {"chat.refreshModels", QT_TR_NOOP("Refresh &Model Lists")},
        {"chat.previewContext", QT_TR_NOOP("Preview &Context…")},
        {"chat.suggestTitle", QT_TR_NOOP("Suggest &Title")},
        {"chat.clear", QT_TR_NOOP("C&lear Chat…")},
        {"project.switch", QT_TR_NOOP("&Switch Project…")},
        {"project.new", QT_TR_NOOP("&New Project…")},
        {"project.settings", QT_TR_NOOP("Project &Settings…")},
        {"project.export", QT_TR_NOOP("&Export Project…")},
        {"project.usage", QT_TR_NOOP("&Usage and Cost…")},
        {"settings.preferences", QT_TR_NOOP("&Preferences…")},
        {"help.about", QT_TR_NOOP("&About Multimodel Chat")},
        {"help.aboutQt", QT_TR_NOOP("About &Qt")},
        {"help.openLogFolder", QT_TR_NOOP("Open &Log Folder")},
    };
    for (const auto &[id, text] : texts) {
        QAction *action = m_byId.value(QLatin1String(id));
        if (!action)
            continue;
        action->setText(tr(text));
        // Tooltips show the shortcut, so it can be discovered without opening the menu.
        const QString plain = action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…"));
        action->setToolTip(action->shortcut().isEmpty()
                               ? plain
                               : QStringLiteral("%1 (%2)").arg(
                                     plain, action->shortcut().toString(QKeySequence::NativeText)));
    }
}
