#include "firstrunpage.h"

#include <QHBoxLayout>
#include <QLabel>
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
           "default region. If you use the aliyun command-line tool, its profiles can be "
           "imported."),
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

} // namespace ecs::ui
