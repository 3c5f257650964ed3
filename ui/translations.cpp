#include "translations.h"

#include "desktop/languagemenu.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace ecs::ui {

namespace {

// The UI language: View › Language's choice (QSettings "ui/language") before the system locale
// (QLocale() follows LANG / LC_ALL / LC_MESSAGES). This runs inside the QCoreApplication
// constructor, before main() names the application, so the console's settings are named here;
// other programs (tests, ecs-sim) that have not named theirs follow the system locale.
QLocale uiLocale()
{
    if (QCoreApplication::organizationName().isEmpty()) {
        if (QCoreApplication::applicationName() != u"ecs-console"_s)
            return QLocale();
        const QSettings settings(u"ecs-console"_s, u"ecs-console"_s);
        const QString name = settings.value(QLatin1StringView(language::settingsKey)).toString();
        if (name == u"en"_s || name == u"zh_CN"_s)
            return QLocale(name);
        return QLocale();
    }
    const QString name = language::saved();
    return name == u"system"_s ? QLocale() : QLocale(name);
}

} // namespace

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
    // Numbers, dates and the names asked of the service (AcceptLanguage) follow the UI language.
    const QLocale locale = uiLocale();
    if (locale != QLocale())
        QLocale::setDefault(locale);
    // Qt's own words (standard buttons, file dialogs) from Debian's qt6-translations-l10n.
    auto *qtBase = new QTranslator(app);
    if (qtBase->load(
            locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))
        && qtBase->language() != u"en_US"_s)
        QCoreApplication::installTranslator(qtBase);
    else
        delete qtBase;
    auto *language = new QTranslator(app);
    if (language->load(locale, u"ecs-console"_s, u"_"_s, u":/i18n"_s)
        && language->language() != u"en_US"_s)
        QCoreApplication::installTranslator(language);
    else
        delete language;
}

} // namespace ecs::ui
