#pragma once

#include <QStringList>

class QMainWindow;
class QMenu;

namespace ecs::ui {

class OperationsModel;

/// Help › About ECS Console, Keyboard shortcuts (F1), Copy diagnostics, for `window`.
void buildHelpMenu(QMainWindow *window, QMenu *helpMenu, OperationsModel *operations);

/// The failed operations still listed, newest first, in words (code, message, RequestId).
QStringList recentErrors(const OperationsModel *operations, int atMost = 10);

} // namespace ecs::ui
