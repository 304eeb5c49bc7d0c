// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UsageDialog.h"

#include "UsageChart.h"
#include "UsageSeries.h"
#include "UsageTableModel.h"
#include "ui_UsageDialog.h"

#include "services/UsageTotals.h"

#include <QHeaderView>
#include <QLocale>
#include <QMap>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>

namespace {

enum class Range { Days14, Days30, Weeks12, Months12, AllTime };

QString compact(double tokens, int)
{
    if (tokens >= 1e6)
        return QStringLiteral("%1M").arg(tokens / 1e6, 0, 'g', 3);
    if (tokens >= 1e3)
        return QStringLiteral("%1k").arg(tokens / 1e3, 0, 'g', 3);
    return QString::number(tokens, 'g', 3);
}

} // namespace

UsageDialog::UsageDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::UsageDialog>())
    , m_model(new UsageTableModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("usageDialog"));
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(Qt::UserRole);
    m_ui->table->setModel(m_sorted);
    m_ui->table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->table->horizontalHeader()->setStretchLastSection(true);
    m_ui->table->verticalHeader()->hide();
    m_ui->splitter->setSizes({260, 240});
    fillCombos();
    for (QComboBox *combo : {m_ui->scopeCombo, m_ui->rangeCombo, m_ui->periodCombo, m_ui->breakdownCombo})
        connect(combo, qOverload<int>(&QComboBox::currentIndexChanged), this, &UsageDialog::queryChanged);
    connect(m_ui->metricCombo, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &UsageDialog::updateChart);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &UsageDialog::exportRequested);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->budgetLabel->hide();
}

UsageDialog::~UsageDialog() = default;

QComboBox *UsageDialog::scopeCombo() const
{
    return m_ui->scopeCombo;
}
QComboBox *UsageDialog::rangeCombo() const
{
    return m_ui->rangeCombo;
}
QComboBox *UsageDialog::periodCombo() const
{
    return m_ui->periodCombo;
}
QComboBox *UsageDialog::breakdownCombo() const
{
    return m_ui->breakdownCombo;
}
QComboBox *UsageDialog::metricCombo() const
{
    return m_ui->metricCombo;
}
UsageChart *UsageDialog::chart() const
{
    return m_ui->chart;
}
QString UsageDialog::totalsText() const
{
    return m_ui->totalsLabel->text();
}

void UsageDialog::fillCombos()
{
    const auto refill = [](QComboBox *combo, const QList<QPair<QString, int>> &items) {
        const QSignalBlocker blocker(combo);
        const int current = qMax(0, combo->currentIndex());
        combo->clear();
        for (const auto &[text, value] : items)
            combo->addItem(text, value);
        combo->setCurrentIndex(qMin(current, combo->count() - 1));
    };
    QList<QPair<QString, int>> scopes;
    scopes << qMakePair(m_conversationId ? tr("Conversation \u201c%1\u201d").arg(m_conversationTitle)
                                         : tr("This conversation"),
                        int(UsageQuery::Scope::Conversation));
    scopes << qMakePair(m_projectId ? tr("Project \u201c%1\u201d").arg(m_projectName) : tr("This project"),
                        int(UsageQuery::Scope::Project));
    scopes << qMakePair(tr("All history"), int(UsageQuery::Scope::All));
    refill(m_ui->scopeCombo, scopes);
    refill(m_ui->rangeCombo, {{tr("Last 30 days"), int(Range::Days30)},
                              {tr("Last 14 days"), int(Range::Days14)},
                              {tr("Last 12 weeks"), int(Range::Weeks12)},
                              {tr("Last 12 months"), int(Range::Months12)},
                              {tr("All time"), int(Range::AllTime)}});
    refill(m_ui->periodCombo, {{tr("By day"), int(UsageQuery::Period::Day)},
                               {tr("By week"), int(UsageQuery::Period::Week)},
                               {tr("By month"), int(UsageQuery::Period::Month)}});
    refill(m_ui->breakdownCombo, {{tr("By provider"), int(UsageQuery::Breakdown::Provider)},
                                  {tr("By model"), int(UsageQuery::Breakdown::Model)}});
    // A scope that does not exist right now cannot be chosen.
    const auto enable = [this](int row, bool on) {
        if (auto *model = qobject_cast<QStandardItemModel *>(m_ui->scopeCombo->model()))
            model->item(row)->setEnabled(on);
    };
    enable(0, m_conversationId != 0);
    enable(1, m_projectId != 0);
}

void UsageDialog::setScopes(qint64 conversationId, const QString &conversationTitle, qint64 projectId,
                            const QString &projectName)
{
    m_conversationId = conversationId;
    m_conversationTitle = conversationTitle.isEmpty() ? tr("untitled") : conversationTitle;
    m_projectId = projectId;
    m_projectName = projectName;
    fillCombos();
    // The narrowest scope there is, by default.
    const QSignalBlocker blocker(m_ui->scopeCombo);
    m_ui->scopeCombo->setCurrentIndex(conversationId ? 0 : projectId ? 1 : 2);
}

UsageQuery UsageDialog::query(const QDate &today) const
{
    UsageQuery query;
    query.scope = UsageQuery::Scope(m_ui->scopeCombo->currentData().toInt());
    query.scopeId = query.scope == UsageQuery::Scope::Conversation ? m_conversationId
                    : query.scope == UsageQuery::Scope::Project    ? m_projectId
                                                                   : 0;
    query.period = UsageQuery::Period(m_ui->periodCombo->currentData().toInt());
    query.breakdown = UsageQuery::Breakdown(m_ui->breakdownCombo->currentData().toInt());
    QDate first;
    switch (Range(m_ui->rangeCombo->currentData().toInt())) {
    case Range::Days14: first = today.addDays(-13); break;
    case Range::Days30: first = today.addDays(-29); break;
    case Range::Weeks12:
        first = UsageSeries::periodStart(today, UsageQuery::Period::Week).addDays(-7 * 11);
        break;
    case Range::Months12:
        first = UsageSeries::periodStart(today, UsageQuery::Period::Month).addMonths(-11);
        break;
    case Range::AllTime: break;
    }
    if (first.isValid())
        query.since = first.startOfDay();
    query.until = today.addDays(1).startOfDay();
    return query;
}

void UsageDialog::showRows(const QList<UsageRow> &rows, const QDate &today)
{
    m_rows = rows;
    m_today = today;
    const UsageQuery current = query(today);
    m_model->setRows(rows, true, current.breakdown == UsageQuery::Breakdown::Model);
    m_ui->table->setColumnHidden(UsageTableModel::Model, current.breakdown != UsageQuery::Breakdown::Model);

    const UsageTotals totals = UsageTotals::of(rows);
    QString text = tr("<b>%n answer(s)</b>", nullptr, int(totals.answers)) + QStringLiteral(" · ") +
                   tr("%1 tokens (%2 prompt, %3 output)")
                       .arg(QLocale().toString(totals.totalTokens()), QLocale().toString(totals.promptTokens),
                            QLocale().toString(totals.completionTokens));
    if (totals.cachedTokens > 0)
        text += QStringLiteral(" · ") + tr("%1 cached").arg(QLocale().toString(totals.cachedTokens));
    text += QStringLiteral(" · ") +
            (totals.hasCost() ? tr("cost <b>%1</b>").arg(totals.costText()) : tr("no priced answers"));
    if (totals.estimatedAnswers > 0)
        text += QStringLiteral("<br><i>") +
                tr("* %n answer(s) had no token counts from the provider; their tokens are estimated.",
                   nullptr, int(totals.estimatedAnswers)) +
                QStringLiteral("</i>");
    m_ui->totalsLabel->setText(text);
    updateMetrics();
    updateChart();
}

void UsageDialog::showBudgets(const QString &text)
{
    m_ui->budgetLabel->setText(text);
    m_ui->budgetLabel->setVisible(!text.isEmpty());
}

void UsageDialog::updateMetrics()
{
    // Cost in each currency found, then tokens; the choice survives a refresh when it can.
    const QString chosen = m_ui->metricCombo->currentData().toString();
    const bool hadChoice = m_ui->metricCombo->count() > 0;
    const QSignalBlocker blocker(m_ui->metricCombo);
    m_ui->metricCombo->clear();
    // The first choice is the currency most answers were priced in.
    QMap<QString, qint64> answers;
    for (const UsageRow &row : std::as_const(m_rows))
        if (!row.currency.isEmpty())
            answers[row.currency] += row.answers;
    QStringList currencies = answers.keys();
    std::stable_sort(currencies.begin(), currencies.end(), [&answers](const QString &a, const QString &b) {
        return answers.value(a) > answers.value(b);
    });
    for (const QString &currency : std::as_const(currencies))
        m_ui->metricCombo->addItem(tr("Cost in %1").arg(currency), currency);
    m_ui->metricCombo->addItem(tr("Tokens"), QString());
    const int index = m_ui->metricCombo->findData(chosen);
    m_ui->metricCombo->setCurrentIndex(hadChoice && index >= 0 ? index : 0);
}

void UsageDialog::updateChart()
{
    const UsageQuery current = query(m_today.isValid() ? m_today : QDate::currentDate());
    QDate first = current.since.date();
    if (!first.isValid()) {
        for (const UsageRow &row : std::as_const(m_rows))
            if (!first.isValid() || row.period < first)
                first = row.period;
    }
    const QString currency = m_ui->metricCombo->currentData().toString();
    const UsageSeries::Chart data =
        UsageSeries::build(m_rows, current.period, first, current.until.date().addDays(-1), currency);
    UsageChart::Formatter format;
    if (currency.isEmpty())
        format = compact;
    else
        format = [currency](double value, int decimals) {
            // Exact values (tooltips) as the table shows them; the axis as its step needs.
            return UsageTotals::formatCost(value, currency, decimals < 0 ? 4 : qMax(2, decimals));
        };
    m_ui->chart->setData(data.series, data.bars, tr("No answers in this period."), format);
}

void UsageDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillCombos();
        if (!m_rows.isEmpty() || m_today.isValid())
            showRows(m_rows, m_today);
    }
    QDialog::changeEvent(event);
}
