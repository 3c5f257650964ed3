#include "fleetquotes.h"

#include "fleet/fleetplans.h"

namespace ecs::quotes {

QCoro::Task<Result<QList<ProfilePrice>>> fleetRenewPrice(
    CallScope &scope, QList<ProfileClient> profiles, QList<Instance> selection, int months)
{
    QList<ProfilePrice> out;
    for (const auto &[profileId, part] : splitByProfile(selection)) {
        ProfilePrice line;
        line.profileId = profileId;
        line.name = profileId;
        line.instances = int(part.size());
        EcsClient *client = nullptr;
        for (const ProfileClient &p : std::as_const(profiles))
            if (p.profileId == profileId) {
                line.name = p.name;
                client = p.client.data();
            }
        if (!client) {
            line.error = ApiError::make(ApiError::Kind::Configuration,
                QuoteTexts::tr("Profile %1 is not open.").arg(line.name));
            out.append(line);
            continue;
        }
        const Result<Price> price = co_await renewPrice(scope, client, part, months);
        if (price.cancelled())
            co_return price.error();
        if (price.ok())
            line.price = price.value();
        else
            line.error = price.error();
        out.append(line);
    }
    co_return out;
}

std::optional<Price> totalOf(const QList<ProfilePrice> &parts)
{
    if (parts.isEmpty())
        return std::nullopt;
    Price total;
    total.currency = parts.first().price.currency;
    for (const ProfilePrice &p : parts) {
        if (!p.known() || p.price.currency != total.currency)
            return std::nullopt;
        total.tradePrice += p.price.tradePrice;
        total.originalPrice += p.price.originalPrice;
        total.discountPrice += p.price.discountPrice;
    }
    return total;
}

} // namespace ecs::quotes
