#include "calendarmodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace ecs::ui {

CalendarModel::CalendarModel(QObject *parent)
    : KeyedRowsModel(parent)
{ }

int CalendarModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CalendarModel::stateOf(const ecs::CalendarEvent &e)
{
    switch (e.kind) {
    case ecs::CalendarEventKind::Expiry:
        return e.autoRenew == ecs::AutoRenewState::On ? tr("Auto-renew on")
            : e.autoRenew == ecs::AutoRenewState::Off ? tr("Auto-renew off")
                                                      : tr("Auto-renew not known");
    case ecs::CalendarEventKind::AutoRelease:
        return tr("Released then");
    case ecs::CalendarEventKind::RecyclingLock:
        return tr("Recycling lock");
    case ecs::CalendarEventKind::Maintenance:
    case ecs::CalendarEventKind::Interruption:
    case ecs::CalendarEventKind::SystemEvent:
        break;
    }
    return ecs::LifecycleCalendar::stateText(e.state);
}

QVariant CalendarModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ecs::CalendarEvent &e = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhenColumn:
            return e.time.isValid() ? QLocale().toString(e.time.toLocalTime(), QLocale::ShortFormat)
                                    : tr("Not known");
        case KindColumn:
            return ecs::LifecycleCalendar::kindText(e.kind);
        case InstanceColumn:
            return e.instanceName.isEmpty() ? e.instanceId : e.instanceName;
        case RegionColumn:
            return e.regionId;
        case ProfileColumn:
            return e.profile;
        case StateColumn:
            return stateOf(e);
        }
        return {};
    case SortRole:
        if (index.column() == WhenColumn)
            return e.time;
        return data(index, Qt::DisplayRole);
    case SearchRole:
        return QStringList { e.instanceId, e.instanceName, e.regionId, e.profile,
            ecs::LifecycleCalendar::kindText(e.kind), e.eventType, e.eventId }
            .join(u' ');
    case KeyRole:
        return e.key();
    case KindRole:
        return int(e.kind);
    case ProfileRole:
        return e.profile;
    case RegionRole:
        return e.regionId;
    case DateRole:
        return e.time.toLocalTime().date();
    case Qt::ToolTipRole:
        if (index.column() == InstanceColumn)
            return e.instanceId;
        if (index.column() == KindColumn && !e.eventType.isEmpty())
            return e.eventType;
        if (index.column() == WhenColumn)
            return e.time.toString(Qt::ISODate);
        return {};
    }
    return {};
}

QVariant CalendarModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case KindColumn:
        return tr("Event");
    case InstanceColumn:
        return tr("Instance");
    case RegionColumn:
        return tr("Region");
    case ProfileColumn:
        return tr("Profile");
    case StateColumn:
        return tr("State");
    }
    return {};
}

void CalendarFilterProxy::setProfile(const QString &profile)
{
    m_profile = profile;
    invalidateFilter();
}

void CalendarFilterProxy::setRegion(const QString &regionId)
{
    m_region = regionId;
    invalidateFilter();
}

void CalendarFilterProxy::setKind(int kind)
{
    m_kind = kind;
    invalidateFilter();
}

void CalendarFilterProxy::setDay(const QDate &day)
{
    m_day = day;
    invalidateFilter();
}

bool CalendarFilterProxy::acceptsIgnoringDay(int sourceRow) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0);
    return (m_profile.isEmpty() || index.data(CalendarModel::ProfileRole).toString() == m_profile)
        && (m_region.isEmpty() || index.data(CalendarModel::RegionRole).toString() == m_region)
        && (m_kind < 0 || index.data(CalendarModel::KindRole).toInt() == m_kind);
}

QList<ecs::CalendarEvent> CalendarFilterProxy::eventsIgnoringDay() const
{
    QList<ecs::CalendarEvent> out;
    const auto *model = qobject_cast<const CalendarModel *>(sourceModel());
    if (!model)
        return out;
    for (int row = 0; row < model->rowCount(); ++row)
        if (acceptsIgnoringDay(row) && QSortFilterProxyModel::filterAcceptsRow(row, {}))
            out.append(model->rowAt(row));
    return out;
}

bool CalendarFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !acceptsIgnoringDay(sourceRow)
        || !QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent))
        return false;
    return !m_day.isValid()
        || sourceModel()->index(sourceRow, 0).data(CalendarModel::DateRole).toDate() == m_day;
}

QHash<QDate, int> CalendarFilterProxy::countsPerDay() const
{
    QHash<QDate, int> counts;
    if (!sourceModel())
        return counts;
    for (int row = 0; row < sourceModel()->rowCount(); ++row)
        if (acceptsIgnoringDay(row))
            ++counts[sourceModel()->index(row, 0).data(CalendarModel::DateRole).toDate()];
    return counts;
}

} // namespace ecs::ui
