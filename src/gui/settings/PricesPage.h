// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SettingsPage.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <memory>

namespace Ui {
class PricesPage;
}

// Preferences › Prices: the shipped price table with the user's own prices over it, per
// provider instance ("prices" in its config.json entry). Editing a shipped price makes it the
// user's own; removing an own price brings the shipped one back.
class PricesPage
    : public QObject
    , public SettingsPage
{
    Q_OBJECT
public:
    enum Column { Provider, Model, Input, CachedInput, Output, Currency, Source, ColumnCount };

    explicit PricesPage(QObject *parent = nullptr);
    ~PricesPage() override;

    QString title() const override;
    QIcon icon() const override;
    QWidget *widget() override;
    void load(const AppConfig &config) override;
    void save(AppConfig &config) override;

    // A new own price row for providerId; returns its row.
    int addRow(const QString &providerId);
    void removeRow(int row);

private:
    void fill();
    void addTableRow(const QString &providerId, const QString &model, const QJsonObject &price, bool own);
    void markOwn(int row);
    bool isOwn(int row) const;
    // Provider → its own prices as the table shows them (leaving out skipRow).
    QHash<QString, QJsonObject> ownPricesInTable(int skipRow = -1) const;

    std::unique_ptr<QWidget> m_widget;
    const std::unique_ptr<Ui::PricesPage> m_ui;
    QStringList m_providerIds;
    QHash<QString, QJsonObject> m_ownPrices; // provider → its "prices" as loaded and edited
    QHash<QString, QString> m_presets;       // provider → the preset whose shipped prices apply
    bool m_filling = false;
};
