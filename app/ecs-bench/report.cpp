// The bench's summary: the targets of issue 14, met or missed, and by how much.
#include "report.h"

#include <QList>
#include <QStringList>

#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

struct Target
{
    QString name;
    QString figure;
    QString rule; ///< "≤" or "="
    double limit = 0;
    QString reference; ///< the figure the limit is, when it is not a constant
};

QList<Target> targetsOf(const QJsonObject &figures)
{
    QList<Target> targets = {
        { u"inventory_s"_s, u"inventory_s"_s, u"≤"_s, 0.5, {} },
        { u"inventory_s_vs_node_parallel"_s, u"inventory_s"_s, u"≤"_s, 0,
            u"inventory_node_parallel_s"_s },
    };
    for (const QString &phase : { u"load"_s, u"refresh"_s, u"filter"_s, u"one_region"_s,
             u"all_regions"_s, u"spot_chart"_s }) {
        targets.append({ phase + u"_max_stall_ms"_s, phase + u"_max_stall_ms"_s, u"≤"_s, 25, {} });
        targets.append({ phase + u"_p99_stall_ms"_s, phase + u"_p99_stall_ms"_s, u"≤"_s, 8, {} });
    }
    targets.append({ u"fleet_100k_rss_mb"_s, u"fleet_100k_rss_mb"_s, u"≤"_s, 600, {} });
    targets.append({ u"fleet_100k_filter_ms"_s, u"fleet_100k_filter_ms"_s, u"≤"_s, 50, {} });
    targets.append({ u"client_cpu_us_per_request"_s, u"client_cpu_us_per_request"_s, u"≤"_s, 0,
        u"node_cpu_us_per_request"_s });
    targets.append({ u"cold_start_s"_s, u"cold_start_s"_s, u"≤"_s, 0.3, {} });
    targets.append({ u"soak_duplicates"_s, u"soak_duplicates"_s, u"="_s, 0, {} });
    targets.append({ u"soak_lost"_s, u"soak_lost"_s, u"="_s, 0, {} });
    QList<Target> judged;
    for (Target t : targets) {
        if (!figures.contains(t.figure))
            continue;
        if (!t.reference.isEmpty()) {
            if (!figures.contains(t.reference))
                continue;
            t.limit = figures.value(t.reference).toDouble();
        }
        judged.append(t);
    }
    return judged;
}

/// The order of the table: the issue's.
const QStringList kFigureOrder = {
    u"inventory_s"_s,
    u"inventory_node_parallel_s"_s,
    u"inventory_node_sequential_s"_s,
    u"load_max_stall_ms"_s,
    u"load_p99_stall_ms"_s,
    u"refresh_max_stall_ms"_s,
    u"refresh_p99_stall_ms"_s,
    u"filter_max_stall_ms"_s,
    u"filter_p99_stall_ms"_s,
    u"one_region_max_stall_ms"_s,
    u"one_region_p99_stall_ms"_s,
    u"all_regions_max_stall_ms"_s,
    u"all_regions_p99_stall_ms"_s,
    u"spot_chart_max_stall_ms"_s,
    u"spot_chart_p99_stall_ms"_s,
    u"fleet_100k_rss_mb"_s,
    u"fleet_100k_filter_ms"_s,
    u"client_cpu_us_per_request"_s,
    u"node_cpu_us_per_request"_s,
    u"cold_start_s"_s,
    u"soak_duplicates"_s,
    u"soak_lost"_s,
};

} // namespace

Report evaluate(const QJsonObject &figures)
{
    Report report;
    for (const Target &t : targetsOf(figures)) {
        const double value = figures.value(t.figure).toDouble();
        const bool met = t.rule == u"=" ? value == t.limit : value <= t.limit;
        QJsonObject target { { u"figure"_s, t.figure }, { u"rule"_s, t.rule },
            { u"limit"_s, t.limit } };
        if (!t.reference.isEmpty())
            target.insert(u"reference"_s, t.reference);
        if (t.rule == u"≤" && t.limit > 0)
            target.insert(u"margin_pct"_s, (t.limit - value) / t.limit * 100);
        report.targets.insert(t.name, target);
        report.met.insert(t.name, met);
    }
    return report;
}

void printTable(const QJsonObject &figures, const Report &report)
{
    std::printf("\n%-30s %10s   %-36s %-7s %s\n", "figure", "value", "target", "", "margin");
    for (const QString &key : kFigureOrder) {
        if (!figures.contains(key))
            continue;
        const double value = figures.value(key).toDouble();
        bool printedValue = false;
        // A figure may have several targets (inventory_s: a constant and the SDK's time).
        for (auto it = report.targets.constBegin(); it != report.targets.constEnd(); ++it) {
            const QJsonObject t = it.value().toObject();
            if (t.value(u"figure"_s).toString() != key)
                continue;
            QString rule = t.value(u"rule"_s).toString() + u' '
                + QString::number(t.value(u"limit"_s).toDouble(), 'g', 4);
            if (t.contains(u"reference"_s))
                rule += u" (%1)"_s.arg(t.value(u"reference"_s).toString());
            const QString margin = t.contains(u"margin_pct"_s)
                ? u"%1%"_s.arg(t.value(u"margin_pct"_s).toDouble(), 0, 'f', 0)
                : u"-"_s;
            std::printf("%-30s %10s   %-36s %-7s %s\n", printedValue ? "" : qPrintable(key),
                printedValue ? "" : qPrintable(QString::number(value, 'f', 3)), qPrintable(rule),
                report.met.value(it.key()).toBool() ? "met" : "MISSED", qPrintable(margin));
            printedValue = true;
        }
        if (!printedValue)
            std::printf("%-30s %10.3f   %-36s\n", qPrintable(key), value, "(reference)");
    }
    int met = 0;
    for (const QJsonValue &v : report.met)
        met += v.toBool();
    std::printf("\n%d of %d targets met\n", met, int(report.met.size()));
    std::fflush(stdout);
}
