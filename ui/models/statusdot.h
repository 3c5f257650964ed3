#pragma once

#include <QColor>
#include <QIcon>

namespace ecs::ui {

/// The coloured dot in front of a status word; drawn once per colour and shared by every model.
QIcon statusDot(const QColor &color);

/// The colours the sketch gives states, so that all tables agree.
namespace StatusColor {
inline QColor good()
{
    return QColor(0x2e, 0x9d, 0x4f);
}
inline QColor busy()
{
    return QColor(0xf2, 0xa1, 0x00);
}
inline QColor idle()
{
    return QColor(0x9e, 0x9e, 0x9e);
}
inline QColor bad()
{
    return QColor(0xd3, 0x2f, 0x2f);
}
} // namespace StatusColor

} // namespace ecs::ui
