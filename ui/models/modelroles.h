#pragma once

#include <Qt>

namespace ecs::ui {

/// Roles every resource model shares.
enum ModelRole {
    /// The resource id of the row, whatever the column.
    KeyRole = Qt::UserRole + 1,
    /// The column's value for sorting (numbers as numbers).
    SortRole,
    /// Everything the filter box matches for the row (name, id, addresses, tags), one string.
    SearchRole,
    /// True for a row from an earlier answer whose refresh failed (shown greyed, with why).
    /// Far from the others: models number their own roles from SearchRole + 1.
    StaleRole = Qt::UserRole + 64,
};

} // namespace ecs::ui
