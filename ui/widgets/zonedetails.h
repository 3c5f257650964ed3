#pragma once

#include <QTextBrowser>

namespace ecs {
struct Zone;
}

namespace ecs::ui {

/// Every field of one zone, selectable and copyable: what it can create, its disk categories and
/// the instance types it offers. A text browser rather than a form of labels, because the lists
/// are long and must wrap and scroll.
class ZoneDetails : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ZoneDetails(QWidget *parent = nullptr);

    /// Null clears it (no zone selected, or the region is switching).
    void setZone(const ecs::Zone *zone);
};

} // namespace ecs::ui
