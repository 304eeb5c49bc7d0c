// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PricesPage.h"

#include "ui_PricesPage.h"

#include "core/AppConfig.h"
#include "services/PriceTable.h"

#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QIcon>
#include <QJsonObject>
#include <QMenu>
#include <QStyledItemDelegate>

namespace {

// Prices have more decimals than a spin box shows by default ($0.075 per million).
class PriceDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
            spin->setDecimals(4);
            spin->setRange(0, 1000000);
        }
        return editor;
    }
};

} // namespace

PricesPage::PricesPage(QObject *parent)
    : QObject(parent)
    , m_widget(std::make_unique<QWidget>())
    , m_ui(std::make_unique<Ui::PricesPage>())
{
    m_ui->setupUi(m_widget.get());
    QTableWidget *table = m_ui->pricesTable;
    table->setColumnCount(ColumnCount);
    table->setHorizontalHeaderLabels({tr("Provider"), tr("Model"), tr("Input"), tr("Cached input"),
                                      tr("Output"), tr("Currency"), tr("Source")});
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(Model, QHeaderView::Stretch);
    table->verticalHeader()->hide();
    auto *delegate = new PriceDelegate(table);
    for (const int column : {Input, CachedInput, Output})
        table->setItemDelegateForColumn(column, delegate);
    connect(table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_filling && item->column() != Source)
            markOwn(item->row());
    });
    connect(table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_ui->pricesTable->currentRow();
        m_ui->removeButton->setEnabled(row >= 0 && isOwn(row));
    });
    connect(m_ui->removeButton, &QPushButton::clicked, this,
            [this] { removeRow(m_ui->pricesTable->currentRow()); });
    m_ui->removeButton->setEnabled(false);

    QStringList links;
    const QHash<QString, QString> sources = PriceTable::sources();
    for (auto it = sources.cbegin(); it != sources.cend(); ++it)
        links << QStringLiteral("<a href=\"%1\">%2</a>")
                     .arg(it.value().toHtmlEscaped(), it.key().toHtmlEscaped());
    links.sort();
    m_ui->sourcesLabel->setText(tr("Shipped prices taken on %1 from %2. They change: check them.")
                                    .arg(PriceTable::takenOn(), links.join(QStringLiteral(", "))));
}

PricesPage::~PricesPage() = default;

QString PricesPage::title() const
{
    return tr("Prices");
}

QIcon PricesPage::icon() const
{
    return QIcon::fromTheme(QStringLiteral("accessories-calculator"));
}

QWidget *PricesPage::widget()
{
    return m_widget.get();
}

void PricesPage::load(const AppConfig &config)
{
    m_providerIds = config.providerIds();
    m_ownPrices.clear();
    m_presets.clear();
    for (const QString &id : std::as_const(m_providerIds)) {
        const QJsonObject entry = config.provider(id);
        m_ownPrices.insert(id, entry.value(QLatin1String("prices")).toObject());
        m_presets.insert(id, entry.value(QLatin1String("preset")).toString(id));
    }
    auto *menu = new QMenu(m_ui->addButton);
    for (const QString &id : std::as_const(m_providerIds))
        menu->addAction(config.provider(id).value(QLatin1String("name")).toString(id), this, [this, id] {
            const int row = addRow(id);
            m_ui->pricesTable->setCurrentCell(row, Model);
            m_ui->pricesTable->editItem(m_ui->pricesTable->item(row, Model));
        });
    delete m_ui->addButton->menu();
    m_ui->addButton->setMenu(menu);
    fill();
}

void PricesPage::fill()
{
    m_filling = true;
    m_ui->pricesTable->setRowCount(0);
    const QList<PriceTable::Entry> shipped = PriceTable::shipped().entries();
    for (const QString &id : std::as_const(m_providerIds)) {
        const QJsonObject own = m_ownPrices.value(id);
        for (auto it = own.begin(); it != own.end(); ++it)
            addTableRow(id, it.key(), it.value().toObject(), true);
        for (const PriceTable::Entry &entry : shipped) {
            if ((entry.provider == id || entry.provider == m_presets.value(id)) && !own.contains(entry.model))
                addTableRow(id, entry.model, PriceTable::toJson(entry.price), false);
        }
    }
    m_filling = false;
}

void PricesPage::addTableRow(const QString &providerId, const QString &model, const QJsonObject &price,
                             bool own)
{
    QTableWidget *table = m_ui->pricesTable;
    const int row = table->rowCount();
    table->insertRow(row);
    auto *provider = new QTableWidgetItem(providerId);
    provider->setFlags(provider->flags() & ~Qt::ItemIsEditable);
    table->setItem(row, Provider, provider);
    table->setItem(row, Model, new QTableWidgetItem(model));
    const double input = price.value(QLatin1String("input")).toDouble();
    for (const auto &[column, key] :
         {std::pair{Input, "input"}, {CachedInput, "cached_input"}, {Output, "output"}}) {
        auto *item = new QTableWidgetItem;
        item->setData(Qt::EditRole,
                      price.value(QLatin1String(key)).toDouble(column == CachedInput ? input : 0.0));
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, column, item);
    }
    table->setItem(
        row, Currency,
        new QTableWidgetItem(price.value(QLatin1String("currency")).toString(QStringLiteral("USD"))));
    auto *source = new QTableWidgetItem;
    source->setFlags(source->flags() & ~Qt::ItemIsEditable);
    table->setItem(row, Source, source);
    source->setData(Qt::UserRole, own);
    source->setText(own ? tr("yours") : tr("shipped %1").arg(PriceTable::takenOn()));
}

bool PricesPage::isOwn(int row) const
{
    const QTableWidgetItem *source = m_ui->pricesTable->item(row, Source);
    return source && source->data(Qt::UserRole).toBool();
}

void PricesPage::markOwn(int row)
{
    QTableWidgetItem *source = m_ui->pricesTable->item(row, Source);
    if (!source || isOwn(row))
        return;
    m_filling = true;
    source->setData(Qt::UserRole, true);
    source->setText(tr("yours"));
    m_filling = false;
    m_ui->removeButton->setEnabled(m_ui->pricesTable->currentRow() == row);
}

int PricesPage::addRow(const QString &providerId)
{
    m_filling = true;
    addTableRow(providerId, QString(),
                QJsonObject{{QStringLiteral("currency"),
                             m_presets.value(providerId) == QLatin1String("yandexgpt") ||
                                     m_presets.value(providerId) == QLatin1String("gigachat")
                                 ? QStringLiteral("RUB")
                                 : QStringLiteral("USD")}},
                true);
    m_filling = false;
    return m_ui->pricesTable->rowCount() - 1;
}

void PricesPage::removeRow(int row)
{
    if (row < 0 || !isOwn(row))
        return;
    // The other edits stay; the shipped price of that model, if there is one, shows again.
    const QHash<QString, QJsonObject> own = ownPricesInTable(row);
    for (const QString &id : std::as_const(m_providerIds))
        m_ownPrices.insert(id, own.value(id));
    fill();
}

QHash<QString, QJsonObject> PricesPage::ownPricesInTable(int skipRow) const
{
    QHash<QString, QJsonObject> own;
    const QTableWidget *table = m_ui->pricesTable;
    const auto number = [table](int row, int column) {
        return table->item(row, column)->data(Qt::EditRole).toDouble();
    };
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString model = table->item(row, Model)->text().trimmed();
        if (row == skipRow || !isOwn(row) || model.isEmpty())
            continue;
        const QString currency = table->item(row, Currency)->text().trimmed().toUpper();
        own[table->item(row, Provider)->text()].insert(
            model,
            QJsonObject{{QStringLiteral("input"), number(row, Input)},
                        {QStringLiteral("cached_input"), number(row, CachedInput)},
                        {QStringLiteral("output"), number(row, Output)},
                        {QStringLiteral("currency"), currency.isEmpty() ? QStringLiteral("USD") : currency}});
    }
    return own;
}

void PricesPage::save(AppConfig &config)
{
    const QHash<QString, QJsonObject> own = ownPricesInTable();
    for (const QString &id : std::as_const(m_providerIds)) {
        QJsonObject entry = config.provider(id);
        if (entry.isEmpty())
            continue; // removed on another page meanwhile
        if (own.value(id).isEmpty())
            entry.remove(QStringLiteral("prices"));
        else
            entry.insert(QStringLiteral("prices"), own.value(id));
        config.setProvider(id, entry);
    }
    for (const QString &id : std::as_const(m_providerIds))
        m_ownPrices.insert(id, own.value(id));
}
