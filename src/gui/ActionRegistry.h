// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QString>

class QAction;

// Every action of the main window, created in one place with its menu, text and shortcut,
// so menus, toolbars, tests and (later) a shortcut editor all see the same set.
class ActionRegistry : public QObject
{
    Q_OBJECT
public:
    enum class Menu { File, Edit, View, Chat, Project, Settings, Help };

    struct Entry
    {
        QString id;
        Menu menu;
        QAction *action;
    };

    explicit ActionRegistry(QObject *parent = nullptr);

    QAction *action(const QString &id) const;
    // Entries in menu order; a null action marks a separator.
    QList<Entry> entries() const { return m_entries; }
    // Re-applies translated texts (called on a language change).
    void retranslate();

private:
    QAction *add(const QString &id, Menu menu, const QKeySequence &shortcut, const QString &iconName = {},
                 bool checkable = false);
    void addSeparator(Menu menu);

    QList<Entry> m_entries;
    QHash<QString, QAction *> m_byId;
};
