#include "profileresolver.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace ecs {

void resolveProfile(const ProfileStore &store, SecretStore *secrets, const QString &name,
    QObject *context, std::function<void(const ResolvedProfile &)> done)
{
    const auto finishLater = [context, done](ResolvedProfile r) {
        QTimer::singleShot(0, context, [done, r = std::move(r)] { done(r); });
    };

    if (name == u"Environment") {
        Credentials credentials;
        ResolvedProfile r;
        if (auto env = environmentProfile(&credentials)) {
            r.profile = *env;
            r.config = env->clientConfig(credentials, &r.error);
        } else {
            r.error = Profile::tr("The Environment profile needs ALIBABA_CLOUD_ACCESS_KEY_ID and "
                                  "ALIBABA_CLOUD_ACCESS_KEY_SECRET to be set.");
        }
        finishLater(r);
        return;
    }

    const std::optional<Profile> profile = store.profile(name);
    if (!profile) {
        ResolvedProfile r;
        r.error = Profile::tr("There is no profile named \"%1\".").arg(name);
        r.secretStatus = SecretResult::Status::NotFound;
        finishLater(r);
        return;
    }
    secrets->read(name, context, [profile = *profile, done](const SecretResult &secret) {
        ResolvedProfile r;
        r.profile = profile;
        r.secretStatus = secret.status;
        if (!secret.ok()) {
            r.error = secret.message;
        } else {
            const Credentials credentials { profile.accessKeyId, secret.secret.accessKeySecret,
                secret.secret.securityToken };
            r.config = profile.clientConfig(credentials, &r.error);
        }
        done(r);
    });
}

} // namespace ecs
