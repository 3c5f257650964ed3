#include "helpmenu.h"

#include "dialogs/aboutdialog.h"
#include "dialogs/shortcutsdialog.h"
#include "lifecycle/operation.h"
#include "operations/operationsmodel.h"

#include <QAction>
#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QMainWindow>
#include <QMenu>
#include <QPointer>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace ecs::ui {

namespace {
/// Translation context for the Help menu.
class HelpMenu
{
    Q_DECLARE_TR_FUNCTIONS(ecs::ui::HelpMenu)
};
} // namespace

QStringList recentErrors(const OperationsModel *operations, int atMost)
{
    QStringList errors;
    for (int row = 0; operations && row < operations->rowCount() && errors.size() < atMost; ++row) {
        const Operation *operation = operations->operationAt(row);
        if (!operation || operation->state() != Operation::State::Failed)
            continue;
        const ApiError error = operation->error();
        QString line = u"%1 [%2]: %3"_s.arg(operation->title(), operation->regionId(),
            error.code.isEmpty() ? error.title() : error.code);
        if (!error.message.isEmpty())
            line += u" — "_s + error.message;
        if (!error.requestId.isEmpty())
            line += u" (RequestId %1)"_s.arg(error.requestId);
        errors << line;
    }
    return errors;
}

void buildHelpMenu(QMainWindow *window, QMenu *helpMenu, OperationsModel *operations)
{
    const QString version = QCoreApplication::applicationVersion(); // PROJECT_VERSION (main.cpp)

    QAction *shortcuts = helpMenu->addAction(HelpMenu::tr("&Keyboard shortcuts"));
    shortcuts->setObjectName(u"keyboardShortcutsAction"_s);
    shortcuts->setShortcut(QKeySequence(Qt::Key_F1));
    shortcuts->setShortcutContext(Qt::WindowShortcut);
    QObject::connect(shortcuts, &QAction::triggered, window, [window] {
        // Opened, not exec()'d: no nested event loop, and screen readers can still act.
        auto *dialog = new ShortcutsDialog(window, window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });

    QAction *copy = helpMenu->addAction(HelpMenu::tr("&Copy diagnostics"));
    copy->setObjectName(u"copyDiagnosticsAction"_s);
    copy->setToolTip(HelpMenu::tr(
        "Copies versions, platform and recent errors (secrets removed) for a bug report"));
    QPointer<OperationsModel> model = operations;
    QObject::connect(copy, &QAction::triggered, window, [window, version, model] {
        AboutDialog::findSecretService(window, [window, version, model](bool onBus) {
            const QString text = Diagnostics::text(
                version, Diagnostics::keychainBackend(onBus), recentErrors(model));
            QGuiApplication::clipboard()->setText(text);
            window->statusBar()->showMessage(
                HelpMenu::tr("Diagnostics copied to the clipboard"), 8'000);
        });
    });

    helpMenu->addSeparator();
    QAction *about = helpMenu->addAction(HelpMenu::tr("&About ECS Console"));
    about->setObjectName(u"aboutAction"_s);
    QObject::connect(about, &QAction::triggered, window, [window, version] {
        auto *dialog = new AboutDialog(version, window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

} // namespace ecs::ui
