#pragma once

#include "calendar/lifecyclecalendar.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace ecs::ui {

/// A week as an agenda (the Calendar pane's week view): its seven days, Monday first, each with
/// its events under it in time order ("09:30  Subscription expires  web-1"). Previous / next /
/// this week by button or Ctrl+PgUp / Ctrl+PgDown / Ctrl+Home. Updated in place: a refresh never
/// rebuilds the rows under the pointer.
class EventWeek : public QWidget
{
    Q_OBJECT

public:
    explicit EventWeek(QWidget *parent = nullptr);

    /// The events to show (those of any day: the week picks its own).
    void setEvents(const QList<ecs::CalendarEvent> &events);
    /// Shows the week `day` falls in.
    void showWeekOf(const QDate &day);
    QDate firstDay() const { return m_first; }
    QTreeWidget *agenda() const { return m_agenda; }
    /// The events listed under `day` (0 when the day is not in the shown week).
    int countOn(const QDate &day) const;

Q_SIGNALS:
    /// A day was activated (clicked, or Enter on it).
    void dayActivated(const QDate &day);
    /// An event was activated: its CalendarEvent::key().
    void eventActivated(const QString &key);

private:
    void rebuild();
    void syncDay(QTreeWidgetItem *dayItem, const QDate &day);

    QDate m_first;
    QList<ecs::CalendarEvent> m_events;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_today;
    QLabel *m_title;
    QTreeWidget *m_agenda;
};

} // namespace ecs::ui
