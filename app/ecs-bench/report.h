#pragma once

#include <QJsonObject>

/// The targets of issue 14 judged against the figures of a run: what ran is judged, what did not
/// run is left out.
struct Report
{
    /// Target name → {"figure", "rule" ("≤" or "="), "limit", "reference" (the figure the limit
    /// comes from, when it is another measurement), "margin_pct" (how far inside the limit, as a
    /// share of it; negative when missed)}.
    QJsonObject targets;
    /// Target name → met.
    QJsonObject met;
};

Report evaluate(const QJsonObject &figures);

/// Prints every figure, and each target with its limit, met or MISSED and the margin.
void printTable(const QJsonObject &figures, const Report &report);
