#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;

namespace ecs {
class EcsClient;
namespace ui {
class InstancesPane;
}
} // namespace ecs

/// `ecs-bench --fleet-probe URL`: the child process of the fleet_100k step, so that its peak
/// memory is the console's only. It loads every instance the simulator at URL has (per-region
/// endpoints) into one Instances pane (inventory + model + proxy + view, shown offscreen), then
/// types one key into its filter box, and prints one JSON line:
/// {"rows": …, "load_s": …, "rss_mb": … (VmHWM), "filter_ms": … (the keystroke), "keys_ms": […]}.
class FleetProbe : public QObject
{
    Q_OBJECT

public:
    explicit FleetProbe(QUrl url, QObject *parent = nullptr);
    ~FleetProbe() override;
    void start();

    /// Peak resident memory of this process (VmHWM), in MiB; -1 if unknown.
    static double peakRssMb();

private:
    void loaded();
    void typeNext();
    void finish();

    QUrl m_url;
    QNetworkAccessManager *m_network;
    ecs::EcsClient *m_client = nullptr;
    ecs::ui::InstancesPane *m_pane = nullptr;
    QElapsedTimer m_clock;
    double m_loadSeconds = 0;
    QList<double> m_keysMs;
    int m_typed = 0;
};
