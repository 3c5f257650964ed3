#include "protectedconfirmdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ecs::ui {

ProtectedConfirmDialog::ProtectedConfirmDialog(
    const QString &action, const QStringList &profiles, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"protectedConfirmDialog"_s);
    setWindowTitle(tr("Protected profile"));
    setWindowModality(Qt::WindowModal);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("“%1” changes resources of %n protected profile(s). Type each profile's name to go on.",
            "", int(profiles.size()))
            .arg(action),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    for (const QString &profile : profiles) {
        auto *field = new QLineEdit(this);
        field->setObjectName(u"protectedName_"_s + profile);
        field->setPlaceholderText(profile);
        auto *label = new QLabel(tr("Type %1:").arg(profile), this);
        label->setBuddy(field);
        field->setAccessibleName(tr("Name of profile %1").arg(profile));
        form->addRow(label, field);
        connect(field, &QLineEdit::textChanged, this, &ProtectedConfirmDialog::updateOk);
        m_fields << field;
    }
    layout->addLayout(form);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Go on"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
}

void ProtectedConfirmDialog::updateOk()
{
    bool all = true;
    for (qsizetype i = 0; i < m_fields.size(); ++i)
        all = all && m_fields.at(i)->text() == m_profiles.at(i);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(all);
}

} // namespace ecs::ui
