#pragma once

#include "calendar/calendarwatch.h"
#include "resourcepane.h"

#include <QPointer>

class QComboBox;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace ecs::ui {

class CalendarModel;
class CalendarFilterProxy;
class EventMonth;
class EventWeek;
class Notifier;
class OperationsModel;

/// What happens to the instances while nobody looks: expiries, automatic releases, reclaims,
/// maintenance, across the profiles in scope, as a month view (events per day), a week agenda
/// and a list, filtered by profile, region and kind. Batch actions renew what is due (after
/// showing the price), turn auto-renew on, move an automatic release: one operation per
/// profile × region. New events worth knowing raise a desktop notification, once each. What it
/// watches and does is ecs::CalendarWatch's; the pane shows it.
class CalendarPane : public ResourcePane
{
    Q_OBJECT

public:
    CalendarPane(ecs::EcsClient *client, const QString &profileName, QWidget *parent = nullptr);
    ~CalendarPane() override;

    /// Every region the own profile has (each other profile lists its own).
    void setAllRegions(const QStringList &regionIds) { m_watch->setOwnRegions(regionIds); }
    /// The profiles of `scope` (the Instances pane's) are watched too, each on its own client.
    void followScope(ecs::FleetScope *scope) { m_watch->followScope(scope); }
    void setOperations(OperationsModel *operations) { m_operations = operations; }
    void setNotifier(Notifier *notifier) { m_notifier = notifier; }
    void setReadOnly(bool readOnly)
    {
        m_readOnly = readOnly;
        updateActions();
    }

    ecs::CalendarWatch *watch() const { return m_watch; }
    ecs::LifecycleCalendar *calendar() const { return m_watch->calendar(); }
    ecs::CalendarAlerts &alerts() { return m_watch->alerts(); }
    CalendarModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QTabWidget *views() const { return m_views; }
    EventMonth *monthView() const { return m_month; }
    EventWeek *weekView() const { return m_week; }
    QPushButton *renewButton() const { return m_renew; }
    QPushButton *autoRenewButton() const { return m_autoRenew; }
    QPushButton *moveReleaseButton() const { return m_moveRelease; }
    QSpinBox *noticeDays() const { return m_noticeDays; }
    /// The dialog a batch action opened, while it is open (tests drive it).
    QDialog *openDialog() const { return m_dialog; }
    /// The inventories' status and full refresh intervals (tests shorten them).
    void setPollIntervals(int statusMs, int fullMs) { m_watch->setPollIntervals(statusMs, fullMs); }

public Q_SLOTS:
    void refresh() override;

protected:
    void cancelAll() override { m_watch->cancel(); }

private:
    void buildControls();
    void calendarChanged();
    void loadingChanged();
    void filtersChanged();
    void raiseAlerts();
    void updateFilters();
    void updateActions();
    void selectEvent(const QString &key);
    void openRenewDue();
    void openAutoRenew();
    void openMoveRelease();
    void submit(const QList<ecs::Operation *> &operations);
    std::optional<ecs::CalendarEvent> selectedEvent() const;

    ecs::CalendarWatch *m_watch;
    CalendarModel *m_model;
    CalendarFilterProxy *m_proxy;
    QTableView *m_view;
    QTabWidget *m_views;
    EventMonth *m_month;
    EventWeek *m_week;
    QComboBox *m_profile;
    QComboBox *m_region;
    QComboBox *m_kind;
    QSpinBox *m_noticeDays;
    QPushButton *m_renew;
    QPushButton *m_autoRenew;
    QPushButton *m_moveRelease;
    QPointer<OperationsModel> m_operations;
    QPointer<Notifier> m_notifier;
    QPointer<QDialog> m_dialog;
    bool m_readOnly = false;
};

} // namespace ecs::ui
