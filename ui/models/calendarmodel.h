#pragma once

#include "calendar/lifecyclecalendar.h"
#include "keyedrowsmodel.h"
#include "modelroles.h"

#include <QDate>
#include <QSortFilterProxyModel>

namespace ecs::ui {

/// The calendar's events as rows, keyed by CalendarEvent::key(): a refresh merges in place.
class CalendarModel : public KeyedRowsModel<ecs::CalendarEvent>
{
    Q_OBJECT

public:
    enum Column {
        WhenColumn,
        KindColumn,
        InstanceColumn,
        RegionColumn,
        ProfileColumn,
        StateColumn,
        ColumnCount
    };
    enum Role {
        KindRole = SearchRole + 1, ///< int(CalendarEventKind)
        ProfileRole,
        RegionRole,
        DateRole, ///< the local date of the event
    };

    explicit CalendarModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// "On", "Off", "Scheduled"… for the State column.
    static QString stateOf(const ecs::CalendarEvent &event);
    /// The first cell of the event with `key`, or an invalid index.
    QModelIndex indexOfKey(const QString &key) const
    {
        const int row = rowOf(key);
        return row < 0 ? QModelIndex() : index(row, 0);
    }

protected:
    QString keyOf(const ecs::CalendarEvent &event) const override { return event.key(); }
};

/// Filters the calendar by profile, region and kind (empty / -1: all), and by the day picked in
/// the month view (an invalid date: every day). Sorted by SortRole.
class CalendarFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setProfile(const QString &profile);
    void setRegion(const QString &regionId);
    void setKind(int kind);
    void setDay(const QDate &day);
    QDate day() const { return m_day; }
    /// Events per local date among the rows the profile, region and kind filters let through.
    QHash<QDate, int> countsPerDay() const;
    /// The events the profile, region, kind and text filters let through, on any day.
    QList<ecs::CalendarEvent> eventsIgnoringDay() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool acceptsIgnoringDay(int sourceRow) const;
    QString m_profile;
    QString m_region;
    int m_kind = -1;
    QDate m_day;
};

} // namespace ecs::ui
