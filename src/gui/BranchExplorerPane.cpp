// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BranchExplorerPane.h"

#include "BranchItemDelegate.h"
#include "HintLabel.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QTreeView>
#include <QVBoxLayout>

BranchExplorerPane::BranchExplorerPane(QWidget *parent)
    : QWidget(parent)
    , m_treeView(new QTreeView(this))
    , m_emptyLabel(new HintLabel(this))
{
    m_treeView->setObjectName(QStringLiteral("branchTreeView"));
    m_treeView->setHeaderHidden(true);
    m_treeView->setUniformRowHeights(true);
    m_treeView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_treeView->setItemDelegate(new BranchItemDelegate(m_treeView));
    m_emptyLabel->setContentsMargins(12, 12, 12, 12);
    retranslate();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_treeView);
    layout->addWidget(m_emptyLabel);
    updateEmptyHint();
}

void BranchExplorerPane::setModel(QAbstractItemModel *model)
{
    m_treeView->setModel(model);
    if (model) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &BranchExplorerPane::updateEmptyHint);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &BranchExplorerPane::updateEmptyHint);
        connect(model, &QAbstractItemModel::modelReset, this, &BranchExplorerPane::updateEmptyHint);
    }
    updateEmptyHint();
}

void BranchExplorerPane::retranslate()
{
    m_emptyLabel->setText(
        tr("Edit a prompt or regenerate an answer, and every version appears here as a branch."));
}

void BranchExplorerPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BranchExplorerPane::updateEmptyHint()
{
    const QAbstractItemModel *model = m_treeView->model();
    const bool empty = !model || model->rowCount() == 0;
    m_emptyLabel->setVisible(empty);
    m_treeView->setVisible(!empty);
}
