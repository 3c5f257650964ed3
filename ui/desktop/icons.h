#pragma once

namespace ecs::ui {

/// Makes the icon set bundled in the resources (":/icons/ecs", freedesktop names) the fallback
/// of QIcon::fromTheme: the desktop's theme wins where it has an icon, the bundled SVGs fill the
/// gaps (and are the whole set when there is no theme, as on a bare X server). SVG, so they are
/// crisp at 1×, 1.5× and 2×. Call once, before the first window.
void installBundledIcons();

} // namespace ecs::ui
