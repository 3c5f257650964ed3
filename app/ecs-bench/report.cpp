// The bench's summary: figures derived from what ran, and the table of targets met or missed.
#include "report.h"

#include <QList>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

void addDerivedFigures(QJsonObject &results, double stallMax, double stallP99)
{
    // The summary figures, from what ran (--only may have left some steps out).
    const auto has = [&results](const QString &key) { return results.contains(key); };
    if (has(u"instances_max_stall_ms"_s) || has(u"spot_max_stall_ms"_s)) {
        results.insert(u"max_stall_ms"_s, stallMax);
        results.insert(u"p99_stall_ms"_s, stallP99);
    }
    if (has(u"inventory_s"_s) && has(u"inventory_node_sequential_s"_s)) {
        const double sequential = results.value(u"inventory_node_sequential_s"_s).toDouble();
        const double ours = results.value(u"inventory_s"_s).toDouble();
        results.insert(u"inventory_speedup_vs_node_sequential"_s, ours > 0 ? sequential / ours : 0);
    }
    for (const QString &suffix : { u""_s, u"_tls"_s }) {
        if (!has(u"client_rps"_s + suffix) || !has(u"node_rps"_s + suffix))
            continue;
        const double nodeRps = results.value(u"node_rps"_s + suffix).toDouble();
        results.insert(u"client_rps_ratio"_s + suffix,
            nodeRps > 0 ? results.value(u"client_rps"_s + suffix).toDouble() / nodeRps : 0);
    }
}

QJsonObject printTable(const QJsonObject &results)
{
    struct Target
    {
        QString key;
        QString rule;
        bool met;
    };
    const auto v = [&results](const QString &key) { return results.value(key).toDouble(); };
    const QList<Target> targets = {
        { u"inventory_s"_s, u"≤ 1.5"_s, v(u"inventory_s"_s) <= 1.5 },
        { u"inventory_speedup_vs_node_sequential"_s, u"≥ 5"_s,
            v(u"inventory_speedup_vs_node_sequential"_s) >= 5 },
        { u"max_stall_ms"_s, u"≤ 50"_s, v(u"max_stall_ms"_s) <= 50 },
        { u"p99_stall_ms"_s, u"≤ 16"_s, v(u"p99_stall_ms"_s) <= 16 },
        { u"rss_mb"_s, u"≤ 200"_s, v(u"rss_mb"_s) <= 200 },
        { u"client_rps_ratio"_s, u"≥ 2"_s, v(u"client_rps_ratio"_s) >= 2 },
        { u"cold_start_s"_s, u"≤ 0.5"_s, v(u"cold_start_s"_s) <= 0.5 },
        { u"soak_duplicates"_s, u"= 0"_s, v(u"soak_duplicates"_s) == 0 },
        { u"soak_lost"_s, u"= 0"_s, v(u"soak_lost"_s) == 0 },
        { u"soak_unfinished"_s, u"= 0"_s, v(u"soak_unfinished"_s) == 0 },
        { u"soak_unusable_answers"_s, u"= 0"_s, v(u"soak_unusable_answers"_s) == 0 },
    };
    QJsonObject met;
    std::printf("\n%-40s %14s  %-8s %s\n", "figure", "value", "target", "");
    for (auto it = results.constBegin(); it != results.constEnd(); ++it) {
        const auto target = std::find_if(
            targets.cbegin(), targets.cend(), [&](const Target &t) { return t.key == it.key(); });
        const bool hasTarget = target != targets.cend();
        std::printf("%-40s %14.3f  %-8s %s\n", qPrintable(it.key()), it.value().toDouble(),
            hasTarget ? qPrintable(target->rule) : "",
            hasTarget ? (target->met ? "met" : "MISSED") : "");
        if (hasTarget)
            met.insert(it.key(), target->met);
    }
    std::fflush(stdout);
    return met;
}
