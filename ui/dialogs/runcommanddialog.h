#pragma once

#include "assistant/cloudassistant.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace ecs::ui {

/// Run command…: the script type, the script, its timeout, working directory and user. It only
/// collects: spec() is what to run; the client token is fixed when the dialog opens, so that a
/// retry of the same submission runs at most once. Asynchronous: open() it, listen to accepted().
class RunCommandDialog : public QDialog
{
    Q_OBJECT

public:
    /// `targets`: "web-1" or "3 instances", for the heading.
    RunCommandDialog(const QString &targets, QWidget *parent = nullptr);

    ecs::CommandSpec spec() const;
    QPushButton *runButton() const { return m_run; }
    QPlainTextEdit *scriptEdit() const { return m_script; }
    /// Starts with `spec`'s choices (Run again keeps what was typed).
    void setSpec(const ecs::CommandSpec &spec);

private:
    void validate();

    QComboBox *m_type;
    QPlainTextEdit *m_script;
    QSpinBox *m_timeout;
    QLineEdit *m_workingDir;
    QLineEdit *m_user;
    QLabel *m_problem;
    QPushButton *m_run;
    QString m_clientToken;
};

} // namespace ecs::ui
