#pragma once

#include "types/vocabulary.h"

#include <QCoreApplication>
#include <QString>

namespace ecs {

/// What a step of an action waits for once the service has accepted its calls: nothing, every
/// instance in a status, or every instance gone (released instances drop out of the answers).
struct WaitTarget
{
    Q_DECLARE_TR_FUNCTIONS(ecs::WaitTarget)

public:
    enum class Kind { None, Status, Gone };
    Kind kind = Kind::None;
    InstanceStatus status = InstanceStatus::Unknown; ///< for Kind::Status

    static WaitTarget none() { return {}; }
    static WaitTarget reach(InstanceStatus s) { return { Kind::Status, s }; }
    static WaitTarget gone() { return { Kind::Gone, InstanceStatus::Unknown }; }

    bool isNone() const { return kind == Kind::None; }
    /// Whether an instance last seen in `seen` (or absent, when `present` is false) is there.
    bool reachedBy(InstanceStatus seen, bool present) const
    {
        switch (kind) {
        case Kind::None:
            return true;
        case Kind::Status:
            return present && seen == status;
        case Kind::Gone:
            return !present;
        }
        return false;
    }
    /// "Running", "gone": what is waited for, in words.
    QString name() const
    {
        return kind == Kind::Gone ? tr("gone") : Vocabulary::statusName(status);
    }
    friend bool operator==(const WaitTarget &, const WaitTarget &) = default;
};

} // namespace ecs
