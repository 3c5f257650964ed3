#include "sessionsecretdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ecs::ui {

SessionSecretDialog::SessionSecretDialog(
    const QString &profileName, const QString &reason, bool needsToken, QWidget *parent)
    : QDialog(parent)
    , m_secret(new QLineEdit(this))
    , m_token(new QLineEdit(this))
{
    setObjectName(u"sessionSecretDialog"_s);
    setWindowTitle(tr("Secret for %1").arg(profileName));
    auto *explanation = new QLabel(reason + u"\n\n"_s
            + tr("You can enter the secret to use it until ECS Console quits. It is kept in "
                 "memory only and never written to a file."),
        this);
    explanation->setWordWrap(true);
    explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLineEdit *edit : { m_secret, m_token }) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setAttribute(Qt::WA_InputMethodEnabled, false);
        edit->setContextMenuPolicy(Qt::NoContextMenu);
    }
    m_secret->setAccessibleName(tr("AccessKey secret"));
    m_token->setAccessibleName(tr("Security token"));
    auto *form = new QFormLayout;
    form->addRow(tr("AccessKey &secret:"), m_secret);
    if (needsToken)
        form->addRow(tr("Security &token:"), m_token);
    else
        m_token->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *use = buttons->addButton(tr("Use for this session"), QDialogButtonBox::AcceptRole);
    use->setEnabled(false);
    connect(m_secret, &QLineEdit::textChanged, use,
        [use, this] { use->setEnabled(!m_secret->text().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
}

Secret SessionSecretDialog::secret() const
{
    return { m_secret->text(), m_token->isHidden() ? QString() : m_token->text() };
}

} // namespace ecs::ui
