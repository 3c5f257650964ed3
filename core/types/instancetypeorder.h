#pragma once

#include <QString>

namespace ecs {

/// Orders instance types as people read them: by family (ecs.g7 < ecs.g7a < ecs.g8i, digits as
/// numbers), then by size (small < medium < large < xlarge < 2xlarge < 16xlarge). A plain string or
/// numeric collation gets "16xlarge" before "2xlarge" and "large" after "xlarge".
bool instanceTypeLess(const QString &a, const QString &b);

/// The size part's weight ("large" 0.5, "xlarge" 1, "4xlarge" 4), or -1 when it is not a size.
double instanceSizeWeight(QStringView size);

} // namespace ecs
