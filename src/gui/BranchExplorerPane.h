// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class HintLabel;
class QAbstractItemModel;
class QTreeView;

// The right-hand dock: the whole tree of the current conversation in a QTreeView.
class BranchExplorerPane : public QWidget
{
    Q_OBJECT
public:
    explicit BranchExplorerPane(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model);
    QTreeView *treeView() const { return m_treeView; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateEmptyHint();

    QTreeView *m_treeView;
    HintLabel *m_emptyLabel;
};
