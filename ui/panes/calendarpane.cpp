#include "calendarpane.h"

#include "desktop/notifier.h"
#include "dialogs/calendardialogs.h"
#include "lifecycle/operation.h"
#include "models/calendarmodel.h"
#include "operations/operationsmodel.h"
#include "widgets/eventmonth.h"
#include "widgets/eventweek.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace ecs::ui {

CalendarPane::CalendarPane(ecs::EcsClient *client, const QString &profileName, QWidget *parent)
    : ResourcePane(client, parent)
    , m_watch(new ecs::CalendarWatch(client, profileName, this))
    , m_model(new CalendarModel(this))
    , m_proxy(new CalendarFilterProxy(this))
    , m_view(nullptr)
    , m_views(new QTabWidget(this))
    , m_month(new EventMonth(this))
    , m_week(new EventWeek(this))
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
    m_view->setColumnHidden(CalendarModel::ProfileColumn, true); // while one profile is in scope
    buildControls();
    m_noticeDays->setValue(
        QSettings()
            .value(u"calendar/noticeDays"_s, ecs::CalendarAlerts::kDefaultExpiryDays)
            .toInt());
    m_watch->alerts().setExpiryNoticeDays(m_noticeDays->value());

    connect(m_watch, &ecs::CalendarWatch::changed, this, &CalendarPane::calendarChanged);
    connect(m_watch, &ecs::CalendarWatch::loadingChanged, this, &CalendarPane::loadingChanged);
    connect(m_watch, &ecs::CalendarWatch::profilesChanged, this, &CalendarPane::updateFilters);
    connect(filterEdit(), &QLineEdit::textChanged, this, [this](const QString &text) {
        setTextQuery(m_proxy, text);
        filtersChanged();
    });
    for (QComboBox *combo : { m_profile, m_region, m_kind })
        connect(combo, &QComboBox::currentIndexChanged, this, &CalendarPane::filtersChanged);
    const auto toggleDay
        = [this](QDate day) { m_proxy->setDay(m_proxy->day() == day ? QDate() : day); };
    connect(m_month, &QCalendarWidget::clicked, this, toggleDay);
    connect(m_month, &QCalendarWidget::activated, this, toggleDay);
    connect(m_week, &EventWeek::dayActivated, this, toggleDay);
    connect(m_week, &EventWeek::eventActivated, this, &CalendarPane::selectEvent);
    // The two views show the same days: the week follows the month's page and selection.
    connect(m_month, &QCalendarWidget::selectionChanged, this,
        [this] { m_week->showWeekOf(m_month->selectedDate()); });
    connect(m_noticeDays, &QSpinBox::valueChanged, this, [this](int days) {
        m_watch->alerts().setExpiryNoticeDays(days);
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

void CalendarPane::buildControls()
{
    m_month->setObjectName(u"calendarMonth"_s);
    m_month->setAccessibleName(tr("Events per day"));
    m_month->setGridVisible(true);
    m_month->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    m_week->setObjectName(u"calendarWeek"_s);
    m_week->setAccessibleName(tr("Week agenda"));
    m_views->setObjectName(u"calendarViews"_s);
    m_views->setAccessibleName(tr("Calendar view"));
    m_views->addTab(m_month, tr("Mon&th"));
    m_views->addTab(m_week, tr("&Week"));
    m_views->setCurrentIndex(QSettings().value(u"calendar/view"_s).toInt()); // the last one seen
    connect(m_views, &QTabWidget::currentChanged, this,
        [](int index) { QSettings().setValue(u"calendar/view"_s, index); });
    // Not "Profile" and "Region": those are the window's switchers, which a screen reader and
    // its user must tell apart from these filters.
    m_profile->setAccessibleName(tr("Events of profile"));
    m_region->setAccessibleName(tr("Events in region"));
    m_kind->setAccessibleName(tr("Event kind"));
    // The filters are as wide as their choices ("All regions" is never cut); the kinds' long
    // names are elided when closed instead of pushing the others out of a small screen.
    m_profile->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_region->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kind->setMinimumContentsLength(10);
    m_kind->addItem(tr("All events"), -1);
    for (int kind = 0; kind <= int(ecs::CalendarEventKind::SystemEvent); ++kind)
        m_kind->addItem(ecs::LifecycleCalendar::kindText(ecs::CalendarEventKind(kind)), kind);
    m_noticeDays->setObjectName(u"noticeDays"_s);
    m_noticeDays->setAccessibleName(tr("Days of notice before an expiry"));
    m_noticeDays->setRange(0, 90);
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
    split->addWidget(m_views);
    split->addWidget(m_view);
    split->setStretchFactor(1, 1);
    split->setSizes(
        { fontMetrics().averageCharWidth() * 44, fontMetrics().averageCharWidth() * 80 });
    setContent(split);
}

void CalendarPane::refresh()
{
    clearError();
    m_watch->refresh();
    loadingChanged();
}

void CalendarPane::loadingChanged()
{
    setBusy(m_watch->isLoading());
    if (m_watch->isLoading())
        return;
    if (const QStringList failures = m_watch->failures(); !failures.isEmpty())
        showError(tr("Some regions' events could not be read"),
            ecs::ApiError::make(ecs::ApiError::Kind::Network, failures.join(u"; ")));
    Q_EMIT loaded();
}

void CalendarPane::calendarChanged()
{
    m_model->setRows(m_watch->calendar()->events());
    updateFilters();
    filtersChanged();
    setCount(tr("%n event(s)", "", int(m_model->rowCount())));
    setEmptyText(m_model->rowCount() > 0       ? QString()
            : m_watch->calendar()->isLoading() ? tr("Reading the events…")
                                               : tr("Nothing is due: no expiry, automatic release, "
                                                    "reclaim or maintenance in sight."));
    updateActions();
    raiseAlerts();
}

void CalendarPane::filtersChanged()
{
    m_proxy->setProfile(m_profile->currentData().toString());
    m_proxy->setRegion(m_region->currentData().toString());
    m_proxy->setKind(m_kind->currentData().toInt());
    m_month->setCounts(m_proxy->countsPerDay());
    m_week->setEvents(m_proxy->eventsIgnoringDay());
}

void CalendarPane::raiseAlerts()
{
    const QList<ecs::CalendarAlert> alerts = m_watch->takeAlerts();
    if (!m_notifier)
        return;
    for (const ecs::CalendarAlert &alert : alerts)
        m_notifier->notify(alert.summary, alert.body,
            alert.urgent ? Notifier::Urgency::Critical : Notifier::Urgency::Normal);
}

void CalendarPane::updateFilters()
{
    QStringList regions;
    for (const ecs::CalendarEvent &e : m_model->rows())
        regions << e.regionId;
    const QStringList profiles = m_watch->profiles();
    refillChoices(m_profile, tr("All profiles"), profiles);
    refillChoices(m_region, tr("All regions"), regions);
    m_view->setColumnHidden(CalendarModel::ProfileColumn, profiles.size() < 2);
}

std::optional<ecs::CalendarEvent> CalendarPane::selectedEvent() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const int row = rows.isEmpty() ? -1 : m_model->rowOf(rows.first().data(KeyRole).toString());
    return row < 0 ? std::nullopt : std::optional(m_model->rowAt(row));
}

void CalendarPane::selectEvent(const QString &key)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfKey(key));
    m_view->selectionModel()->select(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void CalendarPane::updateActions()
{
    const bool acting = !m_readOnly && m_operations;
    m_renew->setEnabled(acting);
    m_autoRenew->setEnabled(acting && !m_watch->calendar()->withoutAutoRenew().isEmpty());
    const std::optional<ecs::CalendarEvent> event = selectedEvent();
    const std::optional<ecs::Instance> selected
        = event ? m_watch->calendar()->instanceOf(*event) : std::nullopt;
    const bool releasable = selected && selected->chargeType == ecs::ChargeType::PostPaid;
    m_moveRelease->setEnabled(acting && releasable);
    m_moveRelease->setToolTip(releasable ? tr("Set when the selected instance is released")
                                         : tr("Select a pay-as-you-go instance's event first"));
}

void CalendarPane::openRenewDue()
{
    auto *dialog = new RenewDueDialog(m_watch->calendar(), m_noticeDays->value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
        [this, dialog] { submit(m_watch->renewals(dialog->targets(), dialog->months())); });
    m_dialog = dialog;
    dialog->open();
}

void CalendarPane::openAutoRenew()
{
    auto *dialog = new AutoRenewOnDialog(m_watch->calendar()->withoutAutoRenew(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
        [this, dialog] { submit(m_watch->autoRenewals(dialog->targets(), dialog->months())); });
    m_dialog = dialog;
    dialog->open();
}

void CalendarPane::openMoveRelease()
{
    const std::optional<ecs::CalendarEvent> event = selectedEvent();
    const std::optional<ecs::Instance> instance
        = event ? m_watch->calendar()->instanceOf(*event) : std::nullopt;
    if (!instance)
        return;
    auto *dialog = new MoveAutoReleaseDialog(*instance, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, profile = event->profile, instance] {
        submit(m_watch->moveRelease(profile, *instance, dialog->releaseTime()));
    });
    m_dialog = dialog;
    dialog->open();
}

void CalendarPane::submit(const QList<ecs::Operation *> &operations)
{
    for (ecs::Operation *operation : operations)
        if (m_operations)
            m_operations->submit(operation);
        else
            delete operation;
}

} // namespace ecs::ui
