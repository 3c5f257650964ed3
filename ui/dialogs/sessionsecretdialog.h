#pragma once

#include "secretstore.h"

#include <QDialog>

class QLineEdit;

namespace ecs::ui {

/// Asks for a profile's secret when the keychain cannot give it (no Secret Service, locked, or
/// nothing stored), to keep in memory for this session only. Says why it asks.
class SessionSecretDialog : public QDialog
{
    Q_OBJECT

public:
    SessionSecretDialog(const QString &profileName, const QString &reason, bool needsToken,
        QWidget *parent = nullptr);

    Secret secret() const;
    QLineEdit *secretEdit() const { return m_secret; }
    QLineEdit *tokenEdit() const { return m_token; }

private:
    QLineEdit *m_secret;
    QLineEdit *m_token;
};

} // namespace ecs::ui
