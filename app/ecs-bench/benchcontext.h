#pragma once

#include <QJsonObject>
#include <QString>

#include <cstdio>
#include <functional>

/// What every step of ecs-bench shares: the figures so far and how to say what went wrong.
struct BenchContext
{
    /// The figures (the keys ecs-bench --json promises).
    QJsonObject figures;
    /// What explains them (counts, per-variant times, elapsed times): "details" in the JSON.
    QJsonObject details;
    bool traceStalls = false;
    /// Ends the run with exit code 1.
    std::function<void(const QString &)> fail;

    static void log(const QString &text)
    {
        std::fprintf(stderr, "%s\n", qPrintable(text));
        std::fflush(stderr);
    }
};

using Next = std::function<void()>;
