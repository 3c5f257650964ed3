#pragma once

#include "simerror.h"
#include "simrequest.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace ecs::sim {

/// Typed reads of an operation's wire parameters with the service's validation: the first
/// problem is kept as the error (MissingParameter, InvalidParameter) and later reads still return
/// defaults, so that a handler can read everything and then check ok() once. Unknown parameters
/// are ignored, as the service does.
class SimParams
{
public:
    explicit SimParams(const SimRequest &request)
        : m_params(request.params)
    { }

    bool ok() const { return !m_error.isError(); }
    const SimError &error() const { return m_error; }
    void fail(const SimError &error);

    bool has(const QString &name) const { return m_params.contains(name); }
    QString string(const QString &name, const QString &fallback = {}) const;
    QString required(const QString &name);
    /// One of `allowed` (compared case-sensitively, as the service does), else InvalidParameter.
    QString oneOf(const QString &name, const QStringList &allowed, const QString &fallback = {});
    qint64 integer(const QString &name, qint64 fallback, qint64 min, qint64 max);
    double number(const QString &name, double fallback, double min, double max);
    bool boolean(const QString &name, bool fallback);
    /// yyyy-MM-ddTHH:mm:ssZ or yyyy-MM-ddTHH:mmZ; invalid QDateTime when absent.
    QDateTime time(const QString &name);
    /// The service's time formats; invalid when `text` is neither.
    static QDateTime parseTime(const QString &text);

    /// `Name.1`, `Name.2`, … until the first gap.
    QStringList repeatList(const QString &name, int maxItems = 100);
    /// `Name=["a","b"]`.
    QStringList jsonList(const QString &name, int maxItems = 100);
    /// `Name=a,b`.
    QStringList commaList(const QString &name) const;
    /// `Name.N.Field=…` as one ParamMap per N (keys are the Field part).
    QList<ParamMap> structList(const QString &name, int maxItems = 100);
    /// `Tag.N.Key` / `Tag.N.Value`.
    QList<std::pair<QString, QString>> tags(int maxItems = 20);

private:
    const ParamMap &m_params;
    SimError m_error;
};

} // namespace ecs::sim
