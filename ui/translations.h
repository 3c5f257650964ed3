#pragma once

namespace ecs::ui {

/// Installs the console's translations into the application once: the UI language's file when
/// there is one, and always the English plural forms (so "%n instance(s)" reads "1 instance",
/// "3 instances" in English too). Runs at QCoreApplication construction in every program that
/// links ecs-ui (app and tests alike), through i18nstartup.cpp.
void installTranslations();

} // namespace ecs::ui
