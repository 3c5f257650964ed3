#include "spotpricepane.h"

#include "charts/spotchart.h"
#include "ecsclient.h"
#include "models/spotpointsmodel.h"
#include "pager.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>

using namespace Qt::StringLiterals;

namespace ecs::ui {

SpotPricePane::SpotPricePane(ecs::EcsClient *client, QWidget *parent)
    : ResourcePane(client, parent)
    , m_points(new SpotPointsModel(this))
    , m_proxy(makeProxy(m_points, this))
    , m_pointsView(makeTable(m_proxy, this))
    , m_chart(new SpotChart(this))
    , m_stats(new QTableWidget(this))
    , m_type(new QComboBox(this))
    , m_range(new QComboBox(this))
    , m_limit(new QDoubleSpinBox(this))
    , m_csv(new QPushButton(tr("Export CSV…"), this))
    , m_png(new QPushButton(tr("Export PNG…"), this))
{
    setObjectName(u"spotPricePane"_s);
    m_type->setEditable(true);
    m_type->addItems({ u"ecs.g7.large"_s, u"ecs.c7.large"_s, u"ecs.r7.large"_s, u"ecs.g8i.xlarge"_s,
        u"ecs.c8y.large"_s, u"ecs.gn7i-c8g1.2xlarge"_s });
    m_type->setAccessibleName(tr("Instance type"));
    m_type->setToolTip(tr("Instance type"));
    m_type->setMinimumContentsLength(20);
    m_range->addItem(tr("Last 3 hours"), 3 * 3600);
    m_range->addItem(tr("Last day"), 24 * 3600);
    m_range->addItem(tr("Last 7 days"), 7 * 24 * 3600);
    m_range->addItem(tr("Last 30 days"), 30 * 24 * 3600);
    m_range->setCurrentIndex(2);
    m_range->setAccessibleName(tr("Range"));
    m_limit->setDecimals(3);
    m_limit->setRange(0, 1000);
    m_limit->setSingleStep(0.005);
    m_limit->setPrefix(tr("Limit $"));
    m_limit->setSpecialValueText(tr("No limit"));
    m_limit->setAccessibleName(tr("Price limit"));
    m_limit->setToolTip(
        tr("Your SpotPriceLimit: the stats show how long it would have kept an instance running"));
    m_csv->setToolTip(tr("Save the points as CSV"));
    m_png->setToolTip(tr("Save the chart as PNG"));
    for (QWidget *w : std::initializer_list<QWidget *> { m_type, m_range, m_limit })
        controlsLayout()->addWidget(w);
    filterEdit()->setPlaceholderText(tr("Filter points by zone"));
    filterEdit()->setAccessibleName(tr("Filter points"));
    controlsLayout()->addWidget(m_csv);
    controlsLayout()->addWidget(m_png);

    m_stats->setColumnCount(7);
    m_stats->setHorizontalHeaderLabels({ tr("Zone"), tr("Min"), tr("Mean"), tr("Max"), tr("Now"),
        tr("Discount"), tr("Limit survival") });
    m_stats->verticalHeader()->hide();
    m_stats->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_stats->horizontalHeader()->setStretchLastSection(true);
    m_stats->setAccessibleName(tr("Spot price statistics"));
    m_pointsView->setAccessibleName(tr("Spot price points"));
    m_pointsView->setObjectName(u"spotPointsView"_s);
    m_pointsView->sortByColumn(SpotPointsModel::TimeColumn, Qt::DescendingOrder);

    m_chart->setMinimumHeight(fontMetrics().height() * 20);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"spotSplitter"_s);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_stats);
    splitter->addWidget(m_pointsView);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 2);
    setContent(splitter);

    connect(m_type, &QComboBox::activated, this, &SpotPricePane::refresh);
    connect(m_type->lineEdit(), &QLineEdit::returnPressed, this, &SpotPricePane::refresh);
    connect(m_range, &QComboBox::currentIndexChanged, this, &SpotPricePane::refresh);
    connect(m_limit, &QDoubleSpinBox::valueChanged, this, [this](double limit) {
        m_chart->setPriceLimit(limit);
        updateStats();
    });
    connect(filterEdit(), &QLineEdit::textChanged, m_proxy,
        &QSortFilterProxyModel::setFilterFixedString);
    connect(m_csv, &QPushButton::clicked, this, &SpotPricePane::exportCsv);
    connect(m_png, &QPushButton::clicked, this, &SpotPricePane::exportPng);
    setEmptyText(tr("Choose a region to see its spot prices."));
}

void SpotPricePane::setInstanceType(const QString &instanceType)
{
    m_type->setCurrentText(instanceType);
}

void SpotPricePane::setPriceLimit(double limit)
{
    m_limit->setValue(limit);
}

void SpotPricePane::cancelAll()
{
    ++m_generation;
    if (m_call)
        m_call->cancel();
}

void SpotPricePane::refresh()
{
    if (regionId().isEmpty() || m_type->currentText().trimmed().isEmpty())
        return;
    cancelAll();
    clearError();
    m_incoming.clear();
    m_to = QDateTime::currentDateTimeUtc();
    // The service refuses a StartTime more than 30 days back by its own clock, which has moved on
    // by the time it reads ours: keep a few minutes inside the limit.
    m_from = m_to.addSecs(
        -std::min<qint64>(m_range->currentData().toLongLong(), 30 * 24 * 3600 - 5 * 60));
    setBusy(true);
    fetch(0, m_generation);
}

void SpotPricePane::fetch(int offset, quint64 generation)
{
    Q_UNUSED(offset) // the pager walks the offsets from 0
    const QString type = m_type->currentText().trimmed();
    // NextOffset paging through the one bounded walk: every offset must move forward, and pages
    // and points are capped, whatever the server says.
    ecs::PagerLimits limits;
    limits.pageSize = 0; // the request names no page size
    limits.maxPages = 200;
    limits.maxItems = 200'000;
    auto *pager = new ecs::Pager(client(), ecs::Pager::Mode::Offset, limits, this);
    pager->setRequest(
        [region = regionId(), type, from = m_from, to = m_to](const ecs::PageCursor &c) {
            return ops::DescribeSpotPriceHistory::request(
                region, type, QString(), from, to, int(c.offset));
        });
    pager->setReader([this, generation](const ecs::PageCursor &,
                         const QJsonObject &body) -> Result<ecs::PageInfo> {
        auto page = ops::DescribeSpotPriceHistory::parse(body);
        if (!page.ok())
            return page.error();
        if (generation == m_generation)
            m_incoming.append(page->points);
        return ecs::PageInfo { page->points.size(), -1, {}, page->nextOffset };
    });
    connect(pager, &ecs::Pager::requestSent, this, [this](ecs::ApiCall *call) { m_call = call; });
    connect(pager, &ecs::Pager::finished, this, [this, pager, generation] {
        pager->deleteLater();
        if (generation != m_generation)
            return;
        m_call = nullptr;
        showPrices();
    });
    connect(
        pager, &ecs::Pager::failed, this, [this, pager, generation](const ecs::ApiError &error) {
            pager->deleteLater();
            if (generation != m_generation || error.isCancelled())
                return;
            m_call = nullptr;
            setBusy(false);
            showError(tr("Could not load the spot prices of %1 in %2.")
                          .arg(m_type->currentText(), regionId()),
                error);
        });
    pager->start();
}

void SpotPricePane::showPrices()
{
    setBusy(false);
    m_byZone.clear();
    for (const ecs::SpotPricePoint &p : std::as_const(m_incoming))
        m_byZone[p.zoneId].append(p);
    for (QList<ecs::SpotPricePoint> &points : m_byZone)
        std::sort(points.begin(), points.end(),
            [](const auto &a, const auto &b) { return a.timestamp < b.timestamp; });
    m_points->setRows(m_incoming);
    if (m_limit->value() == 0 && !m_incoming.isEmpty()) // a starting point: 30% of on-demand
        m_limit->setValue(std::round(m_incoming.first().originPrice * 0.3 * 1000) / 1000);
    m_chart->setPriceLimit(m_limit->value());
    m_chart->setPrices(m_byZone, m_from, m_to);
    updateStats();
    setCount(tr("%1 price changes in %2 zones").arg(m_incoming.size()).arg(m_byZone.size()));
    setEmptyText(m_incoming.isEmpty()
            ? tr("No spot prices for %1 in %2: the type may not be sold there.")
                  .arg(m_type->currentText(), regionId())
            : QString());
    Q_EMIT loaded();
}

void SpotPricePane::updateStats()
{
    m_stats->setRowCount(int(m_byZone.size()));
    int row = 0;
    auto cell = [this, &row](int column, const QString &text) {
        auto *item = new QTableWidgetItem(text);
        if (column > 0)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_stats->setItem(row, column, item);
    };
    for (auto it = m_byZone.cbegin(); it != m_byZone.cend(); ++it, ++row) {
        const SpotStats s = computeSpotStats(*it, m_from, m_to, m_limit->value());
        cell(0, it.key());
        cell(1, QString::number(s.min, 'f', 4));
        cell(2, QString::number(s.mean, 'f', 4));
        cell(3, QString::number(s.max, 'f', 4));
        cell(4, QString::number(s.current, 'f', 4));
        cell(5, u"%1%"_s.arg(s.discount * 100, 0, 'f', 0));
        cell(6, m_limit->value() > 0 ? u"%1%"_s.arg(s.survival * 100, 0, 'f', 1) : tr("—"));
    }
}

void SpotPricePane::exportCsv()
{
    auto *dialog
        = new QFileDialog(this, tr("Export spot prices"), QString(), tr("CSV files (*.csv)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"csv"_s);
    dialog->selectFile(u"spot-%1-%2.csv"_s.arg(regionId(), m_type->currentText()));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QSaveFile file(path);
        if (file.open(QIODevice::WriteOnly) && file.write(m_points->toCsv()) >= 0)
            file.commit();
    });
    dialog->open();
}

void SpotPricePane::exportPng()
{
    auto *dialog = new QFileDialog(this, tr("Export chart"), QString(), tr("PNG images (*.png)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"png"_s);
    dialog->selectFile(u"spot-%1-%2.png"_s.arg(regionId(), m_type->currentText()));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
        [this](const QString &path) { m_chart->grab().save(path, "PNG"); });
    dialog->open();
}

} // namespace ecs::ui
