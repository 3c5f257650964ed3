#pragma once

#include "lifecycle/plans.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

// Tags and names of instances as tracked operations: TagResources / UntagResources in chunks of
// at most 50 instances × 20 tags per call, per region; ModifyInstanceAttribute for a name or a
// description.
namespace ecs {

using TagPairs = QList<std::pair<QString, QString>>;

namespace ops {
struct TagResources
{
    static constexpr int kMaxResources = 50;
    static constexpr int kMaxTags = 20;
    static ApiRequest request(
        const QString &regionId, const QStringList &instanceIds, const TagPairs &tags);
};
struct UntagResources
{
    static constexpr int kMaxResources = 50;
    static constexpr int kMaxKeys = 20;
    /// `all` with no keys removes every tag of the instances.
    static ApiRequest request(const QString &regionId, const QStringList &instanceIds,
        const QStringList &keys, bool all = false);
};
struct ModifyInstanceAttribute
{
    /// Only the fields given (a null QString: left as it is; an empty one clears a description).
    static ApiRequest request(const QString &regionId, const QString &instanceId,
        const QString &instanceName, const QString &description);
};
} // namespace ops

/// What the service accepts as tags, names and descriptions, in words (translation context
/// ecs::TagRules). Each returns why the text is refused, or an empty string.
class TagRules
{
    Q_DECLARE_TR_FUNCTIONS(ecs::TagRules)

public:
    static constexpr int kMaxKeyLength = 128;
    static constexpr int kMaxValueLength = 128;
    static constexpr int kMaxTagsPerInstance = 20;
    static constexpr int kMaxDescriptionLength = 256;

    static QString keyProblem(const QString &key);
    static QString valueProblem(const QString &value);
    /// 2–128 characters, a letter first, then letters, digits and . _ - : only.
    static QString nameProblem(const QString &name);
    static QString descriptionProblem(const QString &description);
    /// The first problem of a whole list (also duplicates), or empty.
    static QString tagsProblem(const TagPairs &tags);
};

/// Adds (or overwrites) `tags` on every instance of the selection: per region, every 50
/// instances × every 20 tags is one TagResources call.
ActionPlan planAddTags(const QList<Instance> &selection, const TagPairs &tags);
/// Removes the tags with these keys: per region, 50 instances × 20 keys per UntagResources call.
ActionPlan planRemoveTags(const QList<Instance> &selection, const QStringList &keys);
ActionPlan planRename(const Instance &instance, const QString &name);
ActionPlan planDescribe(const Instance &instance, const QString &description);

/// The tag keys the selection carries, sorted, each once.
QStringList tagKeysOf(const QList<Instance> &selection);

} // namespace ecs
