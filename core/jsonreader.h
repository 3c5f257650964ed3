#pragma once

#include "apierror.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <initializer_list>

namespace ecs {

/// Reads wire JSON leniently where the service is lenient (absent lists, numbers sent as strings)
/// and records the first real type error with its path, which becomes a Malformed ApiError.
class JsonReader
{
public:
    /// The array at `path` ("Regions", "Region"); an absent path is an empty list.
    QJsonArray array(const QJsonObject &object, std::initializer_list<QLatin1StringView> path);
    /// Like array(), for lists of plain strings (InstanceIdSets.InstanceIdSet).
    QStringList strings(const QJsonObject &object, std::initializer_list<QLatin1StringView> path);
    QJsonObject object(const QJsonObject &object, QLatin1StringView key);

    QString string(const QJsonObject &object, QLatin1StringView key);
    qint64 integer(const QJsonObject &object, QLatin1StringView key, qint64 fallback = 0);
    /// Like integer(), for values kept in an int: anything beyond its range is a type error.
    int int32(const QJsonObject &object, QLatin1StringView key, int fallback = 0);
    double number(const QJsonObject &object, QLatin1StringView key, double fallback = 0);
    bool boolean(const QJsonObject &object, QLatin1StringView key, bool fallback = false);

    /// Element `index` of an array, which must be an object.
    QJsonObject objectAt(const QJsonArray &array, qsizetype index, QLatin1StringView what);

    bool ok() const { return m_error.isEmpty(); }
    /// The Malformed error describing the first problem found.
    ApiError error() const;
    /// `value` when everything read so far was well formed, else the first problem.
    template<typename T> Result<T> result(T value) const
    {
        if (!ok())
            return error();
        return value;
    }

private:
    Q_DECLARE_TR_FUNCTIONS(ecs::JsonReader)

    void fail(const QString &what);
    QString m_error;
};

} // namespace ecs
