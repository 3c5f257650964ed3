#pragma once

#include "signer.h"

#include <QObject>
#include <QUrl>

namespace ecs::ui {

/// The endpoint behind the Demo profile, handed in by the application (ecs-console runs the
/// simulator in process): the console's libraries never start a simulator themselves, so ecs-ui
/// does not link ecs-sim.
class DemoEndpoint : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~DemoEndpoint() override;

    /// Starts serving; ready() or failed() follows, asynchronously. Called once, on first use of
    /// the Demo profile.
    virtual void start() = 0;
    /// The key pair the endpoint accepts (not a secret of anyone's: it opens the demo only).
    virtual Credentials credentials() const = 0;

Q_SIGNALS:
    void ready(const QUrl &url);
    void failed(const QString &reason);
};

} // namespace ecs::ui
