#include "firstrunpage.h"

#include "dialogs/profilemanagerdialog.h"

#include <QDockWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ecs::ui {

namespace {
const QString kShownKey = u"firstRun/shown"_s;
}

FirstRunPage::FirstRunPage(QWidget *parent)
    : QWidget(parent)
    , m_add(new QPushButton(tr("&Add a profile…"), this))
    , m_import(new QPushButton(tr("Import from &aliyun CLI…"), this))
    , m_continue(new QPushButton(tr("&Continue with Demo"), this))
{
    setObjectName(u"firstRunPage"_s);
    setAccessibleName(tr("Welcome"));
    auto *text = new QLabel(
        tr("<b>Welcome to ECS Console.</b> You are looking at <b>Demo</b>: a simulated account "
           "on this computer, with made-up regions, images and instances. Nothing you do in Demo "
           "reaches Alibaba Cloud or costs money.<br>To manage your real instances, add a "
           "<b>profile</b>: an AccessKey (kept in the system keychain) or an STS token, and a "
           "default region, or import the profiles of the aliyun command-line tool."),
        this);
    text->setObjectName(u"firstRunText"_s);
    text->setAccessibleName(tr("Demo and real profiles"));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    const QList<std::pair<QPushButton *, QString>> buttons {
        { m_add, u"firstRunAddProfile"_s },
        { m_import, u"firstRunImportAliyun"_s },
        { m_continue, u"firstRunContinueDemo"_s },
    };
    for (const auto &[button, name] : buttons) {
        button->setObjectName(name);
        button->setAccessibleName(button->text().remove(u'&').remove(u"…"_s));
    }
    m_add->setToolTip(tr("Opens the profile manager to add an AccessKey or STS profile"));
    m_import->setToolTip(tr("Reads the profiles of ~/.aliyun/config.json"));
    m_continue->setDefault(true);

    auto *row = new QHBoxLayout;
    row->addWidget(m_add);
    row->addWidget(m_import);
    row->addStretch(1);
    row->addWidget(m_continue);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(row);

    connect(m_add, &QPushButton::clicked, this, [this] {
        Q_EMIT addProfileRequested();
        Q_EMIT dismissed();
    });
    connect(m_import, &QPushButton::clicked, this, [this] {
        Q_EMIT importRequested();
        Q_EMIT dismissed();
    });
    connect(m_continue, &QPushButton::clicked, this, &FirstRunPage::dismissed);
}

bool FirstRunPage::isDue(const QSettings &settings)
{
    return !settings.value(kShownKey, false).toBool();
}

void FirstRunPage::markShown(QSettings *settings)
{
    settings->setValue(kShownKey, true);
}

void showFirstRunPage(
    QMainWindow *window, QSettings *settings, std::function<ProfileManagerDialog *()> openManager)
{
    auto *dock = new QDockWidget(FirstRunPage::tr("Welcome"), window);
    dock->setObjectName(u"firstRunDock"_s);
    dock->setFeatures(QDockWidget::DockWidgetClosable);
    auto *page = new FirstRunPage(dock);
    dock->setWidget(page);
    window->addDockWidget(Qt::TopDockWidgetArea, dock);
    // As tall as its text and buttons need at the narrowest window (1024 px), no taller: the
    // panes keep the room.
    page->ensurePolished(); // the metrics of the font it will have
    const int height = page->heightForWidth(std::min(window->width(), 960))
        + page->fontMetrics().lineSpacing() * 2;
    page->setMaximumHeight(height);
    page->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    window->resizeDocks({ dock }, { height }, Qt::Vertical);
    QObject::connect(page, &FirstRunPage::addProfileRequested, window, [openManager] {
        if (ProfileManagerDialog *manager = openManager())
            manager->addProfile();
    });
    QObject::connect(page, &FirstRunPage::importRequested, window, [openManager] {
        // The manager's own Import button: it asks for the file as it always does.
        ProfileManagerDialog *manager = openManager();
        const QString importText = ProfileManagerDialog::tr("&Import from aliyun CLI…");
        for (QPushButton *button :
            manager ? manager->findChildren<QPushButton *>() : QList<QPushButton *>())
            if (button->text() == importText && button->isEnabled())
                return button->click();
    });
    QObject::connect(page, &FirstRunPage::dismissed, dock, [dock] {
        dock->close();
        dock->deleteLater();
    });
    FirstRunPage::markShown(settings);
}

} // namespace ecs::ui
