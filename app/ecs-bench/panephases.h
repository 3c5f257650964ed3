#pragma once

#include "benchcontext.h"

#include <QObject>
#include <QStringList>

class QWidget;
class StallMeter;

namespace ecs {
class EcsClient;
namespace ui {
class InstancesPane;
}
} // namespace ecs

/// The GUI phases, each with the GUI thread's stalls measured during it only (a 1 ms heartbeat
/// timer's lateness, StallMeter): `load` (the first 10,000 instances into the real Instances pane,
/// shown offscreen), `refresh` (the same again), `filter` (10 characters typed into its filter
/// box, one key event every 100 ms), `all_regions` (from one region to All regions), and
/// `spot_chart` (the Spot prices pane's chart, 30 days × 6 zones). Figures:
/// `<phase>_max_stall_ms` and `<phase>_p99_stall_ms`.
class PanePhases : public QObject
{
    Q_OBJECT

public:
    PanePhases(ecs::EcsClient *client, QStringList regions, BenchContext &context,
        QObject *parent = nullptr);
    ~PanePhases() override;

    /// The Instances pane phases: load, refresh, filter, all_regions.
    void runInstances(Next next);
    /// The Spot prices pane's chart.
    void runSpotChart(Next next);

    /// The text typed in the filter phase: it narrows the 10,000 rows a little with every key.
    static constexpr char16_t kFilterText[] = u"web-prod-0";
    /// One key typed as a person does: press and release, delivered as QTest::keyClick does.
    static void typeKey(QWidget *target, QChar c);

private:
    void load(const Next &next);
    void refresh(const Next &next);
    void filter(const Next &next);
    void allRegions(const Next &next);
    /// Starts the meter, calls `trigger`, and once the pane says loaded (plus a frame to paint
    /// what it got) stops the meter and records the phase.
    void measureLoad(const QString &phase, const std::function<void()> &trigger, const Next &next);
    void record(const QString &phase, StallMeter *stalls, qint64 elapsedMs);

    ecs::EcsClient *m_client;
    QStringList m_regions;
    BenchContext &m_context;
    ecs::ui::InstancesPane *m_pane = nullptr;
};
