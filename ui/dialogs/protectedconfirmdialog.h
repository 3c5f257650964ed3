#pragma once

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLineEdit;

namespace ecs::ui {

/// Before a mutating action on a protected profile (production): the person types each
/// protected profile's name; OK is enabled only when every typed name matches.
class ProtectedConfirmDialog : public QDialog
{
    Q_OBJECT

public:
    ProtectedConfirmDialog(const QString &action, const QStringList &profiles, QWidget *parent);
    QList<QLineEdit *> fields() const { return m_fields; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void updateOk();

    QStringList m_profiles;
    QList<QLineEdit *> m_fields;
    QDialogButtonBox *m_buttons;
};

} // namespace ecs::ui
