#include "eventweek.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ecs::ui {

namespace {

constexpr int kKeyRole = Qt::UserRole + 1;

QToolButton *navButton(const QString &text, const QString &name, const QKeySequence &keys,
    Qt::ArrowType arrow, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setAccessibleName(name);
    button->setToolTip(u"%1 (%2)"_s.arg(name, keys.toString(QKeySequence::NativeText)));
    button->setShortcut(keys);
    button->setArrowType(arrow);
    button->setToolButtonStyle(
        arrow == Qt::NoArrow ? Qt::ToolButtonTextOnly : Qt::ToolButtonIconOnly);
    return button;
}

} // namespace

EventWeek::EventWeek(QWidget *parent)
    : QWidget(parent)
    , m_previous(navButton(tr("Previous week"), tr("Previous week"),
          QKeySequence(Qt::CTRL | Qt::Key_PageUp), Qt::LeftArrow, this))
    , m_next(navButton(tr("Next week"), tr("Next week"), QKeySequence(Qt::CTRL | Qt::Key_PageDown),
          Qt::RightArrow, this))
    , m_today(navButton(tr("This week"), tr("This week"), QKeySequence(Qt::CTRL | Qt::Key_Home),
          Qt::NoArrow, this))
    , m_title(new QLabel(this))
    , m_agenda(new QTreeWidget(this))
{
    m_previous->setObjectName(u"weekPrevious"_s);
    m_next->setObjectName(u"weekNext"_s);
    m_today->setObjectName(u"weekToday"_s);
    m_title->setObjectName(u"weekTitle"_s);
    m_title->setAlignment(Qt::AlignCenter);
    m_agenda->setObjectName(u"weekAgenda"_s);
    m_agenda->setAccessibleName(tr("Events of the week"));
    m_agenda->setColumnCount(3);
    m_agenda->setHeaderLabels({ tr("Day / time"), tr("Event"), tr("Instance") });
    m_agenda->setRootIsDecorated(false);
    m_agenda->setItemsExpandable(false);
    m_agenda->setUniformRowHeights(true);
    m_agenda->header()->setStretchLastSection(true);
    m_agenda->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *nav = new QHBoxLayout;
    nav->setContentsMargins(0, 0, 0, 0);
    nav->addWidget(m_previous);
    nav->addWidget(m_title, 1);
    nav->addWidget(m_next);
    nav->addWidget(m_today);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(nav);
    layout->addWidget(m_agenda, 1);
    for (int day = 0; day < 7; ++day) {
        auto *item = new QTreeWidgetItem(m_agenda);
        item->setFirstColumnSpanned(true);
        item->setExpanded(true);
    }
    connect(m_previous, &QToolButton::clicked, this, [this] { showWeekOf(m_first.addDays(-7)); });
    connect(m_next, &QToolButton::clicked, this, [this] { showWeekOf(m_first.addDays(7)); });
    connect(m_today, &QToolButton::clicked, this, [this] { showWeekOf(QDate::currentDate()); });
    connect(m_agenda, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item->parent())
            Q_EMIT eventActivated(item->data(0, kKeyRole).toString());
        else
            Q_EMIT dayActivated(item->data(0, kKeyRole).toDate());
    });
    connect(m_agenda, &QTreeWidget::itemClicked, m_agenda, &QTreeWidget::itemActivated);
    showWeekOf(QDate::currentDate());
}

void EventWeek::setEvents(const QList<ecs::CalendarEvent> &events)
{
    m_events = events;
    rebuild();
}

void EventWeek::showWeekOf(const QDate &day)
{
    const QDate first = day.addDays(1 - day.dayOfWeek());
    if (first == m_first)
        return;
    m_first = first;
    const QLocale locale;
    m_title->setText(tr("%1 – %2").arg(locale.toString(m_first, QLocale::ShortFormat),
        locale.toString(m_first.addDays(6), QLocale::ShortFormat)));
    m_title->setAccessibleName(tr("Week of %1").arg(locale.toString(m_first, QLocale::LongFormat)));
    rebuild();
}

int EventWeek::countOn(const QDate &day) const
{
    const qint64 index = m_first.daysTo(day);
    return index < 0 || index > 6 ? 0 : m_agenda->topLevelItem(int(index))->childCount();
}

void EventWeek::rebuild()
{
    for (int index = 0; index < 7; ++index)
        syncDay(m_agenda->topLevelItem(index), m_first.addDays(index));
}

void EventWeek::syncDay(QTreeWidgetItem *dayItem, const QDate &day)
{
    const QLocale locale;
    QList<const ecs::CalendarEvent *> onDay;
    for (const ecs::CalendarEvent &e : std::as_const(m_events))
        if (e.time.isValid() && e.time.toLocalTime().date() == day)
            onDay.append(&e);
    std::stable_sort(
        onDay.begin(), onDay.end(), [](const auto *a, const auto *b) { return a->time < b->time; });
    const QString dayText = u"%1  —  %2"_s.arg(locale.toString(day, u"dddd d MMM"_s),
        onDay.isEmpty() ? tr("no events") : tr("%n event(s)", "", int(onDay.size())));
    dayItem->setText(0, dayText);
    dayItem->setData(0, kKeyRole, day);
    QFont font = dayItem->font(0);
    font.setBold(true);
    font.setUnderline(day == QDate::currentDate());
    dayItem->setFont(0, font);
    // In place: an event that stays keeps its item; the others go, new ones come in order.
    for (int child = dayItem->childCount() - 1; child >= 0; --child) {
        const QString key = dayItem->child(child)->data(0, kKeyRole).toString();
        if (std::none_of(
                onDay.cbegin(), onDay.cend(), [&](const auto *e) { return e->key() == key; }))
            delete dayItem->takeChild(child);
    }
    for (int index = 0; index < onDay.size(); ++index) {
        const ecs::CalendarEvent &e = *onDay.at(index);
        int at = index;
        while (at < dayItem->childCount() && dayItem->child(at)->data(0, kKeyRole) != e.key())
            ++at;
        QTreeWidgetItem *item = nullptr;
        if (at < dayItem->childCount()) {
            if (at != index) // its time moved within the day
                dayItem->insertChild(index, dayItem->takeChild(at));
            item = dayItem->child(index);
        } else {
            item = new QTreeWidgetItem;
            item->setData(0, kKeyRole, e.key());
            dayItem->insertChild(index, item);
        }
        const QString instance = e.instanceName.isEmpty() ? e.instanceId : e.instanceName;
        item->setText(0, locale.toString(e.time.toLocalTime().time(), QLocale::ShortFormat));
        item->setText(1, ecs::LifecycleCalendar::kindText(e.kind));
        item->setText(2, instance);
        item->setToolTip(2, u"%1 · %2 · %3"_s.arg(e.profile, e.regionId, e.instanceId));
    }
    dayItem->setExpanded(true);
}

} // namespace ecs::ui
