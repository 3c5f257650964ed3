#pragma once
// Shared by the lifecycle and wizard tests: a console window on an in-process simulator, and a
// way to walk the create wizard page by page as a user would.
#include "actions/instanceactions.h"
#include "ecsclient.h"
#include "mainwindow.h"
#include "models/instancesmodel.h"
#include "panes/instancespane.h"
#include "panes/regionspane.h"
#include "simserver.h"
#include "wizard/createinstancewizard.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include <memory>

namespace lifecycletest {

using namespace Qt::StringLiterals;

struct Console
{
    std::unique_ptr<ecs::sim::SimServer> server;
    QNetworkAccessManager network;
    std::unique_ptr<ecs::EcsClient> client;
    std::unique_ptr<ecs::ui::MainWindow> window;

    /// Starts the simulator, opens a window on it and loads cn-hangzhou's instances.
    bool open(int instances = 30)
    {
        ecs::sim::SimOptions options;
        options.instances = instances;
        options.timeScale = 400; // Pending → Running in well under a second
        options.seed = 11;
        server = std::make_unique<ecs::sim::SimServer>(options);
        QSignalSpy listening(server.get(), &ecs::sim::SimServer::listening);
        server->start(QHostAddress::LocalHost, 0);
        if (listening.size() != 1)
            return false;
        ecs::ClientConfig config;
        config.credentials = { QString::fromLatin1(ecs::sim::kDemoAccessKeyId),
            QString::fromLatin1(ecs::sim::kDemoAccessKeySecret), {} };
        config.endpointOverride = listening.first().first().toUrl();
        client = std::make_unique<ecs::EcsClient>(&network, config);
        window = std::make_unique<ecs::ui::MainWindow>(client.get(), u"Test"_s);
        window->instancesPane()->setPollIntervals(50, 60'000);
        window->instanceActions()->setWaitIntervals(50, 200);
        window->resize(1280, 800);
        window->show();
        QSignalSpy regions(window->regionsPane(), &ecs::ui::RegionsPane::loaded);
        window->regionsPane()->refresh();
        if (!regions.wait(15'000))
            return false;
        window->setCurrentRegion(u"cn-hangzhou"_s);
        QSignalSpy loaded(window->instancesPane(), &ecs::ui::ResourcePane::loaded);
        window->showPane(u"instances"_s);
        return loaded.wait(15'000);
    }

    ecs::ui::InstancesPane *pane() const { return window->instancesPane(); }

    /// Selects exactly these instances in the table.
    void select(const QStringList &ids) const
    {
        QTableView *view = pane()->view();
        view->clearSelection();
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex index = view->model()->index(row, 0);
            if (ids.contains(index.data(ecs::ui::KeyRole).toString()))
                view->selectionModel()->select(
                    index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }

    ecs::Instance instance(const QString &id) const
    {
        const int row = pane()->model()->rowOf(id);
        return row >= 0 ? pane()->model()->rowAt(row) : ecs::Instance {};
    }

    /// Saves the window as PNG when ECS_SCREENSHOT_DIR is set (for the docs; tests never need it).
    void screenshot(QWidget *widget, const QString &name) const
    {
        const QString dir = qEnvironmentVariable("ECS_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            widget->grab().save(QDir(dir).filePath(name + u".png"_s), "PNG");
    }
};

struct WizardChoices
{
    QString billing = u"PostPaid"_s; ///< PostPaid, PrePaid or Spot
    QString name;
    int amount = 1;
    QString instanceType; ///< empty: the first in stock
    bool spotLimit = false;
    double limitFactor = 1.0; ///< the limit as a multiple of the market price
};

inline bool next(ecs::ui::CreateInstanceWizard *w, int expectedPage)
{
    w->next();
    return w->currentId() == expectedPage;
}

/// Walks the wizard to the review page with the given choices. Returns an empty string, or what
/// went wrong.
inline QString walkToReview(ecs::ui::CreateInstanceWizard *w, const WizardChoices &c)
{
    using W = ecs::ui::CreateInstanceWizard;
    QSignalSpy loaded(w, &W::pageLoaded);
    const auto waitFor = [&](int page) {
        for (int n = 0; n < loaded.size(); ++n)
            if (loaded.at(n).first().toInt() == page)
                return true;
        return QTest::qWaitFor(
            [&] {
                for (int n = 0; n < loaded.size(); ++n)
                    if (loaded.at(n).first().toInt() == page)
                        return true;
                return false;
            },
            15'000);
    };
    if (w->zoneCombo()->count() == 0 && !waitFor(W::LocationPage))
        return u"no zones"_s;
    w->billingCombo()->setCurrentIndex(w->billingCombo()->findData(c.billing));
    loaded.clear();
    if (!next(w, W::TypePage) || !waitFor(W::TypePage))
        return u"type page did not load"_s;
    QTreeWidget *types = w->typeTree();
    if (types->topLevelItemCount() == 0)
        return u"nothing in stock"_s;
    QTreeWidgetItem *type = types->topLevelItem(0);
    if (!c.instanceType.isEmpty()) {
        const auto found = types->findItems(c.instanceType, Qt::MatchExactly, 0);
        if (found.isEmpty())
            return u"type %1 not in stock"_s.arg(c.instanceType);
        type = found.first();
    }
    types->setCurrentItem(type);
    loaded.clear();
    if (!next(w, W::ImagePage) || !waitFor(W::ImagePage))
        return u"image page did not load"_s;
    if (w->imageTree()->topLevelItemCount() == 0)
        return u"no images"_s;
    w->imageTree()->setCurrentItem(w->imageTree()->topLevelItem(0));
    loaded.clear();
    if (!next(w, W::NetworkPage) || !waitFor(W::NetworkPage))
        return u"network page did not load"_s;
    if (w->securityGroupCombo()->count() == 0)
        return u"no security group"_s;
    if (c.billing != u"PostPaid") {
        loaded.clear();
        if (!next(w, W::BillingPage))
            return u"no billing page"_s;
        if (c.billing == u"Spot") {
            if (!waitFor(W::BillingPage) || w->marketPrice() <= 0)
                return u"no market price"_s;
            if (c.spotLimit) {
                w->spotLimitRadio()->setChecked(true);
                w->spotLimitSpin()->setValue(w->marketPrice() * c.limitFactor);
            }
        }
    }
    if (!next(w, W::DisksPage))
        return u"no disks page"_s;
    if (!next(w, W::DetailsPage))
        return u"no details page"_s;
    w->nameEdit()->setText(c.name);
    w->amountSpin()->setValue(c.amount);
    QSignalSpy review(w, &W::reviewReady);
    if (!next(w, W::ReviewPage))
        return u"no review page"_s;
    if (!review.wait(15'000))
        return u"no review"_s;
    return {};
}

} // namespace lifecycletest
