#include "languagemenu.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QMainWindow>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace ecs::ui::language {

namespace {

class LanguageMenu
{
    Q_DECLARE_TR_FUNCTIONS(ecs::ui::LanguageMenu)

public:
    static QList<std::pair<QString, QString>> choices()
    {
        // A language's own name is not translated: it must be readable in any UI language.
        return { { u"system"_s, tr("&System") }, { u"en"_s, u"English (&E)"_s },
            { u"zh_CN"_s, u"简体中文 (&C)"_s } };
    }
    static QString title() { return tr("&Language"); }
    static QString restartNote()
    {
        return tr("The language changes when ECS Console starts again.");
    }
};

} // namespace

QString saved()
{
    const QSettings settings;
    const QString value = settings.value(QLatin1StringView(settingsKey)).toString();
    return value == u"en"_s || value == u"zh_CN"_s ? value : u"system"_s;
}

QMenu *addMenuTo(QMenu *viewMenu)
{
    QMenu *menu = viewMenu->addMenu(LanguageMenu::title());
    menu->setObjectName(u"languageMenu"_s);
    auto *group = new QActionGroup(menu);
    const QString current = saved();
    for (const auto &[name, text] : LanguageMenu::choices()) {
        QAction *action = menu->addAction(text);
        action->setObjectName(u"language_"_s + name);
        action->setCheckable(true);
        action->setChecked(name == current);
        group->addAction(action);
        const QString choice = name;
        QObject::connect(action, &QAction::triggered, menu, [menu, choice] {
            if (saved() == choice)
                return;
            QSettings().setValue(QLatin1StringView(settingsKey), choice);
            for (QObject *object = menu; object; object = object->parent()) {
                if (auto *window = qobject_cast<QMainWindow *>(object)) {
                    window->statusBar()->showMessage(LanguageMenu::restartNote(), 10000);
                    break;
                }
            }
        });
    }
    return menu;
}

} // namespace ecs::ui::language
