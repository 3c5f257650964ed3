#pragma once

#include <QWidget>

class QPushButton;
class QTableView;

namespace ecs::ui {

class Operation;
class OperationsModel;

/// The operations dock: every tracked operation, newest first, with Cancel, "Copy as command"
/// and "Clear finished".
class OperationsPanel : public QWidget
{
    Q_OBJECT

public:
    OperationsPanel(OperationsModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    Operation *currentOperation() const;
    void setProfileName(const QString &name) { m_profileName = name; }

private:
    void updateButtons();

    OperationsModel *m_model;
    QTableView *m_view;
    QPushButton *m_cancel;
    QPushButton *m_copy;
    QPushButton *m_clear;
    QString m_profileName;
};

} // namespace ecs::ui
