#pragma once

#include "actions/instanceactions.h"
#include "callscope.h"
#include "profile.h"
#include "profileresolver.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <map>
#include <memory>

class QNetworkAccessManager;

namespace ecs {
class EcsClient;
class FleetScope;
} // namespace ecs

namespace ecs::ui {

class InstancesPane;
class ProfileDirectory;

/// The other profiles of an "All profiles" scope: each is resolved as the window's own profile is
/// (its secret from the keychain through the profile resolver), gets a client of its own and
/// joins the Instances pane's fleet. One that cannot be opened joins as a failed member with why,
/// never holding up the others.
class FleetProfiles : public QObject
{
    Q_OBJECT

public:
    FleetProfiles(ProfileDirectory *directory, QNetworkAccessManager *network, InstancesPane *pane,
        QObject *parent = nullptr);
    ~FleetProfiles() override;

    /// The other profiles in scope (the window's own is always in it). Profiles that leave go
    /// with their rows and calls; new ones are resolved and load.
    void setProfiles(const QStringList &names);
    QStringList profiles() const { return m_names; }
    /// What the actions need of a member (its client, name, protection).
    ActingProfile acting(const QString &name) const;
    /// A profile's colour as stored (invalid when none).
    QColor colourOf(const QString &name) const;

Q_SIGNALS:
    void membersChanged();

private:
    void resolved(const QString &name, const ResolvedProfile &profile);
    void drop(const QString &name);

    ProfileDirectory *m_directory;
    QNetworkAccessManager *m_network;
    QPointer<InstancesPane> m_pane;
    QStringList m_names;
    QHash<QString, Profile> m_profiles; ///< resolved, by name
    std::map<QString, std::unique_ptr<ecs::EcsClient>> m_clients;
    CallScope m_resolving { this }; ///< the newest choice of profiles wins
};

} // namespace ecs::ui
