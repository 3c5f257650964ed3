#include "instancesmodel.h"

#include "statusdot.h"

#include "background.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QPixmap>
#include <QPointer>

#include <algorithm>
#include <numeric>
#include <utility>

using namespace Qt::StringLiterals;

namespace ecs::ui {

namespace {

QString localTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : QString();
}

QString tagsText(const ecs::Instance &i)
{
    QStringList parts;
    for (const auto &[key, value] : i.tags)
        parts << (value.isEmpty() ? key : key + u'=' + value);
    return parts.join(u", "_s);
}

QString billingText(const ecs::Instance &i)
{
    return i.chargeType == ChargeType::PrePaid ? InstancesModel::tr("Subscription")
                                               : InstancesModel::tr("Pay-as-you-go");
}

QString spotText(const ecs::Instance &i)
{
    if (i.spotStrategy == SpotStrategy::SpotWithPriceLimit)
        return InstancesModel::tr("Preemptible ≤ %1").arg(i.spotPriceLimit);
    if (i.spotStrategy == SpotStrategy::SpotAsPriceGo)
        return InstancesModel::tr("Preemptible (market)");
    return {};
}

} // namespace

InstancesModel::InstancesModel(QObject *parent)
    : KeyedRowsModel(parent)
{ }

void InstancesModel::apply(const ecs::InventoryChange &change)
{
    if (change.added.isEmpty() && change.changed.isEmpty()) {
        applyChanges({}, change.removed);
        return;
    }
    applyChanges(
        change.changed.isEmpty() ? change.added : change.added + change.changed, change.removed);
}

void InstancesModel::apply(const ecs::FleetChange &change)
{
    QStringList removed;
    removed.reserve(change.change.removed.size());
    for (const QString &id : change.change.removed)
        removed << ecs::FleetScope::keyOf(change.profileId, id);
    const ecs::InventoryChange &c = change.change;
    applyChanges(c.changed.isEmpty() ? c.added : c.added + c.changed, removed);
}

QList<int> InstancesModel::rowsRemovedBy(const ecs::FleetChange &change) const
{
    QList<int> rows;
    rows.reserve(change.change.removed.size());
    for (const QString &id : change.change.removed)
        if (const int row = rowOf(ecs::FleetScope::keyOf(change.profileId, id)); row >= 0)
            rows << row;
    return rows;
}

void InstancesModel::setProfiles(const QHash<QString, ProfileLook> &profiles)
{
    const bool same = profiles.size() == m_profiles.size()
        && std::all_of(profiles.keyBegin(), profiles.keyEnd(), [&](const QString &id) {
               return m_profiles.contains(id)
                   && m_profiles.value(id).name == profiles.value(id).name
                   && m_profiles.value(id).colour == profiles.value(id).colour;
           });
    if (same)
        return;
    m_profiles = profiles;
    if (rowCount() == 0)
        return;
    rowsStored(0, rowCount() - 1); // the search text names the profile
    Q_EMIT dataChanged(index(0, ProfileColumn), index(rowCount() - 1, ProfileColumn));
}

void InstancesModel::setCpuSparklines(const ecs::CpuSparklines *sparklines)
{
    if (m_sparklines)
        disconnect(m_sparklines, nullptr, this, nullptr);
    m_sparklines = sparklines;
    if (!sparklines)
        return;
    // One cell per answer: the row found by its key, never a reset.
    connect(sparklines, &ecs::CpuSparklines::updated, this, [this](const QString &key) {
        const int row = rowOf(key);
        if (row < 0 || row >= rowCount() || keyFor(rowAt(row)) != key)
            return;
        const QModelIndex cell = index(row, CpuUsageColumn);
        Q_EMIT dataChanged(cell, cell,
            { Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole, SortRole, CpuSeriesRole });
    });
}

std::optional<QVariant> InstancesModel::cpuUsageData(const ecs::Instance &i, int role) const
{
    const ecs::CpuSparkline *line = m_sparklines ? m_sparklines->find(keyFor(i)) : nullptr;
    const bool known = line && line->known();
    switch (role) {
    case Qt::DisplayRole:
        return known ? tr("%1 %").arg(QLocale().toString(qRound(line->latest))) : u"\u2014"_s;
    case Qt::ToolTipRole:
        if (isStale(i))
            return std::nullopt; // why the row is greyed comes first
        [[fallthrough]];
    case Qt::AccessibleTextRole:
        if (known)
            return tr("CPU %1 % (last hour, max %2 %)")
                .arg(QLocale().toString(qRound(line->latest)),
                    QLocale().toString(qRound(line->max)));
        if (!line)
            return tr("CPU not known yet: it is asked while the row is on screen.");
        if (line->error.isError())
            return tr("CPU unknown: %1").arg(line->error.toDisplayString());
        return tr("CPU unknown: no figures for the last hour (the instance did not run).");
    case SortRole: // unknown sorts after every known value, never as 0
        return known ? QVariant(line->latest) : QVariant();
    case CpuSeriesRole:
        return line ? QVariant::fromValue(line->cpu) : QVariant();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return std::nullopt;
}

QIcon InstancesModel::swatch(const QColor &colour)
{
    if (!colour.isValid())
        return {};
    static QHash<QRgb, QIcon> made; // drawn once per colour, as the status dots are
    if (const auto it = made.constFind(colour.rgb()); it != made.cend())
        return *it;
    QPixmap pixmap(12, 12);
    pixmap.fill(colour);
    return *made.insert(colour.rgb(), QIcon(pixmap));
}

void InstancesModel::rowsStored(int first, int last)
{
    if (m_texts.size() <= last)
        m_texts.resize(last + 1);
    for (int row = first; row <= last; ++row) {
        const ecs::Instance &i = rowAt(row);
        Texts &t = m_texts[row];
        t.status = i.lockReasons.isEmpty() ? i.statusText() : tr("%1 (locked)").arg(i.statusText());
        t.publicIps = i.publicIps.join(u", "_s);
        t.privateIps = i.privateIps.join(u", "_s);
        t.locks = i.lockReasons.join(u", "_s);
        t.tags = tagsText(i);
        t.search = QStringList { i.instanceName, i.instanceId, i.publicIps.join(u' '),
            i.privateIps.join(u' '), t.tags, i.instanceType, i.zoneId, i.statusText(),
            m_profiles.value(i.profileId).name }
                       .join(u' ')
                       .toCaseFolded(); // folded in place
    }
    // The sort column's collation keys follow the rows (made once per row, not per compare);
    // the ranks stay while no stored row changed its key.
    bool ranksHold = sortsOnText(m_sortColumn) && last < m_sortKeys.size();
    if (sortsOnText(m_sortColumn) && m_sortKeys.size() < first) { // out of step: made again
        const int column = std::exchange(m_sortColumn, -1);
        setSortColumn(column);
    } else if (sortsOnText(m_sortColumn)) {
        for (int row = first; row <= last; ++row) {
            QCollatorSortKey key = m_collator.sortKey(sortText(row, m_sortColumn));
            if (row < m_sortKeys.size()) {
                ranksHold = ranksHold && key.compare(m_sortKeys.at(row)) == 0;
                m_sortKeys[row] = std::move(key);
            } else {
                m_sortKeys.append(std::move(key));
            }
        }
    }
    if (!ranksHold)
        m_ranks.clear();
    ++m_keysGeneration;
}

void InstancesModel::rowsErasing(int first, int last)
{
    if (last - first + 1 >= kRowsFreedInBackground)
        destroyInBackground(m_texts.mid(first, last - first + 1));
    m_texts.remove(first, last - first + 1);
    if (m_sortKeys.size() > last)
        m_sortKeys.remove(first, last - first + 1);
    else
        m_sortKeys.clear(); // not kept (a numeric column): nothing to follow
    if (m_ranks.size() > last) // the others keep their order
        m_ranks.remove(first, last - first + 1);
    else
        m_ranks.clear();
    ++m_keysGeneration;
}

bool InstancesModel::sortsOnCachedKeys(int column)
{
    switch (column) {
    case NameColumn:
    case InstanceIdColumn:
    case StatusColumn:
    case ZoneColumn:
    case TypeColumn:
    case CpuColumn:
    case MemoryColumn:
    case PublicIpColumn:
    case PrivateIpColumn:
    case BillingColumn:
    case SpotColumn:
    case CreatedColumn:
    case ExpiresColumn:
    case AutoReleaseColumn:
    case LocksColumn:
    case TagsColumn:
    case ProfileColumn:
        return true;
    default:
        return false; // compared on its SortRole by the proxy, as before
    }
}

bool InstancesModel::sortsOnText(int column) const
{
    return sortsOnCachedKeys(column) && column != CpuColumn && column != MemoryColumn
        && column != CreatedColumn && column != ExpiresColumn && column != AutoReleaseColumn;
}

QString InstancesModel::sortText(int row, int column) const
{
    return data(index(row, column), Qt::DisplayRole).toString(); // what SortRole gives
}

namespace {

/// Each of `count` rows' place in the order `less` gives (equal for equal keys).
template<typename Less> QList<int> ranksOf(int count, const Less &less)
{
    QList<int> order(count);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), less);
    QList<int> ranks(count);
    int rank = 0;
    for (qsizetype n = 0; n < order.size(); ++n) {
        if (n > 0 && less(order.at(n - 1), order.at(n)))
            ++rank;
        ranks[order.at(n)] = rank;
    }
    return ranks;
}

} // namespace

void InstancesModel::prepareSort()
{
    if (!sortsOnCachedKeys(m_sortColumn) || m_ranks.size() == rowCount())
        return;
    m_ranks = ranksOf(rowCount(), [this](int l, int r) { return keyLess(l, r, m_sortColumn); });
    ++m_keysGeneration;
}

void InstancesModel::prepareSortInBackground(QObject *context, std::function<void()> ready)
{
    // A few hundred rows rank here in well under a millisecond, less than a worker's wake-up.
    constexpr int kRowsWorthAWorker = 2'000;
    if (!sortsOnCachedKeys(m_sortColumn) || m_ranks.size() == rowCount()
        || !sortsOnText(m_sortColumn) || m_sortKeys.size() != rowCount()
        || rowCount() < kRowsWorthAWorker) {
        prepareSort(); // nothing to rank, few rows, or numbers and times: cheap enough here
        ready();
        return;
    }
    m_rankWaiters.append({ context, std::move(ready) });
    if (m_rankWaiters.size() > 1)
        return; // one ranking at a time: it serves every caller
    const quint64 generation = m_keysGeneration;
    // A copy of the keys (shared, not duplicated): the rows may change while the worker ranks.
    runInBackground([keys = m_sortKeys] {
        return ranksOf(
            int(keys.size()), [&keys](int l, int r) { return keys.at(l).compare(keys.at(r)) < 0; });
    }).then(this, [this, generation](QList<int> ranks) {
        if (generation == m_keysGeneration && ranks.size() == rowCount()) {
            m_ranks = std::move(ranks);
            ++m_keysGeneration;
        } else {
            prepareSort(); // rows came or changed meanwhile
        }
        for (const auto &[context, ready] : std::exchange(m_rankWaiters, {}))
            if (context)
                ready();
    });
}

bool InstancesModel::keyLess(int leftRow, int rightRow, int column) const
{
    const ecs::Instance &l = rowAt(leftRow);
    const ecs::Instance &r = rowAt(rightRow);
    // As QSortFilterProxyModel compares SortRole: numbers and times as such (an invalid time
    // first), texts in the locale's order (QString::localeAwareCompare, i.e. QCollator).
    switch (column) {
    case CpuColumn:
        return l.cpu < r.cpu;
    case MemoryColumn:
        return l.memoryMiB < r.memoryMiB;
    case CreatedColumn:
        return l.creationTime < r.creationTime;
    case ExpiresColumn:
        return l.expiredTime < r.expiredTime;
    case AutoReleaseColumn:
        return l.autoReleaseTime < r.autoReleaseTime;
    }
    if (column == m_sortColumn && m_sortKeys.size() == rowCount())
        return m_sortKeys.at(leftRow).compare(m_sortKeys.at(rightRow)) < 0;
    return m_collator.compare(sortText(leftRow, column), sortText(rightRow, column)) < 0;
}

void InstancesModel::setSortColumn(int column)
{
    if (column == m_sortColumn)
        return;
    m_sortColumn = column;
    m_sortKeys.clear();
    m_ranks.clear();
    ++m_keysGeneration;
    if (!sortsOnText(column))
        return;
    // A header click over 100,000 rows: a zone, a state or a type repeats over thousands of
    // rows, so each text is collated once (the keys are shared, not copied).
    m_sortKeys.reserve(rowCount());
    QHash<QString, qsizetype> made; // text → the row whose key it is
    for (int row = 0; row < rowCount(); ++row) {
        const QString text = sortText(row, column);
        if (const auto it = made.constFind(text); it != made.cend()) {
            m_sortKeys.append(m_sortKeys.at(*it));
            continue;
        }
        made.insert(text, m_sortKeys.size());
        m_sortKeys.append(m_collator.sortKey(text));
    }
}

QIcon InstancesModel::statusIcon(const ecs::Instance &instance)
{
    if (!instance.lockReasons.isEmpty())
        return statusDot(StatusColor::bad());
    if (instance.status == InstanceStatus::Running)
        return statusDot(StatusColor::good());
    if (instance.isTransitional())
        return statusDot(StatusColor::busy());
    return statusDot(StatusColor::idle()); // stopped
}

void InstancesModel::setStaleRegions(const QHash<QString, ecs::ApiError> &failures)
{
    QHash<QString, QString> reasons;
    for (auto it = failures.cbegin(); it != failures.cend(); ++it) {
        const ecs::ApiError &e = it.value();
        reasons.insert(it.key(),
            e.requestId.isEmpty()
                ? tr("Not current: refreshing %1 failed (%2). This row is from its last "
                     "successful load.")
                      .arg(it.key(), e.title())
                : tr("Not current: refreshing %1 failed (%2, RequestId %3). This row is from its "
                     "last successful load.")
                      .arg(it.key(), e.title(), e.requestId));
    }
    if (reasons == m_stale)
        return;
    QSet<QString> touched;
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
        if (m_stale.value(it.key()) != it.value())
            touched.insert(it.key());
    for (auto it = m_stale.cbegin(); it != m_stale.cend(); ++it)
        if (!reasons.contains(it.key()))
            touched.insert(it.key());
    m_stale = reasons;
    // One dataChanged per contiguous run of rows of the touched regions.
    const int count = rowCount();
    for (int row = 0; row < count;) {
        const auto regionKey = [this](int r) {
            return ecs::FleetScope::keyOf(rowAt(r).profileId, rowAt(r).regionId);
        };
        if (!touched.contains(regionKey(row))) {
            ++row;
            continue;
        }
        int last = row;
        while (last + 1 < count && touched.contains(regionKey(last + 1)))
            ++last;
        Q_EMIT dataChanged(index(row, 0), index(last, ColumnCount - 1),
            { Qt::ForegroundRole, Qt::ToolTipRole, StaleRole });
        row = last + 1;
    }
}

int InstancesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InstancesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ecs::Instance &i = rowAt(index.row());
    const Texts &texts = m_texts.at(index.row());
    if (index.column() == CpuUsageColumn)
        if (std::optional<QVariant> cpu = cpuUsageData(i, role))
            return *std::move(cpu);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return i.instanceName;
        case InstanceIdColumn:
            return i.instanceId;
        case StatusColumn:
            return texts.status;
        case ZoneColumn:
            return i.zoneId;
        case TypeColumn:
            return i.instanceType;
        case CpuColumn:
            return i.cpu;
        case MemoryColumn:
            return tr("%1 GiB").arg(double(i.memoryMiB) / 1024.0);
        case PublicIpColumn:
            return texts.publicIps;
        case PrivateIpColumn:
            return texts.privateIps;
        case BillingColumn:
            return billingText(i);
        case SpotColumn:
            return spotText(i);
        case CreatedColumn:
            return localTime(i.creationTime);
        case ExpiresColumn:
            return localTime(i.expiredTime);
        case AutoReleaseColumn:
            return localTime(i.autoReleaseTime);
        case LocksColumn:
            return texts.locks;
        case TagsColumn:
            return texts.tags;
        case ProfileColumn:
            return m_profiles.value(i.profileId).name;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return statusIcon(i);
        if (index.column() == ProfileColumn)
            return swatch(m_profiles.value(i.profileId).colour);
        return {};
    case SortRole:
        switch (index.column()) {
        case CpuColumn:
            return i.cpu;
        case MemoryColumn:
            return i.memoryMiB;
        case CreatedColumn:
            return i.creationTime;
        case ExpiresColumn:
            return i.expiredTime;
        case AutoReleaseColumn:
            return i.autoReleaseTime;
        default:
            return data(index, Qt::DisplayRole);
        }
    case SearchRole:
        return texts.search;
    case Qt::ForegroundRole:
        if (isStale(i))
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case StaleRole:
        return isStale(i);
    case Qt::ToolTipRole:
        if (isStale(i))
            return m_stale.value(ecs::FleetScope::keyOf(i.profileId, i.regionId));
        switch (index.column()) {
        case CreatedColumn:
            return i.creationTime.toString(Qt::ISODate);
        case ExpiresColumn:
            return i.expiredTime.toString(Qt::ISODate);
        case AutoReleaseColumn:
            return i.autoReleaseTime.toString(Qt::ISODate);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == CpuColumn || index.column() == MemoryColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (index.column() == InstanceIdColumn || index.column() == PublicIpColumn
            || index.column() == PrivateIpColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case KeyRole:
        return keyFor(i);
    }
    return {};
}

QVariant InstancesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char *const names[] = {
        QT_TR_NOOP("Name"),
        QT_TR_NOOP("Instance ID"),
        QT_TR_NOOP("Status"),
        QT_TR_NOOP("Zone"),
        QT_TR_NOOP("Type"),
        QT_TR_NOOP("vCPU"),
        QT_TR_NOOP("Memory"),
        QT_TR_NOOP("Public IP"),
        QT_TR_NOOP("Private IP"),
        QT_TR_NOOP("Billing"),
        QT_TR_NOOP("Preemptible"),
        QT_TR_NOOP("Created"),
        QT_TR_NOOP("Expires"),
        QT_TR_NOOP("Auto-release"),
        QT_TR_NOOP("Locks"),
        QT_TR_NOOP("Tags"),
        QT_TR_NOOP("CPU usage"),
        QT_TR_NOOP("Profile"),
    };
    static_assert(std::size(names) == ColumnCount);
    return section >= 0 && section < ColumnCount ? tr(names[section]) : QVariant();
}

} // namespace ecs::ui
