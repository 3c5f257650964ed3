// Compiled into every program that links ecs-ui (an INTERFACE source): a static library's
// startup hook would be dropped by the linker when nothing references it.
#include "translations.h"

#include <QCoreApplication>

namespace {
void ecsInstallTranslations()
{
    ecs::ui::installTranslations();
}
} // namespace

Q_COREAPP_STARTUP_FUNCTION(ecsInstallTranslations)
