#include "statusdot.h"

#include <QGuiApplication>
#include <QHash>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

namespace ecs::ui {

QIcon statusDot(const QColor &color)
{
    // Models ask for the icon in data(), once per painted cell: drawing it each time would show.
    static QHash<QRgb, QIcon> cache;
    // On a dark palette the same hues, lighter: they keep their contrast with the background.
    const bool dark = QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
    const QColor shown = dark ? color.lighter(135) : color;
    auto it = cache.find(shown.rgba());
    if (it == cache.end()) {
        QPixmap dot(32, 32); // scaled down by the view: stays sharp on HiDPI
        dot.fill(Qt::transparent);
        QPainter painter(&dot);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(shown);
        painter.drawEllipse(QRectF(6, 6, 20, 20));
        painter.end();
        it = cache.insert(shown.rgba(), QIcon(dot));
    }
    return *it;
}

} // namespace ecs::ui
