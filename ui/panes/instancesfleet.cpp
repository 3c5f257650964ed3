// The profiles and regions the Instances pane shows: its fleet's members, their regions, their
// failures and stale rows. Part of InstancesPane, kept apart from instancespane.cpp.
#include "instancespane.h"

#include "models/instancesfilter.h"
#include "models/instancesmodel.h"
#include "widgets/errorbanner.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QMenu>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace ecs::ui {

void InstancesPane::setOwnProfile(const QString &name, const QColor &colour)
{
    m_ownName = name;
    m_ownColour = colour;
    ecs::FleetMember own = m_fleet->member({});
    own.name = name;
    own.colour = colour.isValid() ? colour.name() : QString();
    m_fleet->updateMember(own);
    fleetChanged();
}

bool InstancesPane::isAllRegionsMode() const
{
    return m_allRegionsBox->isChecked();
}

void InstancesPane::fleetChanged()
{
    QHash<QString, InstancesModel::ProfileLook> looks;
    looks.insert({}, { m_ownName, m_ownColour });
    for (const QString &id : m_fleet->memberIds())
        if (!id.isEmpty()) {
            const ecs::FleetMember member = m_fleet->member(id);
            looks.insert(id, { member.name, QColor(member.colour) });
        }
    m_model->setProfiles(looks);
    // The Profile column is there while several profiles are in scope (a person may hide it).
    const bool several = m_fleet->memberIds().size() > 1;
    if (several != !m_view->isColumnHidden(InstancesModel::ProfileColumn)) {
        m_view->setColumnHidden(InstancesModel::ProfileColumn, !several);
        // It leads the first time it shows; after that it stays where the person put it.
        QHeaderView *header = m_view->horizontalHeader();
        if (several && header->visualIndex(InstancesModel::ProfileColumn) == header->count() - 1)
            header->moveSection(header->count() - 1, 0);
    }
    showRegionStatus();
}

void InstancesPane::setUpColumnMenu()
{
    QHeaderView *header = m_view->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, [this, header](const QPoint &at) {
        auto *menu = new QMenu(tr("Columns"), this);
        menu->setObjectName(u"columnsMenu"_s);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        for (int visual = 0; visual < header->count(); ++visual) {
            const int column = header->logicalIndex(visual);
            QAction *action
                = menu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
            action->setCheckable(true);
            action->setChecked(!m_view->isColumnHidden(column));
            connect(action, &QAction::toggled, m_view,
                [this, column](bool shown) { m_view->setColumnHidden(column, !shown); });
        }
        menu->popup(header->mapToGlobal(at)); // non-blocking
    });
}

namespace {

/// Another member takes the window's region, or all of its own account's regions.
void applyMemberScope(
    ecs::FleetScope *fleet, const QString &profileId, bool all, const QString &regionId)
{
    if (all)
        fleet->setAllRegions(profileId);
    else
        fleet->setRegions(profileId, regionId.isEmpty() ? QStringList() : QStringList { regionId });
}

} // namespace

void InstancesPane::applyFleetScope()
{
    // This window's profile follows the region switcher or "All regions" as before; every other
    // member takes the same region, or all of its own account's regions.
    m_fleet->setRegions({}, scope());
    for (const QString &id : m_fleet->memberIds())
        if (!id.isEmpty())
            applyMemberScope(m_fleet, id, m_allRegionsBox->isChecked(), regionId());
}

void InstancesPane::refreshMember(const QString &profileId)
{
    // A profile whose credentials just resolved loads alone: its rows arrive as added, and the
    // other profiles' rows are neither fetched again nor touched.
    if (profileId.isEmpty()) {
        refresh();
        return;
    }
    applyMemberScope(m_fleet, profileId, m_allRegionsBox->isChecked(), regionId());
    m_fleet->refreshMember(profileId);
    showRegionStatus();
}

void InstancesPane::applyFleetChange(const ecs::FleetChange &change)
{
    // Regions leaving (All regions unticked, a profile gone): their rows are hidden in one
    // layout change before they go, not removed range by range from the sorted table.
    constexpr qsizetype kRowsHiddenFirst = 500;
    if (change.change.removed.size() >= kRowsHiddenFirst)
        m_proxy->hideSourceRows(m_model->rowsRemovedBy(change));
    m_model->apply(change);
    updateCount();
}

void InstancesPane::showProblems()
{
    int retryInMs = 0;
    const QList<ecs::FleetScope::Failure> fleetFailures = m_fleet->failures(&retryInMs);
    if (fleetFailures.isEmpty()) {
        clearError();
        return;
    }
    // Named by region alone while one profile is in scope, else "profile · region".
    const bool several = m_fleet->memberIds().size() > 1;
    QList<std::pair<QString, ecs::ApiError>> failures;
    for (const ecs::FleetScope::Failure &f : fleetFailures) {
        const QString profile = m_fleet->member(f.profileId).name;
        const QString where = f.regionId.isEmpty() ? tr("profile %1").arg(profile)
            : several                              ? u"%1 · %2"_s.arg(profile, f.regionId)
                                                   : f.regionId;
        failures.append({ where, f.error });
    }
    const int seconds = (retryInMs + 999) / 1000;
    if (failures.size() == 1) {
        const QString where = failures.first().first;
        errorBanner()->showError(retryInMs > 0
                ? tr("Could not load the instances of %1 (trying again in %n s)", "", seconds)
                      .arg(where)
                : tr("Could not load the instances of %1").arg(where),
            failures.first().second);
        return;
    }
    errorBanner()->showErrors(
        tr("Could not load the instances of %n region(s)", "", int(failures.size())), failures,
        retryInMs > 0
            ? tr("Each failed region is tried again by itself (next within %n s); greyed rows "
                 "are from its last successful load.",
                "", seconds)
            : tr("Greyed rows are from the last successful load of their region."));
}

void InstancesPane::updateStale()
{
    QHash<QString, ecs::ApiError> stale;
    for (const QString &id : m_fleet->memberIds()) {
        const ecs::InstanceInventory *inventory = m_fleet->inventory(id);
        if (!inventory)
            continue;
        for (const QString &region : inventory->scope())
            if (const ecs::RegionStatus status = inventory->status(region); status.stale)
                stale.insert(ecs::FleetScope::keyOf(id, region), status.error);
    }
    m_model->setStaleRegions(stale);
}

} // namespace ecs::ui
