#pragma once

#include "calendar/calendaralerts.h"
#include "calendar/lifecyclecalendar.h"
#include "lifecycle/plans.h"
#include "resourcepane.h"

#include <QPointer>

class QComboBox;
class QPushButton;
class QSpinBox;
class QTableView;

namespace ecs {
class InstanceInventory;
}

namespace ecs::ui {

class CalendarModel;
class CalendarFilterProxy;
class EventMonth;
class Notifier;
class OperationsModel;

/// What happens to the instances while nobody looks: expiries, automatic releases, reclaims,
/// maintenance, as a month view (events per day) and a list, filtered by profile, region and
/// kind. Batch actions renew what is due (after showing the price), turn auto-renew on, move an
/// automatic release. New events worth knowing raise a desktop notification, once each.
class CalendarPane : public ResourcePane
{
    Q_OBJECT

public:
    CalendarPane(ecs::EcsClient *client, const QString &profileName, QWidget *parent = nullptr);
    ~CalendarPane() override;

    /// Every region the profile has: the pane's own inventory watches them all.
    void setAllRegions(const QStringList &regionIds);
    void setOperations(OperationsModel *operations) { m_operations = operations; }
    void setNotifier(Notifier *notifier) { m_notifier = notifier; }
    void setReadOnly(bool readOnly);

    ecs::LifecycleCalendar *calendar() const { return m_calendar; }
    ecs::CalendarAlerts &alerts() { return m_alerts; }
    CalendarModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    EventMonth *monthView() const { return m_month; }
    QPushButton *renewButton() const { return m_renew; }
    QPushButton *autoRenewButton() const { return m_autoRenew; }
    QPushButton *moveReleaseButton() const { return m_moveRelease; }
    QSpinBox *noticeDays() const { return m_noticeDays; }
    /// The dialog a batch action opened, while it is open (tests drive it).
    QDialog *openDialog() const { return m_dialog; }
    /// The inventory's status and full refresh intervals (tests shorten them).
    void setPollIntervals(int statusMs, int fullMs);

public Q_SLOTS:
    void refresh() override;

protected:
    void cancelAll() override;

private:
    void calendarChanged();
    void raiseAlerts();
    void updateFilters();
    void updateActions();
    void openRenewDue();
    void openAutoRenew();
    void openMoveRelease();
    void submit(const QString &profile, const ecs::ActionPlan &plan);
    std::optional<ecs::Instance> selectedInstance() const;

    QString m_profileName;
    ecs::InstanceInventory *m_inventory;
    ecs::LifecycleCalendar *m_calendar;
    ecs::CalendarAlerts m_alerts;
    CalendarModel *m_model;
    CalendarFilterProxy *m_proxy;
    QTableView *m_view;
    EventMonth *m_month;
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
    QTimer m_eventsTimer; ///< system events asked again on a slow beat
    QTimer m_eventsSoon; ///< after a reclaim or a release
    bool m_readOnly = false;
    bool m_loadedOnce = false;
};

} // namespace ecs::ui
