#include "translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace ecs::ui {

void installTranslations()
{
    auto *app = QCoreApplication::instance();
    if (!app || app->property("ecsTranslationsInstalled").toBool())
        return;
    app->setProperty("ecsTranslationsInstalled", true);
    // The UI language first (later installed translators are asked first), then English plurals
    // as the fallback for every text the language's file does not have.
    auto *english = new QTranslator(app);
    if (english->load(u":/i18n/ecs-console_en.qm"_s))
        QCoreApplication::installTranslator(english);
    auto *language = new QTranslator(app);
    if (language->load(QLocale(), u"ecs-console"_s, u"_"_s, u":/i18n"_s)
        && language->language() != u"en_US"_s)
        QCoreApplication::installTranslator(language);
    else
        delete language;
}

} // namespace ecs::ui
