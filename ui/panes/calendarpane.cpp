#include "calendarpane.h"

#include "desktop/notifier.h"
#include "dialogs/calendardialogs.h"
#include "inventory/instanceinventory.h"
#include "lifecycle/operation.h"
#include "models/calendarmodel.h"
#include "operations/operationsmodel.h"
#include "widgets/eventmonth.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace ecs::ui {

CalendarPane::CalendarPane(ecs::EcsClient *client, const QString &profileName, QWidget *parent)
    : ResourcePane(client, parent)
    , m_profileName(profileName)
    , m_inventory(new ecs::InstanceInventory(client, this))
    , m_calendar(new ecs::LifecycleCalendar(this))
    , m_model(new CalendarModel(this))
    , m_proxy(new CalendarFilterProxy(this))
    , m_view(nullptr)
    , m_month(new EventMonth(this))
    , m_profile(new QComboBox(this))
    , m_region(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_noticeDays(new QSpinBox(this))
    , m_renew(new QPushButton(tr("&Renew due…"), this))
    , m_autoRenew(new QPushButton(tr("Turn auto-re&new on…"), this))
    , m_moveRelease(new QPushButton(tr("&Move auto-release…"), this))
{
    setObjectName(u"calendarPane"_s);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_proxy->setFilterRole(SearchRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view = makeTable(m_proxy, this);
    m_view->setObjectName(u"calendarView"_s);
    m_view->setAccessibleName(tr("Lifecycle events"));
    m_view->sortByColumn(CalendarModel::WhenColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    fitColumn(m_view, CalendarModel::WhenColumn, u"2026-12-31 23:59 PM"_s);
    fitColumn(m_view, CalendarModel::KindColumn, tr("Preemptible interruption"));
    fitColumn(m_view, CalendarModel::InstanceColumn, u"web-production-0001"_s);
    m_month->setObjectName(u"calendarMonth"_s);
    m_month->setAccessibleName(tr("Events per day"));
    m_month->setGridVisible(true);
    m_month->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    // Not "Profile" and "Region": those are the window's switchers, which a screen reader and
    // its user must tell apart from these filters.
    m_profile->setAccessibleName(tr("Events of profile"));
    m_region->setAccessibleName(tr("Events in region"));
    m_kind->setAccessibleName(tr("Event kind"));
    m_kind->addItem(tr("All events"), -1);
    for (int kind = 0; kind <= int(ecs::CalendarEventKind::SystemEvent); ++kind)
        m_kind->addItem(ecs::LifecycleCalendar::kindText(ecs::CalendarEventKind(kind)), kind);
    m_noticeDays->setObjectName(u"noticeDays"_s);
    m_noticeDays->setAccessibleName(tr("Days of notice before an expiry"));
    m_noticeDays->setRange(0, 90);
    m_noticeDays->setValue(
        QSettings()
            .value(u"calendar/noticeDays"_s, ecs::CalendarAlerts::kDefaultExpiryDays)
            .toInt());
    m_alerts.setExpiryNoticeDays(m_noticeDays->value());
    addLabelledControl(tr("&Profile:"), m_profile);
    addLabelledControl(tr("Re&gion:"), m_region);
    addLabelledControl(tr("&Event:"), m_kind);
    addLabelledControl(tr("Noti&fy days ahead:"), m_noticeDays);
    for (QPushButton *button : { m_renew, m_autoRenew, m_moveRelease })
        actionsLayout()->addWidget(button);
    actionsLayout()->addStretch(1);
    filterEdit()->setPlaceholderText(
        tr("Filter events by instance, region or kind  (/ or Ctrl+F)"));
    filterEdit()->setAccessibleName(tr("Filter events"));
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_month);
    split->addWidget(m_view);
    split->setStretchFactor(1, 1);
    split->setSizes(
        { fontMetrics().averageCharWidth() * 44, fontMetrics().averageCharWidth() * 80 });
    setContent(split);

    // A watch, not a browser: the fleet is polled slowly and the events asked every ten minutes.
    m_inventory->setPollIntervals(30'000, 5 * 60'000);
    m_eventsTimer.setInterval(10 * 60'000);
    connect(&m_eventsTimer, &QTimer::timeout, m_calendar, &ecs::LifecycleCalendar::refresh);
    m_calendar->setSources({ { profileName, m_inventory } });
    connect(m_calendar, &ecs::LifecycleCalendar::changed, this, &CalendarPane::calendarChanged);
    connect(m_calendar, &ecs::LifecycleCalendar::loadingChanged, this, [this] {
        setBusy(m_calendar->isLoading() || m_inventory->isLoadingRegions());
        if (!m_calendar->isLoading() && !m_inventory->isLoadingRegions()) {
            const QStringList failures = m_calendar->failures();
            if (!failures.isEmpty())
                showError(tr("Some regions' events could not be read"),
                    ecs::ApiError::make(ecs::ApiError::Kind::Network, failures.join(u"; ")));
            Q_EMIT loaded();
        }
    });
    // The events follow the instances: a first load of the fleet asks for them.
    connect(m_inventory, &ecs::InstanceInventory::settled, this, [this] {
        if (!m_loadedOnce) {
            m_loadedOnce = true;
            m_calendar->refresh();
        }
    });
    // A reclaim or a release is news the system events tell more of: they are asked again.
    m_eventsSoon.setSingleShot(true);
    m_eventsSoon.setInterval(2'000);
    connect(&m_eventsSoon, &QTimer::timeout, m_calendar, &ecs::LifecycleCalendar::refresh);
    connect(m_inventory, &ecs::InstanceInventory::changed, this,
        [this](const ecs::InventoryChange &change) {
            bool news = !change.removed.isEmpty();
            for (const ecs::Instance &i : change.changed + change.added)
                news = news || i.lockReasons.contains(u"Recycling"_s);
            if (news && m_loadedOnce && !m_eventsSoon.isActive())
                m_eventsSoon.start();
        });
    connect(filterEdit(), &QLineEdit::textChanged, this,
        [this](const QString &text) { setTextQuery(m_proxy, text); });
    connect(m_profile, &QComboBox::currentIndexChanged, this,
        [this] { m_proxy->setProfile(m_profile->currentData().toString()); });
    connect(m_region, &QComboBox::currentIndexChanged, this,
        [this] { m_proxy->setRegion(m_region->currentData().toString()); });
    connect(m_kind, &QComboBox::currentIndexChanged, this,
        [this] { m_proxy->setKind(m_kind->currentData().toInt()); });
    for (QComboBox *combo : { m_profile, m_region, m_kind })
        connect(combo, &QComboBox::currentIndexChanged, this,
            [this] { m_month->setCounts(m_proxy->countsPerDay()); });
    connect(m_month, &QCalendarWidget::clicked, this,
        [this](QDate day) { m_proxy->setDay(m_proxy->day() == day ? QDate() : day); });
    connect(m_noticeDays, &QSpinBox::valueChanged, this, [this](int days) {
        m_alerts.setExpiryNoticeDays(days);
        QSettings().setValue(u"calendar/noticeDays"_s, days);
        raiseAlerts();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &CalendarPane::updateActions);
    connect(m_renew, &QPushButton::clicked, this, &CalendarPane::openRenewDue);
    connect(m_autoRenew, &QPushButton::clicked, this, &CalendarPane::openAutoRenew);
    connect(m_moveRelease, &QPushButton::clicked, this, &CalendarPane::openMoveRelease);
    updateFilters();
    updateActions();
}

CalendarPane::~CalendarPane() = default;

void CalendarPane::setAllRegions(const QStringList &regionIds)
{
    if (regionIds == m_inventory->scope())
        return;
    m_inventory->setScope(regionIds);
    if (isVisible() || m_loadedOnce)
        refresh();
}

void CalendarPane::setPollIntervals(int statusMs, int fullMs)
{
    m_inventory->setPollIntervals(statusMs, fullMs);
}

void CalendarPane::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateActions();
}

void CalendarPane::refresh()
{
    clearError();
    setBusy(true);
    m_eventsTimer.start();
    m_loadedOnce = false; // the events are asked again once the instances are in
    m_inventory->refresh();
}

void CalendarPane::cancelAll()
{
    m_inventory->cancel();
}

void CalendarPane::calendarChanged()
{
    m_model->setRows(m_calendar->events());
    updateFilters();
    m_month->setCounts(m_proxy->countsPerDay());
    setCount(tr("%n event(s)", "", int(m_model->rowCount())));
    setEmptyText(m_model->rowCount() > 0 ? QString()
            : m_calendar->isLoading()    ? tr("Reading the events…")
                                         : tr("Nothing is due: no expiry, automatic release, "
                                                 "reclaim or maintenance in sight."));
    updateActions();
    raiseAlerts();
}

void CalendarPane::raiseAlerts()
{
    const QList<ecs::CalendarAlert> alerts = m_alerts.take(m_calendar->events(), m_calendar->now());
    if (!m_notifier)
        return;
    for (const ecs::CalendarAlert &alert : alerts)
        m_notifier->notify(alert.summary, alert.body,
            alert.urgent ? Notifier::Urgency::Critical : Notifier::Urgency::Normal);
}

void CalendarPane::updateFilters()
{
    QStringList profiles { m_profileName };
    QStringList regions;
    for (const ecs::CalendarEvent &e : m_model->rows())
        profiles << e.profile, regions << e.regionId;
    refillChoices(m_profile, tr("All profiles"), profiles);
    refillChoices(m_region, tr("All regions"), regions);
}

std::optional<ecs::Instance> CalendarPane::selectedInstance() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const int row = m_model->rowOf(rows.first().data(KeyRole).toString());
    return row < 0 ? std::nullopt : m_calendar->instanceOf(m_model->rowAt(row));
}

void CalendarPane::updateActions()
{
    const bool acting = !m_readOnly && m_operations;
    m_renew->setEnabled(acting);
    m_autoRenew->setEnabled(acting && !m_calendar->withoutAutoRenew().isEmpty());
    const std::optional<ecs::Instance> selected = selectedInstance();
    const bool releasable = selected && selected->chargeType == ecs::ChargeType::PostPaid;
    m_moveRelease->setEnabled(acting && releasable);
    m_moveRelease->setToolTip(releasable ? tr("Set when the selected instance is released")
                                         : tr("Select a pay-as-you-go instance's event first"));
}

void CalendarPane::openRenewDue()
{
    auto *dialog = new RenewDueDialog(m_calendar, m_noticeDays->value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        for (const auto &[profile, plan] : ecs::planRenewals(dialog->targets(), dialog->months()))
            submit(profile, plan);
    });
    m_dialog = dialog;
    dialog->open();
}

void CalendarPane::openAutoRenew()
{
    auto *dialog = new AutoRenewOnDialog(m_calendar->withoutAutoRenew(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        for (const auto &[profile, plan] :
            ecs::planAutoRenewals(dialog->targets(), dialog->months()))
            submit(profile, plan);
    });
    m_dialog = dialog;
    dialog->open();
}

void CalendarPane::openMoveRelease()
{
    const std::optional<ecs::Instance> instance = selectedInstance();
    if (!instance)
        return;
    auto *dialog = new MoveAutoReleaseDialog(*instance, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString profile
        = m_model
              ->rowAt(m_model->rowOf(
                  m_view->selectionModel()->selectedRows().first().data(KeyRole).toString()))
              .profile;
    connect(dialog, &QDialog::accepted, this, [this, dialog, profile, instance] {
        submit(profile, ecs::planAutoRelease({ *instance }, { dialog->releaseTime() }));
    });
    m_dialog = dialog;
    dialog->open();
}

void CalendarPane::submit(const QString &profile, const ecs::ActionPlan &plan)
{
    ecs::EcsClient *client = m_calendar->clientOf(profile);
    if (!client || !m_operations)
        return;
    for (ecs::Operation *operation : ecs::Operation::fromPlan(client, plan)) {
        // What the operation changed is fetched again at once: the calendar follows.
        connect(operation, &ecs::Operation::accepted, m_inventory, &ecs::InstanceInventory::watch);
        m_operations->submit(operation);
    }
}

} // namespace ecs::ui
