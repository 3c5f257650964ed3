#include "fleetprobe.h"

#include "ecsclient.h"
#include "models/instancesmodel.h"
#include "panephases.h"
#include "panes/instancespane.h"
#include "simdefaults.h"
#include "types/region.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace ecs;

FleetProbe::FleetProbe(QUrl url, QObject *parent)
    : QObject(parent)
    , m_url(std::move(url))
    , m_network(new QNetworkAccessManager(this))
{ }

FleetProbe::~FleetProbe()
{
    delete m_pane;
    delete m_client;
}

double FleetProbe::peakRssMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

void FleetProbe::start()
{
    ClientConfig config;
    config.credentials = { QString::fromLatin1(sim::kDemoAccessKeyId),
        QString::fromLatin1(sim::kDemoAccessKeySecret), {} };
    config.endpointOverride = m_url;
    config.followRegionEndpoints = true;
    m_client = new EcsClient(m_network, config);
    m_client->call<ops::DescribeRegions>(
        ops::DescribeRegions::request(), this, [this](const Result<QList<Region>> &regions) {
            if (!regions.ok()) {
                std::fprintf(
                    stderr, "fleet probe: %s\n", qPrintable(regions.error().toDisplayString()));
                return QCoreApplication::exit(1);
            }
            QStringList ids;
            for (const Region &r : regions.value())
                ids << r.regionId;
            m_pane = new ui::InstancesPane(m_client);
            m_pane->setPollIntervals(600'000, 3'600'000);
            m_pane->setAllRegions(ids);
            m_pane->resize(1200, 800);
            connect(m_pane, &ui::ResourcePane::loaded, this, &FleetProbe::loaded,
                Qt::SingleShotConnection);
            connect(m_pane, &ui::ResourcePane::loadFailed, this, [](const ApiError &e) {
                std::fprintf(stderr, "fleet probe: %s\n", qPrintable(e.toDisplayString()));
                QCoreApplication::exit(1);
            });
            m_pane->show();
            m_clock.start();
            m_pane->setRegion(u"cn-hangzhou"_s);
            m_pane->setAllRegionsMode(true);
        });
}

void FleetProbe::loaded()
{
    m_loadSeconds = m_clock.elapsed() / 1000.0;
    m_pane->filterEdit()->setFocus(Qt::OtherFocusReason);
    QTimer::singleShot(200, this, &FleetProbe::typeNext);
}

void FleetProbe::typeNext()
{
    // One keystroke (the first letter of the filter text): the one that hides the most rows.
    const QString text = QString::fromUtf16(PanePhases::kFilterText).left(1);
    if (m_typed >= text.size())
        return finish();
    const QChar c = text.at(m_typed++);
    // One keystroke, timed until the proxy has filtered and everything it posted has run: the
    // zero timer fires after the events queued by the keystroke.
    QElapsedTimer key;
    key.start();
    PanePhases::typeKey(m_pane->filterEdit(), c);
    QTimer::singleShot(0, this, [this, key] {
        m_keysMs << key.nsecsElapsed() / 1e6;
        QTimer::singleShot(100, this, &FleetProbe::typeNext);
    });
}

void FleetProbe::finish()
{
    QJsonArray keys;
    for (double ms : std::as_const(m_keysMs))
        keys.append(ms);
    const QJsonObject out {
        { u"rows"_s, m_pane->model()->rowCount() },
        { u"rows_shown"_s, m_pane->view()->model()->rowCount() },
        { u"load_s"_s, m_loadSeconds },
        { u"rss_mb"_s, peakRssMb() },
        { u"filter_ms"_s, *std::max_element(m_keysMs.cbegin(), m_keysMs.cend()) },
        { u"keys_ms"_s, keys },
    };
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    QCoreApplication::exit(0);
}
