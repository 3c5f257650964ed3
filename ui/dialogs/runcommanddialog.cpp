#include "runcommanddialog.h"

#include "apirequest.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ecs::ui {

RunCommandDialog::RunCommandDialog(const QString &targets, QWidget *parent)
    : QDialog(parent)
    , m_type(new QComboBox(this))
    , m_script(new QPlainTextEdit(this))
    , m_timeout(new QSpinBox(this))
    , m_workingDir(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_clientToken(ApiRequest::newClientToken())
{
    setObjectName(u"runCommandDialog"_s);
    setWindowTitle(tr("Run command"));
    auto *heading
        = new QLabel(tr("Run a command through Cloud Assistant on %1.").arg(targets), this);
    heading->setWordWrap(true);
    for (const ScriptType type : { ScriptType::Shell, ScriptType::PowerShell, ScriptType::Bat })
        m_type->addItem(CloudAssistantTexts::scriptTypeName(type), int(type));
    m_type->setObjectName(u"commandType"_s);
    m_script->setObjectName(u"commandScript"_s);
    m_script->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_script->setPlaceholderText(tr("hostname; uptime"));
    m_script->setTabChangesFocus(true);
    m_script->setMinimumHeight(fontMetrics().lineSpacing() * 6);
    m_timeout->setObjectName(u"commandTimeout"_s);
    m_timeout->setRange(10, 86'400);
    m_timeout->setValue(60);
    m_timeout->setSuffix(tr(" s"));
    m_workingDir->setObjectName(u"commandWorkingDir"_s);
    m_workingDir->setPlaceholderText(tr("default (/root or C:\\Windows\\system32)"));
    m_user->setObjectName(u"commandUser"_s);
    m_user->setPlaceholderText(tr("default (root or System)"));
    m_problem->setObjectName(u"commandProblem"_s);
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Script:"), m_script);
    form->addRow(tr("&Timeout:"), m_timeout);
    form->addRow(tr("&Working directory:"), m_workingDir);
    form->addRow(tr("&User:"), m_user);
    m_type->setAccessibleName(tr("Script type"));
    m_script->setAccessibleName(tr("Script"));
    m_timeout->setAccessibleName(tr("Timeout in seconds"));
    m_workingDir->setAccessibleName(tr("Working directory"));
    m_user->setAccessibleName(tr("User"));
    m_problem->setAccessibleName(tr("Problem"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_run = buttons->addButton(tr("&Run"), QDialogButtonBox::AcceptRole);
    m_run->setObjectName(u"runButton"_s);
    m_run->setAccessibleName(tr("Run the command"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_script, &QPlainTextEdit::textChanged, this, &RunCommandDialog::validate);
    connect(m_timeout, &QSpinBox::valueChanged, this, &RunCommandDialog::validate);
    connect(m_workingDir, &QLineEdit::textChanged, this, &RunCommandDialog::validate);
    connect(m_user, &QLineEdit::textChanged, this, &RunCommandDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 80, sizeHint().height());
    validate();
}

CommandSpec RunCommandDialog::spec() const
{
    CommandSpec spec;
    spec.type = ScriptType(m_type->currentData().toInt());
    spec.script = m_script->toPlainText();
    spec.timeoutS = m_timeout->value();
    spec.workingDir = m_workingDir->text().trimmed();
    spec.username = m_user->text().trimmed();
    spec.clientToken = m_clientToken;
    return spec;
}

void RunCommandDialog::setSpec(const CommandSpec &spec)
{
    m_type->setCurrentIndex(m_type->findData(int(spec.type)));
    m_script->setPlainText(spec.script);
    m_timeout->setValue(spec.timeoutS);
    m_workingDir->setText(spec.workingDir);
    m_user->setText(spec.username);
}

void RunCommandDialog::validate()
{
    const QString problem = commandSpecProblem(spec());
    m_problem->setText(problem);
    m_run->setEnabled(problem.isEmpty());
}

} // namespace ecs::ui
