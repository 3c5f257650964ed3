#include "spotpricepane.h"

#include "charts/spotchart.h"
#include "ecsclient.h"
#include "models/spotpointsmodel.h"
#include "pager.h"
#include "types/instancetypeorder.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSet>
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
    , m_csv(new QPushButton(tr("&CSV…"), this))
    , m_png(new QPushButton(tr("&PNG…"), this))
{
    setObjectName(u"spotPricePane"_s);
    m_type->setEditable(true);
    m_type->setInsertPolicy(QComboBox::NoInsert); // rememberType() keeps the list in order
    for (const QString &type : { u"ecs.g7.large"_s, u"ecs.c7.large"_s, u"ecs.r7.large"_s,
             u"ecs.g8i.xlarge"_s, u"ecs.c8y.large"_s, u"ecs.gn7i-c8g1.2xlarge"_s })
        rememberType(type);
    m_type->setCurrentIndex(m_type->findText(u"ecs.g7.large"_s));
    m_type->setAccessibleName(tr("Instance type"));
    m_type->lineEdit()->setAccessibleName(tr("Instance type"));
    m_type->setToolTip(tr("Instance type"));
    m_type->setMinimumContentsLength(14);
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
    // Short on screen (the row fits 1024 pixels), whole for screen readers.
    m_csv->setAccessibleName(tr("Export CSV"));
    m_png->setAccessibleName(tr("Export PNG"));
    addLabelledControl(tr("T&ype:"), m_type);
    addLabelledControl(tr("Ra&nge:"), m_range);
    filterEdit()->setPlaceholderText(tr("Filter points by zone"));
    filterEdit()->setMinimumWidth(fontMetrics().horizontalAdvance(u"cn-hangzhou-b"_s));
    filterEdit()->setAccessibleName(tr("Filter points"));
    // The limit and the exports get a row of their own, so both rows fit a 1024-pixel window.
    actionsLayout()->addWidget(m_limit);
    actionsLayout()->addWidget(m_csv);
    actionsLayout()->addWidget(m_png);
    actionsLayout()->addStretch(1);

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
    // Wide enough for a zone id and a local date and time, so neither is elided.
    const QString sampleTime
        = QLocale().toString(QDateTime(QDate(2026, 12, 31), QTime(23, 59)), QLocale::ShortFormat);
    fitColumn(m_pointsView, SpotPointsModel::ZoneColumn, u"ap-southeast-1a"_s);
    fitColumn(m_pointsView, SpotPointsModel::TimeColumn, sampleTime);
    for (int column : { int(SpotPointsModel::SpotColumn), int(SpotPointsModel::OriginColumn) })
        fitColumn(m_pointsView, column, u"0.0000"_s);
    m_stats->resizeColumnsToContents(); // seven short headers, no rows yet
    const int zoneWidth = m_pointsView->columnWidth(SpotPointsModel::ZoneColumn);
    m_stats->setColumnWidth(0, std::max(m_stats->columnWidth(0), zoneWidth));
    for (int column = 1; column < 6; ++column)
        m_stats->setColumnWidth(column,
            std::max(m_stats->columnWidth(column), fontMetrics().horizontalAdvance(u"0.00000"_s)));

    m_chart->setMinimumHeight(fontMetrics().height() * 16);
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
    connect(filterEdit(), &QLineEdit::textChanged, this, [this](const QString &text) {
        setTextQuery(m_proxy, text);
        updateCount(); // the count says what the filter leaves
    });
    connect(m_csv, &QPushButton::clicked, this, &SpotPricePane::exportCsv);
    connect(m_png, &QPushButton::clicked, this, &SpotPricePane::exportPng);
    setEmptyText(tr("Choose a region to see its spot prices."));
}

void SpotPricePane::setInstanceType(const QString &instanceType)
{
    rememberType(instanceType);
    m_type->setCurrentIndex(m_type->findText(instanceType.trimmed()));
}

void SpotPricePane::rememberType(const QString &instanceType)
{
    const QString type = instanceType.trimmed();
    if (type.isEmpty() || m_type->findText(type) >= 0)
        return;
    // In the order people read types: large < xlarge < 2xlarge < 16xlarge.
    int at = 0;
    while (at < m_type->count() && ecs::instanceTypeLess(m_type->itemText(at), type))
        ++at;
    const QSignalBlocker blocker(m_type);
    const QString typed = m_type->currentText();
    m_type->insertItem(at, type);
    m_type->setCurrentText(typed);
}

QStringList SpotPricePane::instanceTypes() const
{
    QStringList out;
    for (int n = 0; n < m_type->count(); ++n)
        out << m_type->itemText(n);
    return out;
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
    rememberType(m_type->currentText());
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
    m_chart->setTitle(tr("Spot price of %1 in %2, USD per hour")
                          .arg(m_type->currentText().trimmed(), regionId()));
    m_chart->setPrices(m_byZone, m_from, m_to);
    updateStats();
    updateCount();
    setEmptyText(m_incoming.isEmpty()
            ? tr("No spot prices for %1 in %2: the type may not be sold there.")
                  .arg(m_type->currentText(), regionId())
            : QString());
    Q_EMIT loaded();
}

void SpotPricePane::updateCount()
{
    // What the filter leaves: the points shown below and the zones they belong to.
    QSet<QString> zones;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        zones.insert(m_proxy->index(row, SpotPointsModel::ZoneColumn).data(SearchRole).toString());
    const int shown = m_proxy->rowCount();
    const int total = m_points->rowCount();
    const QString inZones = tr("%n zone(s)", "", int(zones.size()));
    setCount(shown == total
            ? tr("%1 in %2").arg(tr("%n price change(s)", "", total), inZones)
            : tr("%1 of %2 in %3")
                  .arg(QString::number(shown), tr("%n price change(s)", "", total), inZones));
}

QString SpotPricePane::exportTitle() const
{
    const QLocale locale;
    return tr("Spot price of %1 in %2 · %3 (%4 – %5) · USD per hour")
        .arg(m_type->currentText().trimmed(), regionId(), m_range->currentText(),
            locale.toString(m_from.toLocalTime(), QLocale::ShortFormat),
            locale.toString(m_to.toLocalTime(), QLocale::ShortFormat));
}

QString SpotPricePane::exportFileName(const QString &suffix) const
{
    return u"spot-%1-%2-%3.%4"_s.arg(m_type->currentText().trimmed(), regionId(),
        m_to.toUTC().toString(u"yyyy-MM-dd"_s), suffix);
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
    dialog->selectFile(exportFileName(u"csv"_s));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QSaveFile file(path);
        if (file.open(QIODevice::WriteOnly) && file.write(m_points->toCsv()) >= 0 && file.commit())
            confirm(this,
                tr("Saved %n price change(s) to %1.", "", m_points->rowCount())
                    .arg(QDir::toNativeSeparators(path)));
        else
            confirm(this,
                tr("Could not save %1: %2")
                    .arg(QDir::toNativeSeparators(path), file.errorString()));
    });
    dialog->open();
}

void SpotPricePane::exportPng()
{
    auto *dialog = new QFileDialog(this, tr("Export chart"), QString(), tr("PNG images (*.png)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"png"_s);
    dialog->selectFile(exportFileName(u"png"_s));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        // Titled, so that the picture says what it shows once it is out of the console.
        QSaveFile file(path);
        if (file.open(QIODevice::WriteOnly)
            && m_chart->exportImage(exportTitle()).save(&file, "PNG") && file.commit())
            confirm(this, tr("Saved the chart to %1.").arg(QDir::toNativeSeparators(path)));
        else
            confirm(this,
                tr("Could not save %1: %2")
                    .arg(QDir::toNativeSeparators(path), file.errorString()));
    });
    dialog->open();
}

} // namespace ecs::ui
