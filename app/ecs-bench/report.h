#pragma once

#include <QJsonObject>

/// Adds the figures derived from what ran (--only may have left some steps out): the overall
/// stalls, the inventory speed-up against the sequential SDK, the request-rate ratios.
void addDerivedFigures(QJsonObject &results, double stallMax, double stallP99);

/// Prints every figure with its target, met or MISSED; returns which targets were met.
QJsonObject printTable(const QJsonObject &results);
