#include "statusdot.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace ecs::ui {

QIcon statusDot(const QColor &color)
{
    // Models ask for the icon in data(), once per painted cell: drawing it each time would show.
    static QHash<QRgb, QIcon> cache;
    auto it = cache.find(color.rgba());
    if (it == cache.end()) {
        QPixmap dot(32, 32); // scaled down by the view: stays sharp on HiDPI
        dot.fill(Qt::transparent);
        QPainter painter(&dot);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawEllipse(QRectF(6, 6, 20, 20));
        painter.end();
        it = cache.insert(color.rgba(), QIcon(dot));
    }
    return *it;
}

} // namespace ecs::ui
