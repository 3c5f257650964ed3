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
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QPushButton>

#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <cmath>

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
    bool open(int instances = 30, int latencyMs = 0, int jitterMs = 0)
    {
        ecs::sim::SimOptions options;
        options.instances = instances;
        options.latencyMs = latencyMs;
        options.latencyJitterMs = jitterMs;
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

/// What a person does, and only that: presses buttons that are visible and enabled, clicks
/// items, types, picks from combo boxes with the keyboard. Each returns false when the control is
/// not there for a person to use.
inline bool press(QAbstractButton *button)
{
    if (!button || !button->isVisible() || !button->isEnabled())
        return false;
    // Near the left edge: check boxes and radio buttons react to their box and label only.
    const QPoint where = qobject_cast<QPushButton *>(button)
        ? button->rect().center()
        : QPoint(std::min(8, button->width() / 2), button->height() / 2);
    QTest::mouseClick(button, Qt::LeftButton, {}, where);
    return true;
}

inline bool clickItem(QTreeWidget *tree, QTreeWidgetItem *item)
{
    if (!tree->isVisible() || !item || item->isHidden())
        return false;
    tree->scrollToItem(item); // the person scrolls to it
    const QRect rect = tree->visualItemRect(item);
    if (!rect.isValid())
        return false;
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    return tree->currentItem() == item;
}

/// Picks the item with `data` by keyboard: focus, Home, then Down until it is current.
inline bool pick(QComboBox *combo, const QVariant &data)
{
    const int want = combo->findData(data);
    if (!combo->isVisible() || !combo->isEnabled() || want < 0)
        return false;
    combo->setFocus(Qt::TabFocusReason);
    QTest::keyClick(combo, Qt::Key_Home);
    for (int n = 0; n < want && combo->currentIndex() != want; ++n)
        QTest::keyClick(combo, Qt::Key_Down);
    return combo->currentIndex() == want;
}

/// Selects what the field holds and types `text` over it.
inline bool typeInto(QWidget *field, const QString &text)
{
    if (!field->isVisible() || !field->isEnabled())
        return false;
    field->setFocus(Qt::TabFocusReason);
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(field, Qt::Key_Delete);
    else
        QTest::keyClicks(field, text);
    return true;
}

/// Waits until the wizard's Next button is enabled, then presses it; true when `expectedPage`
/// is shown.
inline bool pressNext(ecs::ui::CreateInstanceWizard *w, int expectedPage, int timeoutMs = 15'000)
{
    QAbstractButton *next = w->button(QWizard::NextButton);
    if (!QTest::qWaitFor([next] { return next->isVisible() && next->isEnabled(); }, timeoutMs))
        return false;
    return press(next) && w->currentId() == expectedPage;
}

/// From a freshly opened wizard to the type page with its list loaded, by pressing Next.
inline bool toTypePage(ecs::ui::CreateInstanceWizard *w)
{
    return QTest::qWaitFor([w] { return w->zoneCombo()->count() > 0; }, 15'000)
        && pressNext(w, ecs::ui::CreateInstanceWizard::TypePage)
        && QTest::qWaitFor([w] { return w->typeTree()->topLevelItemCount() > 0; }, 15'000);
}

inline bool pressBack(ecs::ui::CreateInstanceWizard *w, int expectedPage)
{
    return press(w->button(QWizard::BackButton)) && w->currentId() == expectedPage;
}

struct WizardChoices
{
    QString billing = u"PostPaid"_s; ///< PostPaid, PrePaid or Spot
    QString name;
    int amount = 1;
    QString instanceType; ///< empty: the first in stock
    bool spotLimit = false;
    double limitFactor = 1.0; ///< the limit as a multiple of the market price
    QString tags;
    bool autoRenew = false;
};

/// Saves `widget` as PNG when ECS_SCREENSHOT_DIR is set (for the docs; tests never need it).
inline void screenshotIfAsked(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("ECS_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name + u".png"_s), "PNG");
}

/// Walks the wizard to the review page with the given choices, as a person would. Returns an
/// empty string, or what a person would have been stuck on.
inline QString walkToReview(ecs::ui::CreateInstanceWizard *w, const WizardChoices &c)
{
    using W = ecs::ui::CreateInstanceWizard;
    QSignalSpy loaded(w, &W::pageLoaded);
    const auto seen = [&](int page) {
        for (int n = 0; n < loaded.size(); ++n)
            if (loaded.at(n).first().toInt() == page)
                return true;
        return false;
    };
    const auto waitFor
        = [&](int page) { return QTest::qWaitFor([&] { return seen(page); }, 15'000); };
    if (w->zoneCombo()->count() == 0 && !waitFor(W::LocationPage))
        return u"no zones"_s;
    const ecs::Billing billing = c.billing == u"PrePaid" ? ecs::Billing::Subscription
        : c.billing == u"Spot"                           ? ecs::Billing::Preemptible
                                                         : ecs::Billing::PayAsYouGo;
    if (!pick(w->billingCombo(), int(billing))) // the combo keys its items by ecs::Billing
        return u"billing %1 cannot be picked"_s.arg(c.billing);
    loaded.clear();
    if (!pressNext(w, W::TypePage) || !waitFor(W::TypePage))
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
    if (!clickItem(types, type))
        return u"type %1 cannot be clicked"_s.arg(type->text(0));
    loaded.clear();
    if (!pressNext(w, W::ImagePage) || !waitFor(W::ImagePage))
        return u"image page did not load (or Next stayed disabled on the type page)"_s;
    if (w->imageTree()->topLevelItemCount() == 0)
        return u"no images"_s;
    if (!clickItem(w->imageTree(), w->imageTree()->topLevelItem(0)))
        return u"the image cannot be clicked"_s;
    loaded.clear();
    if (!pressNext(w, W::NetworkPage) || !waitFor(W::NetworkPage))
        return u"network page did not load"_s;
    if (w->vSwitchCombo()->count() == 0 || w->securityGroupCombo()->count() == 0)
        return u"no vSwitch or security group to choose"_s;
    QTest::qWait(0);
    screenshotIfAsked(w, u"wizard-network-"_s + c.billing.toLower());
    const int afterNetwork = c.billing == u"PostPaid" ? W::DisksPage : W::BillingPage;
    loaded.clear();
    if (!pressNext(w, afterNetwork))
        return u"Next stays disabled on the Network page"_s;
    if (c.billing == u"PrePaid" && c.autoRenew && !press(w->autoRenewBox()))
        return u"auto-renew cannot be ticked"_s;
    if (c.billing == u"Spot") {
        if (!waitFor(W::BillingPage) || w->marketPrice() <= 0)
            return u"no market price"_s;
        if (c.spotLimit) {
            if (!press(w->spotLimitRadio()))
                return u"the limit choice cannot be clicked"_s;
            const double limit = std::floor(w->marketPrice() * c.limitFactor * 1000) / 1000;
            if (!typeInto(w->spotLimitSpin(), QString::number(limit, 'f', 3)))
                return u"the limit cannot be typed"_s;
        }
    }
    if (afterNetwork == W::BillingPage && !pressNext(w, W::DisksPage))
        return u"Next stays disabled on the Billing page"_s;
    if (!pressNext(w, W::DetailsPage))
        return u"Next stays disabled on the Disks page"_s;
    if (!c.name.isEmpty() && !typeInto(w->nameEdit(), c.name))
        return u"the name cannot be typed"_s;
    if (!typeInto(w->amountSpin(), QString::number(c.amount)))
        return u"the count cannot be typed"_s;
    if (!c.tags.isEmpty() && !typeInto(w->tagsEdit(), c.tags))
        return u"the tags cannot be typed"_s;
    QSignalSpy review(w, &W::reviewReady);
    if (!pressNext(w, W::ReviewPage))
        return u"Next stays disabled on the Details page"_s;
    if (!review.wait(15'000))
        return u"no review"_s;
    screenshotIfAsked(w, u"wizard-review-"_s + c.billing.toLower());
    return {};
}

} // namespace lifecycletest
