#include "icons.h"

#include <QIcon>

using namespace Qt::StringLiterals;

namespace ecs::ui {

void installBundledIcons()
{
    const QString bundled = u"ecs"_s;
    QStringList paths = QIcon::themeSearchPaths();
    if (!paths.contains(u":/icons"_s))
        QIcon::setThemeSearchPaths(paths << u":/icons"_s);
    QIcon::setFallbackThemeName(bundled);
    // No desktop theme at all (hicolor is only the freedesktop base): the bundled set is it.
    if (QIcon::themeName().isEmpty() || QIcon::themeName() == u"hicolor"_s)
        QIcon::setThemeName(bundled);
}

} // namespace ecs::ui
