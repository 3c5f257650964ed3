#pragma once

#include <QString>

class QMenu;

namespace ecs::ui {

/// View › Language: System / English / 简体中文, kept in QSettings ("ui/language": "system", "en"
/// or "zh_CN"). Translators are installed once at startup (translations.cpp), so a new choice
/// applies at the next start; the status bar says so.
namespace language {

/// The QSettings key and the saved choice ("system" when nothing valid is saved).
inline constexpr auto settingsKey = "ui/language";
QString saved();
/// The View › Language submenu, added to `viewMenu`.
QMenu *addMenuTo(QMenu *viewMenu);

} // namespace language

} // namespace ecs::ui
