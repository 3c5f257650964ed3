#pragma once

#include "callscope.h"
#include "insight/monitordata.h"

#include <QCoro/QCoroTask>
#include <QPointF>
#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace ecs::ui {

/// The selected instance's monitoring (DescribeInstanceMonitorData) as a chart: CPU, network in
/// and out, or disk read and write, over the last hour, day or week. The series are built off the
/// GUI thread and handed to the chart in one replace(); a newer choice drops an older answer.
class MonitorChart : public QWidget
{
    Q_OBJECT

public:
    enum class Metric { Cpu, Network, Disk };

    explicit MonitorChart(ecs::EcsClient *client, QWidget *parent = nullptr);

    /// The instance to chart; empty clears the chart and cancels what was asked.
    void setInstance(const QString &instanceId);
    /// The same, for an instance of another profile: asked through that profile's client.
    void setInstance(ecs::EcsClient *client, const QString &instanceId);
    QString instanceId() const { return m_instanceId; }
    QComboBox *rangeCombo() const { return m_range; }
    QComboBox *metricCombo() const { return m_metric; }
    QChartView *view() const { return m_view; }
    /// Points drawn in the first and second series.
    int pointCount() const;
    QString statusText() const;

    /// Two series of (ms since epoch, value) for `metric`; missing values are left out.
    struct Built
    {
        QList<QPointF> first;
        QList<QPointF> second;
        double high = 0;
    };
    static Built build(const ecs::MonitorSeries &series, Metric metric);

Q_SIGNALS:
    /// A chart is on screen (or the answer said why not).
    void shown();

private:
    void reload();
    QCoro::Task<> load(QString instanceId, ecs::MonitorRange range);
    void present(const Built &built, const QDateTime &from, const QDateTime &to);
    int valueIntervals() const;

    ecs::EcsClient *m_client;
    QString m_instanceId;
    QComboBox *m_range;
    QComboBox *m_metric;
    QLabel *m_status;
    QChartView *m_view;
    QLineSeries *m_first;
    QLineSeries *m_second;
    QDateTimeAxis *m_time;
    QValueAxis *m_values;
    ecs::CallScope m_scope;
    std::optional<ecs::MonitorSeries> m_series; ///< the last answer, kept for metric switches
    QDateTime m_from;
    QDateTime m_to;
};

} // namespace ecs::ui
