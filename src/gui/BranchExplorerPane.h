// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QTreeView;

// The right-hand dock: the whole tree of the current conversation in a QTreeView.
class BranchExplorerPane : public QWidget
{
    Q_OBJECT
public:
    explicit BranchExplorerPane(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model);
    QTreeView *treeView() const { return m_treeView; }

private:
    void updateEmptyHint();

    QTreeView *m_treeView;
    QLabel *m_emptyLabel;
};
