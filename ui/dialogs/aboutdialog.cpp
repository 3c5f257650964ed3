#include "aboutdialog.h"

#include "logging.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QSslSocket>
#include <QStyle>
#include <QSysInfo>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ecs::ui {

QString Diagnostics::tlsBackend()
{
    const QString backend = QSslSocket::activeBackend();
    if (backend.isEmpty() || !QSslSocket::supportsSsl())
        return tr("none (HTTPS is not available)");
    return u"%1 (%2)"_s.arg(backend, QSslSocket::sslLibraryVersionString());
}

QString Diagnostics::keychainBackend(bool secretServiceOnBus)
{
    return secretServiceOnBus ? tr("Secret Service (D-Bus)")
                              : tr("none found (secrets can only be kept for the session)");
}

QString Diagnostics::platform()
{
    return u"%1, %2 %3, Qt platform %4"_s.arg(QSysInfo::prettyProductName(), QSysInfo::kernelType(),
        QSysInfo::kernelVersion(), QGuiApplication::platformName());
}

QString Diagnostics::screens()
{
    QStringList lines;
    for (const QScreen *screen : QGuiApplication::screens())
        lines << u"%1×%2 at %3 dpi, scale %4"_s.arg(screen->size().width())
                     .arg(screen->size().height())
                     .arg(screen->logicalDotsPerInch(), 0, 'f', 0)
                     .arg(screen->devicePixelRatio());
    return lines.isEmpty() ? tr("none") : lines.join(u"; "_s);
}

QString Diagnostics::text(
    const QString &consoleVersion, const QString &keychain, const QStringList &recentErrors)
{
    QStringList lines { u"ECS Console %1"_s.arg(consoleVersion),
        u"Qt %1 (built with %2)"_s.arg(
            QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)),
        u"TLS: %1"_s.arg(tlsBackend()), u"Keychain: %1"_s.arg(keychain),
        u"Platform: %1"_s.arg(platform()), u"CPU: %1"_s.arg(QSysInfo::currentCpuArchitecture()),
        u"Screens: %1"_s.arg(screens()), u"Style: %1"_s.arg(QApplication::style()->name()) };
    lines << u"Recent errors:"_s;
    if (recentErrors.isEmpty())
        lines << u"  (none)"_s;
    for (const QString &error : recentErrors)
        lines << u"  "_s + error;
    // The errors may quote requests; nothing secret leaves through the clipboard.
    return ecs::redact(lines.join(u'\n'));
}

AboutDialog::AboutDialog(const QString &consoleVersion, QWidget *parent)
    : QDialog(parent)
    , m_keychain(new QLabel(tr("looking…"), this))
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About ECS Console"));
    setAccessibleName(tr("About ECS Console"));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(
        tr("<h2>ECS Console %1</h2><p>A native console for Alibaba Cloud Elastic Compute "
           "Service.</p>")
            .arg(consoleVersion.toHtmlEscaped()),
        this);
    heading->setObjectName(u"aboutHeading"_s);
    heading->setAccessibleName(tr("ECS Console %1").arg(consoleVersion));
    layout->addWidget(heading);

    auto *form = new QFormLayout;
    const auto addRow = [this, form](const QString &label, QLabel *value, const QString &name) {
        value->setObjectName(name);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setAccessibleName(QString(label).remove(u':'));
        value->setWordWrap(true);
        form->addRow(label, value);
    };
    addRow(tr("Qt:"),
        new QLabel(u"%1 (built with %2)"_s.arg(
                       QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)),
            this),
        u"aboutQtVersion"_s);
    addRow(tr("TLS backend:"), new QLabel(Diagnostics::tlsBackend(), this), u"aboutTls"_s);
    addRow(tr("Keychain:"), m_keychain, u"aboutKeychain"_s);
    addRow(tr("Platform:"), new QLabel(Diagnostics::platform(), this), u"aboutPlatform"_s);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    findSecretService(this, [this](bool onBus) {
        m_keychain->setText(Diagnostics::keychainBackend(onBus));
        Q_EMIT keychainKnown();
    });
}

QString AboutDialog::keychainText() const
{
    return m_keychain->text();
}

void AboutDialog::findSecretService(QObject *context, std::function<void(bool)> done)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        QMetaObject::invokeMethod(
            context, [done] { done(false); }, Qt::QueuedConnection);
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(u"org.freedesktop.DBus"_s,
        u"/org/freedesktop/DBus"_s, u"org.freedesktop.DBus"_s, u"NameHasOwner"_s);
    call << u"org.freedesktop.secrets"_s;
    // A Secret Service may also start on demand: the activatable names count too.
    QDBusMessage activatable = QDBusMessage::createMethodCall(u"org.freedesktop.DBus"_s,
        u"/org/freedesktop/DBus"_s, u"org.freedesktop.DBus"_s, u"ListActivatableNames"_s);
    auto *owner = new QDBusPendingCallWatcher(bus.asyncCall(call), context);
    QObject::connect(owner, &QDBusPendingCallWatcher::finished, context,
        [owner, context, done, activatable, bus]() mutable {
            owner->deleteLater();
            const QDBusPendingReply<bool> reply = *owner;
            if (reply.isValid() && reply.value()) {
                done(true);
                return;
            }
            auto *names = new QDBusPendingCallWatcher(bus.asyncCall(activatable), context);
            QObject::connect(names, &QDBusPendingCallWatcher::finished, context, [names, done] {
                names->deleteLater();
                const QDBusPendingReply<QStringList> list = *names;
                done(list.isValid() && list.value().contains(u"org.freedesktop.secrets"_s));
            });
        });
}

} // namespace ecs::ui
