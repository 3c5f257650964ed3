#include "monitorchart.h"

#include "background.h"

#include "charts/downsample.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace ecs::ui {

MonitorChart::MonitorChart(ecs::EcsClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_range(new QComboBox(this))
    , m_metric(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_view(new QChartView(new QChart, this)) // not setChart() later: it drops the default one
    , m_first(new QLineSeries(this))
    , m_second(new QLineSeries(this))
    , m_time(new QDateTimeAxis(this))
    , m_values(new QValueAxis(this))
    , m_scope(this)
{
    setObjectName(u"monitorChart"_s);
    setAccessibleName(tr("Monitoring"));
    m_range->setObjectName(u"monitorRange"_s);
    m_range->setAccessibleName(tr("Monitoring range"));
    m_range->addItem(tr("Last hour"), int(ecs::MonitorRange::LastHour));
    m_range->addItem(tr("Last day"), int(ecs::MonitorRange::LastDay));
    m_range->addItem(tr("Last 7 days"), int(ecs::MonitorRange::LastWeek));
    m_metric->setObjectName(u"monitorMetric"_s);
    m_metric->setAccessibleName(tr("Metric"));
    m_metric->addItem(tr("CPU"), int(Metric::Cpu));
    m_metric->addItem(tr("Network in/out"), int(Metric::Network));
    m_metric->addItem(tr("Disk read/write"), int(Metric::Disk));
    m_view->setAccessibleName(tr("Monitoring chart"));
    m_view->viewport()->setAccessibleName(tr("Monitoring chart area"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(fontMetrics().lineSpacing() * 10);

    QChart *chart = m_view->chart();
    // Until the first answer, the last hour (not the epoch the axis starts at).
    const QDateTime now = QDateTime::currentDateTime();
    m_time->setFormat(QLocale().timeFormat(QLocale::ShortFormat));
    m_time->setRange(now.addSecs(-3600), now);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->addSeries(m_first);
    chart->addSeries(m_second);
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_values, Qt::AlignLeft);
    for (QLineSeries *series : { m_first, m_second }) {
        series->attachAxis(m_time);
        series->attachAxis(m_values);
    }

    auto *controls = new QHBoxLayout;
    auto *rangeLabel = new QLabel(tr("&Range:"), this);
    rangeLabel->setBuddy(m_range);
    auto *metricLabel = new QLabel(tr("M&etric:"), this);
    metricLabel->setBuddy(m_metric);
    controls->addWidget(rangeLabel);
    controls->addWidget(m_range);
    controls->addWidget(metricLabel);
    controls->addWidget(m_metric);
    controls->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_view, 1);

    connect(m_range, &QComboBox::activated, this, &MonitorChart::reload);
    connect(m_metric, &QComboBox::activated, this, [this] {
        if (!m_series)
            return reload();
        present(build(*m_series, Metric(m_metric->currentData().toInt())), m_from, m_to);
    });
    setInstance({});
}

void MonitorChart::setInstance(const QString &instanceId)
{
    if (instanceId == m_instanceId && !instanceId.isEmpty())
        return;
    m_instanceId = instanceId;
    reload();
}

void MonitorChart::setInstance(ecs::EcsClient *client, const QString &instanceId)
{
    if (!client)
        return setInstance(QString()); // the profile has no client (it could not be opened)
    if (client != m_client) {
        m_client = client;
        m_instanceId.clear(); // another account: a new question even for the same id
    }
    setInstance(instanceId);
}

void MonitorChart::reload()
{
    m_scope.renew();
    m_series.reset();
    if (m_instanceId.isEmpty()) {
        m_first->clear();
        m_second->clear();
        m_status->setText(tr("Select one instance to see its monitoring."));
        return;
    }
    m_status->setText(tr("Reading the monitoring data…"));
    load(m_instanceId, ecs::MonitorRange(m_range->currentData().toInt()));
}

QCoro::Task<> MonitorChart::load(QString instanceId, ecs::MonitorRange range)
{
    const QDateTime to = QDateTime::currentDateTimeUtc();
    const QDateTime from = to.addSecs(-ecs::monitorRangeSeconds(range));
    auto series = co_await ecs::fetchMonitorData(m_scope, m_client, instanceId, from, to);
    if (series.cancelled())
        co_return;
    if (!series.ok()) {
        m_first->clear();
        m_second->clear();
        m_status->setText(series.error().toDisplayString());
        Q_EMIT shown();
        co_return;
    }
    m_series = series.value();
    m_from = from;
    m_to = to;
    // Built off the GUI thread; the watcher lives with the question, so a newer one drops it.
    auto *watcher = new QFutureWatcher<Built>(m_scope.context());
    connect(watcher, &QFutureWatcher<Built>::finished, watcher, [this, watcher, from, to] {
        present(watcher->result(), from, to);
        watcher->deleteLater();
    });
    watcher->setFuture(ecs::runInBackground(
        &MonitorChart::build, series.value(), Metric(m_metric->currentData().toInt())));
}

MonitorChart::Built MonitorChart::build(const ecs::MonitorSeries &series, Metric metric)
{
    Built built;
    for (const ecs::MonitorPoint &p : series.points) {
        const double x = double(p.timestamp.toMSecsSinceEpoch());
        const auto [a, b] = metric == Metric::Cpu ? std::pair(p.cpu, ecs::MonitorPoint::kMissing)
            : metric == Metric::Network           ? std::pair(p.internetRx, p.internetTx)
                                                  : std::pair(p.bpsRead / 1024, p.bpsWrite / 1024);
        if (!std::isnan(a)) {
            built.first.append({ x, a });
            built.high = std::max(built.high, a);
        }
        if (!std::isnan(b)) {
            built.second.append({ x, b });
            built.high = std::max(built.high, b);
        }
    }
    constexpr int kBuckets = 600; // more points than a panel has pixels gain nothing
    built.first = downsampleMinMax(built.first, kBuckets);
    built.second = downsampleMinMax(built.second, kBuckets);
    return built;
}

int MonitorChart::valueIntervals() const
{
    // Qt Charts elides value labels that overlap ("…" at 1024x640): as many intervals as the
    // plot has room for, two line heights each, between one and three.
    const int room = int(m_view->chart()->plotArea().height());
    if (room <= 0)
        return 3; // not laid out yet
    return std::clamp(room / (2 * fontMetrics().lineSpacing()), 1, 3);
}

void MonitorChart::present(const Built &built, const QDateTime &from, const QDateTime &to)
{
    const Metric metric = Metric(m_metric->currentData().toInt());
    m_first->setName(metric == Metric::Cpu ? tr("CPU (%)")
            : metric == Metric::Network    ? tr("Internet in (kbit)")
                                           : tr("Disk read (KiB/s)"));
    m_second->setName(
        metric == Metric::Network ? tr("Internet out (kbit)") : tr("Disk write (KiB/s)"));
    m_second->setVisible(metric != Metric::Cpu);
    // One series needs no legend (the Metric box names it); its room goes to the value labels.
    m_view->chart()->legend()->setVisible(metric != Metric::Cpu);
    m_first->replace(built.first);
    m_second->replace(built.second);
    const bool week = from.secsTo(to) > 2 * 86400;
    m_time->setFormat(week ? QLocale().dateFormat(QLocale::ShortFormat)
                           : QLocale().timeFormat(QLocale::ShortFormat));
    m_time->setRange(from.toLocalTime(), to.toLocalTime());
    const NiceScale scale
        = niceScale(metric == Metric::Cpu ? std::max(built.high, 10.0) : std::max(built.high, 1.0),
            valueIntervals());
    m_values->setRange(0, scale.top);
    m_values->setTickCount(scale.intervals + 1);
    m_values->setLabelFormat(u"%.%1f"_s.arg(scale.decimals));
    m_status->setText(built.first.isEmpty()
            ? tr("No monitoring data in this range (a stopped instance sends none).")
            : QString());
    Q_EMIT shown();
}

int MonitorChart::pointCount() const
{
    return int(m_first->count() + (m_second->isVisible() ? m_second->count() : 0));
}

QString MonitorChart::statusText() const
{
    return m_status->text();
}

} // namespace ecs::ui
