// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

class QAbstractItemModel;
class QComboBox;
class QLineEdit;
class QTreeView;

namespace Ui {
class ConversationListPane;
}

// The left pane: the project selector, a search field and the conversations grouped by project. It only
// displays a model and forwards what the user asks for; the conversation controller does the work.
class ConversationListPane : public QWidget
{
    Q_OBJECT
public:
    explicit ConversationListPane(QWidget *parent = nullptr);
    ~ConversationListPane() override;

    void setModel(QAbstractItemModel *model);
    QLineEdit *searchField() const;
    // "All conversations" or one project: which conversations the list shows.
    QComboBox *projectSelector() const;
    QTreeView *conversationView() const;
    void setNewConversationAction(QAction *action);

Q_SIGNALS:
    // The current row of whichever model is shown (conversations or search hits) changed.
    void currentIndexChanged(const QModelIndex &current);
    // The list has been scrolled to its end (or does not fill the view): time for older rows.
    void endReached();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateEmptyHint();
    void checkEndReached();

    const std::unique_ptr<Ui::ConversationListPane> m_ui;
};
