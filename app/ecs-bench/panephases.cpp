#include "panephases.h"

#include "models/instancesmodel.h"
#include "models/spotpointsmodel.h"
#include "panes/instancespane.h"
#include "panes/spotpricepane.h"
#include "stallmeter.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ecs;

namespace {

/// After loaded(): the pane paints what it was given, and what it deferred runs, before the
/// meter stops.
constexpr int kSettleMs = 100;
/// The region the all_regions phase starts from.
const QString kHomeRegion = u"cn-hangzhou"_s;

void logSlowest(const BenchContext &context, const StallMeter *stalls)
{
    if (!context.traceStalls)
        return;
    for (const TracingApplication::Slow &slow : stalls->slowest())
        BenchContext::log(
            u"    %1 ms  %2 to %3"_s.arg(slow.ms, 6, 'f', 1)
                .arg(QString::fromLatin1(slow.event), QString::fromLatin1(slow.receiver)));
}

} // namespace

void PanePhases::typeKey(QWidget *target, QChar c)
{
    const int key = c.isLetter() ? Qt::Key_A + (c.toLower().unicode() - u'a')
        : c.isDigit()            ? Qt::Key_0 + (c.unicode() - u'0')
        : c == u'-'              ? Qt::Key_Minus
                                 : Qt::Key_Space;
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, QString(c));
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, QString(c));
    QApplication::sendEvent(target, &press);
    QApplication::sendEvent(target, &release);
}

PanePhases::PanePhases(
    EcsClient *client, QStringList regions, BenchContext &context, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_regions(std::move(regions))
    , m_context(context)
{ }

PanePhases::~PanePhases()
{
    delete m_pane;
}

void PanePhases::record(const QString &phase, StallMeter *stalls, qint64 elapsedMs)
{
    m_context.figures.insert(phase + u"_max_stall_ms"_s, stalls->maxMs());
    m_context.figures.insert(phase + u"_p99_stall_ms"_s, stalls->percentileMs(0.99));
    m_context.details.insert(phase + u"_s"_s, elapsedMs / 1000.0);
    m_context.details.insert(phase + u"_stall_samples"_s, stalls->samples());
    BenchContext::log(u"  %1: %2 s, max stall %3 ms, p99 %4 ms"_s.arg(phase)
                          .arg(elapsedMs / 1000.0, 0, 'f', 3)
                          .arg(stalls->maxMs(), 0, 'f', 1)
                          .arg(stalls->percentileMs(0.99), 0, 'f', 1));
    logSlowest(m_context, stalls);
    stalls->deleteLater();
}

void PanePhases::measureLoad(
    const QString &phase, const std::function<void()> &trigger, const Next &next)
{
    auto *stalls = new StallMeter(this);
    auto clock = std::make_shared<QElapsedTimer>();
    connect(
        m_pane, &ui::ResourcePane::loaded, this,
        [=, this] {
            const qint64 elapsed = clock->elapsed();
            QTimer::singleShot(kSettleMs, this, [=, this] {
                stalls->stop();
                record(phase, stalls, elapsed);
                next();
            });
        },
        Qt::SingleShotConnection);
    stalls->start();
    clock->start();
    trigger();
}

void PanePhases::runInstances(Next next)
{
    BenchContext::log(u"instances pane: load, refresh, filter, all regions (%1 regions)…"_s.arg(
        m_regions.size()));
    m_pane = new ui::InstancesPane(m_client);
    m_pane->setPollIntervals(60'000, 3'600'000); // the bench measures loads, not polling
    m_pane->setAllRegions(m_regions);
    m_pane->resize(1200, 800);
    connect(m_pane, &ui::ResourcePane::loadFailed, this,
        [this](const ApiError &e) { m_context.fail(u"instances pane: "_s + e.toDisplayString()); });
    m_pane->show();
    load([this, next] { refresh([this, next] { filter([this, next] { allRegions(next); }); }); });
}

void PanePhases::load(const Next &next)
{
    // As the main window does: the pane is in a region when All regions is ticked. The region's
    // own load is cancelled at once by the wider one (latest wins), before any row arrives.
    measureLoad(
        u"load"_s,
        [this] {
            m_pane->setRegion(kHomeRegion);
            m_pane->setAllRegionsMode(true);
        },
        [this, next] {
            m_context.details.insert(u"load_rows"_s, m_pane->model()->rowCount());
            if (m_pane->model()->rowCount() < 10'000)
                return m_context.fail(
                    u"the Instances pane shows %1 instances"_s.arg(m_pane->model()->rowCount()));
            next();
        });
}

void PanePhases::refresh(const Next &next)
{
    measureLoad(
        u"refresh"_s, [this] { m_pane->refresh(); }, next);
}

void PanePhases::filter(const Next &next)
{
    QLineEdit *edit = m_pane->filterEdit();
    edit->setFocus(Qt::OtherFocusReason);
    auto *stalls = new StallMeter(this);
    auto clock = std::make_shared<QElapsedTimer>();
    auto typed = std::make_shared<int>(0);
    auto *keys = new QTimer(this);
    keys->setInterval(100);
    const QString text = QString::fromUtf16(kFilterText);
    connect(keys, &QTimer::timeout, this, [=, this] {
        if (*typed < text.size()) {
            typeKey(edit, text.at((*typed)++));
            return;
        }
        // 100 ms after the last key: the phase ends.
        keys->deleteLater();
        stalls->stop();
        const auto *view = m_pane->view();
        m_context.details.insert(u"filter_rows_shown"_s, view->model()->rowCount());
        record(u"filter"_s, stalls, clock->elapsed());
        if (edit->text() != text)
            return m_context.fail(u"the filter box says \"%1\""_s.arg(edit->text()));
        edit->clear();
        QTimer::singleShot(kSettleMs, this, next);
    });
    stalls->start();
    clock->start();
    typeKey(edit, text.at((*typed)++));
    keys->start();
}

void PanePhases::allRegions(const Next &next)
{
    // Back to one region: the other 26 regions' rows leave (one_region), then All regions again.
    measureLoad(
        u"one_region"_s, [this] { m_pane->setAllRegionsMode(false); },
        [this, next] {
            m_context.details.insert(u"home_region_rows"_s, m_pane->model()->rowCount());
            measureLoad(
                u"all_regions"_s, [this] { m_pane->setAllRegionsMode(true); },
                [this, next] {
                    delete std::exchange(m_pane, nullptr); // its timers stay out of later steps
                    next();
                });
        });
}

void PanePhases::runSpotChart(Next next)
{
    BenchContext::log(u"spot chart: 30 days × 6 zones of ecs.g7.large in cn-hangzhou…"_s);
    auto *pane = new ui::SpotPricePane(m_client);
    pane->setAttribute(Qt::WA_DeleteOnClose);
    for (QComboBox *combo : pane->findChildren<QComboBox *>())
        if (combo->accessibleName() == u"Range")
            combo->setCurrentIndex(combo->findData(30 * 24 * 3600));
    pane->setInstanceType(u"ecs.g7.large"_s);
    pane->resize(1200, 800);
    pane->show();
    auto *stalls = new StallMeter(this);
    auto clock = std::make_shared<QElapsedTimer>();
    connect(
        pane, &ui::ResourcePane::loaded, this,
        [=, this] {
            const qint64 elapsed = clock->elapsed();
            // Let the chart paint what it was given before the meter stops.
            QTimer::singleShot(kSettleMs, this, [=, this] {
                stalls->stop();
                m_context.details.insert(u"spot_points"_s, pane->pointsModel()->rowCount());
                record(u"spot_chart"_s, stalls, elapsed);
                pane->close();
                next();
            });
        },
        Qt::SingleShotConnection);
    connect(pane, &ui::ResourcePane::loadFailed, this,
        [this](const ApiError &e) { m_context.fail(u"spot chart: "_s + e.toDisplayString()); });
    stalls->start();
    clock->start();
    pane->setRegion(u"cn-hangzhou"_s);
}
