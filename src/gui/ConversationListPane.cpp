// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConversationListPane.h"

#include "ui_ConversationListPane.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QItemSelectionModel>
#include <QScrollBar>

ConversationListPane::ConversationListPane(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ConversationListPane>())
{
    m_ui->setupUi(this);
    const QScrollBar *bar = m_ui->conversationTreeView->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, &ConversationListPane::checkEndReached);
    connect(bar, &QScrollBar::rangeChanged, this, &ConversationListPane::checkEndReached);
    updateEmptyHint();
}

void ConversationListPane::checkEndReached()
{
    // Within half a screen of the end, so the next rows are there before they are needed.
    const QScrollBar *bar = m_ui->conversationTreeView->verticalScrollBar();
    if (bar->value() >= bar->maximum() - bar->pageStep() / 2)
        Q_EMIT endReached();
}

ConversationListPane::~ConversationListPane() = default;

void ConversationListPane::setModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *previous = m_ui->conversationTreeView->model())
        disconnect(previous, nullptr, this, nullptr);
    m_ui->conversationTreeView->setModel(model);
    if (model) {
        connect(m_ui->conversationTreeView->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &ConversationListPane::currentIndexChanged);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ConversationListPane::updateEmptyHint);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ConversationListPane::updateEmptyHint);
        connect(model, &QAbstractItemModel::modelReset, this, &ConversationListPane::updateEmptyHint);
        // Project folders start open; the list is short enough to show whole.
        connect(model, &QAbstractItemModel::modelReset, m_ui->conversationTreeView, &QTreeView::expandAll);
        m_ui->conversationTreeView->expandAll();
    }
    updateEmptyHint();
}

QLineEdit *ConversationListPane::searchField() const
{
    return m_ui->searchLineEdit;
}

QComboBox *ConversationListPane::projectSelector() const
{
    return m_ui->projectComboBox;
}

QTreeView *ConversationListPane::conversationView() const
{
    return m_ui->conversationTreeView;
}

void ConversationListPane::setNewConversationAction(QAction *action)
{
    m_ui->newConversationButton->setDefaultAction(action);
    m_ui->newConversationButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    if (action->icon().isNull())
        m_ui->newConversationButton->setText(QStringLiteral("+"));
}

void ConversationListPane::updateEmptyHint()
{
    const QAbstractItemModel *model = m_ui->conversationTreeView->model();
    // While searching, an empty result list stays visible (empty means "no hits").
    const bool empty = (!model || model->rowCount() == 0) && m_ui->searchLineEdit->text().isEmpty();
    m_ui->emptyLabel->setVisible(empty);
    m_ui->conversationTreeView->setVisible(!empty);
}

void ConversationListPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QWidget::changeEvent(event);
}
