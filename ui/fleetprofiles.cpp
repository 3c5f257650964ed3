#include "fleetprofiles.h"

#include "ecsclient.h"
#include "fleet/fleetscope.h"
#include "panes/instancespane.h"
#include "profiledirectory.h"

#include <QColor>

using namespace Qt::StringLiterals;

namespace ecs::ui {

FleetProfiles::FleetProfiles(ProfileDirectory *directory, QNetworkAccessManager *network,
    InstancesPane *pane, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
    , m_network(network)
    , m_pane(pane)
{ }

FleetProfiles::~FleetProfiles()
{
    // The members leave the pane's fleet before their clients go.
    for (const QString &name : std::as_const(m_names))
        if (m_pane)
            m_pane->fleet()->removeMember(name);
}

void FleetProfiles::setProfiles(const QStringList &names)
{
    m_resolving.renew(); // a resolution of an earlier choice is dropped
    for (const QString &name : QStringList(m_names))
        if (!names.contains(name))
            drop(name);
    m_names = names;
    for (const QString &name : names) {
        if (m_pane->fleet()->contains(name) && !m_pane->fleet()->memberError(name).isError())
            continue;
        m_directory->resolve(name, m_resolving.context(),
            m_resolving.guard([this, name](const ResolvedProfile &r) { resolved(name, r); }));
    }
    m_pane->fleetChanged();
    Q_EMIT membersChanged();
}

void FleetProfiles::drop(const QString &name)
{
    m_pane->fleet()->removeMember(name);
    m_profiles.remove(name);
    if (const auto it = m_clients.find(name); it != m_clients.end()) {
        it->second->cancelAll();
        it->second.release()->deleteLater(); // its cancelled calls finish first
        m_clients.erase(it);
    }
    m_names.removeAll(name);
}

void FleetProfiles::resolved(const QString &name, const ResolvedProfile &profile)
{
    if (!m_names.contains(name))
        return;
    m_profiles.insert(name, profile.profile);
    const FleetMember member { name, name, profile.profile.colour };
    if (!profile.ok()) {
        m_pane->fleet()->addFailedMember(member,
            ApiError::make(ApiError::Kind::Configuration,
                tr("Profile %1 cannot be opened: %2").arg(name, profile.error)));
    } else {
        auto client = std::make_unique<EcsClient>(m_network, profile.config);
        m_pane->fleet()->addMember(member, client.get());
        m_clients[name] = std::move(client);
    }
    m_pane->fleetChanged();
    m_pane->refreshMember(name); // only its rows arrive; the other profiles' stay as they are
    Q_EMIT membersChanged();
}

ActingProfile FleetProfiles::acting(const QString &name) const
{
    ActingProfile out;
    out.name = name;
    if (const auto it = m_clients.find(name); it != m_clients.end())
        out.client = it->second.get();
    const Profile profile = m_profiles.value(name);
    out.isProtected = profile.isProtected;
    out.readOnly = profile.readOnly;
    return out;
}

QColor FleetProfiles::colourOf(const QString &name) const
{
    if (m_profiles.contains(name))
        return QColor(m_profiles.value(name).colour);
    const std::optional<Profile> stored = m_directory->store().profile(name);
    return stored ? QColor(stored->colour) : QColor();
}

} // namespace ecs::ui
