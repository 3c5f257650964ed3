#include "spotpricepane.h"

#include "types/money.h"

#include "charts/spotchart.h"
#include "models/spotpointsmodel.h"
#include "types/instancetypeorder.h"
#include "widgets/spotstatstable.h"

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
#include <QTimer>

using namespace Qt::StringLiterals;

namespace ecs::ui {

SpotPricePane::SpotPricePane(ecs::EcsClient *client, QWidget *parent)
    : ResourcePane(client, parent)
    , m_points(new SpotPointsModel(this))
    , m_proxy(new SpotPointsProxy(m_points, this))
    , m_pointsView(makeTable(m_proxy, this))
    , m_chart(new SpotChart(this))
    , m_stats(new SpotStatsTable(this))
    , m_type(new QComboBox(this))
    , m_range(new QComboBox(this))
    , m_limit(new QDoubleSpinBox(this))
    , m_csv(new QPushButton(tr("&CSV…"), this))
    , m_png(new QPushButton(tr("&PNG…"), this))
    , m_scope(this)
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
    m_limit->setPrefix(tr("Limit "));
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
    m_stats->fitColumns(m_pointsView->columnWidth(SpotPointsModel::ZoneColumn));

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
        m_stats->showStats(m_history, limit);
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
    m_scope.cancel();
    m_loading = false;
}

void SpotPricePane::refresh()
{
    load();
}

QCoro::Task<> SpotPricePane::load()
{
    const QString type = m_type->currentText().trimmed();
    if (regionId().isEmpty() || type.isEmpty())
        co_return;
    rememberType(type);
    m_scope.renew();
    clearError();
    setBusy(true);
    m_loading = true;
    auto history = co_await ecs::fetchSpotHistory(m_scope, client(), regionId(), type, QString(),
        ecs::SpotWindow::lastSeconds(m_range->currentData().toLongLong()));
    if (history.cancelled())
        co_return;
    if (!history.ok()) {
        m_loading = false;
        setBusy(false);
        showError(tr("Could not load the spot prices of %1 in %2.").arg(type, regionId()),
            history.error());
        co_return;
    }
    // Shown in an event of its own: the last page's parsing and the chart's thousands of points
    // are two short stalls, not one long one. The scope's context drops it on a newer question.
    QTimer::singleShot(0, m_scope.context(), [this, shown = std::move(history).value()] {
        m_history = shown;
        showPrices();
    });
}

void SpotPricePane::showPrices()
{
    setEmptyText(m_history.points.isEmpty()
            ? tr("No spot prices for %1 in %2: the type may not be sold there.")
                  .arg(m_type->currentText(), regionId())
            : QString());
    // The rest in events of their own: showing the content (its first layout), the points table
    // and the chart's series are three short stalls, never one long one.
    QTimer::singleShot(0, m_scope.context(), [this] {
        // Unsorted while they arrive, then sorted once: a live sort places each row on its own,
        // one inserted range at a time, every range walking the mapping and the view's header.
        m_proxy->setDynamicSortFilter(false);
        m_points->setRows(m_history.points);
        m_proxy->setDynamicSortFilter(true);
        updateCount();
        QTimer::singleShot(0, m_scope.context(), [this] {
            m_loading = false;
            setBusy(false);
            if (m_limit->value() == 0 && !m_history.points.isEmpty()) // a starting point
                m_limit->setValue(m_history.suggestedLimit());
            m_chart->setPriceLimit(m_limit->value());
            m_chart->setSubject(m_type->currentText().trimmed(), regionId(), m_history.currency);
            m_limit->setPrefix(tr("Limit ") + ecs::currencySymbol(m_history.currency));
            // Loaded once the chart has all its lines (they go on one per event-loop turn).
            connect(
                m_chart, &SpotChart::shown, m_scope.context(), [this] { Q_EMIT loaded(); },
                Qt::SingleShotConnection);
            m_chart->setPrices(m_history.byZone, m_history.window.from, m_history.window.to);
            m_stats->showStats(m_history, m_limit->value());
        });
    });
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
    return m_chart->exportTitle(m_range->currentText());
}

void SpotPricePane::saveAs(const QString &title, const QString &filter, const QString &suffix,
    const std::function<bool(QIODevice *)> &write, const std::function<QString(QString)> &saved)
{
    auto *dialog = new QFileDialog(this, title, QString(), filter);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(suffix);
    dialog->selectFile(m_chart->exportFileName(suffix));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, write, saved](const QString &path) {
        QSaveFile file(path);
        const QString shown = QDir::toNativeSeparators(path);
        if (file.open(QIODevice::WriteOnly) && write(&file) && file.commit())
            confirm(this, saved(shown));
        else
            confirm(this, tr("Could not save %1: %2").arg(shown, file.errorString()));
    });
    dialog->open();
}

void SpotPricePane::exportCsv()
{
    saveAs(
        tr("Export spot prices"), tr("CSV files (*.csv)"), u"csv"_s,
        [this](QIODevice *file) { return file->write(m_points->toCsv()) >= 0; },
        [this](const QString &path) {
            return tr("Saved %n price change(s) to %1.", "", m_points->rowCount()).arg(path);
        });
}

void SpotPricePane::exportPng()
{
    // Titled, so that the picture says what it shows once it is out of the console.
    saveAs(
        tr("Export chart"), tr("PNG images (*.png)"), u"png"_s,
        [this](QIODevice *file) { return m_chart->exportImage(exportTitle()).save(file, "PNG"); },
        [](const QString &path) { return tr("Saved the chart to %1.").arg(path); });
}

} // namespace ecs::ui
