// The create wizard against ecs-sim: only types in stock are offered; a preemptible limit below
// the market fails with the service's code and a hint and loses nothing typed; a create whose
// answer is lost is retried with the same ClientToken and makes the instances exactly once.
#include "lifecycletesthelpers.h"
#include "operations/operation.h"
#include "operations/operationsmodel.h"
#include "types/availableresource.h"

#include <QDoubleSpinBox>
#include <QRadioButton>

using namespace Qt::StringLiterals;
using namespace ecs;
using namespace ecs::ui;
using namespace lifecycletest;

class TestWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offersOnlyTypesInStock();
    void spotLimitBelowMarketKeepsInputs();
    void lostAnswerCreatesExactlyOnce();

private:
    static int countNamed(Console &console, const QString &name)
    {
        int n = 0;
        for (const sim::SimInstance *i : console.server->world().instances())
            n += i->instanceName.startsWith(name);
        return n;
    }
};

void TestWizard::offersOnlyTypesInStock()
{
    Console console;
    QVERIFY(console.open());
    CreateInstanceWizard *wizard = console.window->openCreateWizard();
    QVERIFY(wizard);
    QSignalSpy loaded(wizard, &CreateInstanceWizard::pageLoaded);
    QTRY_VERIFY(wizard->zoneCombo()->count() > 0);
    const QString zone = wizard->zoneCombo()->currentData().toString();
    wizard->next();
    QTRY_VERIFY_WITH_TIMEOUT(
        !loaded.isEmpty() && loaded.last().first().toInt() == CreateInstanceWizard::TypePage,
        10'000);
    QStringList offered;
    for (int n = 0; n < wizard->typeTree()->topLevelItemCount(); ++n)
        offered << wizard->typeTree()->topLevelItem(n)->text(0);
    offered.sort();
    // The same question asked directly.
    QStringList inStock;
    bool answered = false;
    console.client->call<ops::DescribeAvailableResource>(
        ops::DescribeAvailableResource::request(u"cn-hangzhou"_s, u"PostPaid"_s, u"NoSpot"_s), this,
        [&](const Result<QList<ZoneStock>> &stock) {
            answered = true;
            QVERIFY(stock.ok());
            for (const ZoneStock &z : stock.value())
                if (z.zoneId == zone)
                    for (auto it = z.statusCategory.cbegin(); it != z.statusCategory.cend(); ++it)
                        if (it.value() == u"WithStock")
                            inStock << it.key();
        });
    QTRY_VERIFY(answered);
    inStock.sort();
    QVERIFY(!offered.isEmpty());
    QCOMPARE(offered, inStock);
    // Typing narrows the list.
    wizard->typeFilter()->setText(u"g7."_s);
    for (int n = 0; n < wizard->typeTree()->topLevelItemCount(); ++n) {
        QTreeWidgetItem *item = wizard->typeTree()->topLevelItem(n);
        QCOMPARE(item->isHidden(), !item->text(0).contains(u"g7."_s));
    }
}

void TestWizard::spotLimitBelowMarketKeepsInputs()
{
    Console console;
    QVERIFY(console.open());
    CreateInstanceWizard *wizard = console.window->openCreateWizard();
    wizard->setWaitIntervals(50, 200);
    WizardChoices choices { u"Spot"_s, u"wizard-spot"_s, 2, {}, true, 0.5 };
    const QString problem = walkToReview(wizard, choices);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const double market = wizard->marketPrice();
    QVERIFY(market > 0);
    const double limit = wizard->spotLimitSpin()->value();
    QVERIFY(limit < market);
    // The dry run already says so.
    QVERIFY2(wizard->reviewText().contains(u"InvalidSpotPriceLimit"_s),
        qPrintable(wizard->reviewText()));

    QSignalSpy failed(wizard, &CreateInstanceWizard::submissionFailed);
    wizard->button(QWizard::FinishButton)->click();
    QVERIFY(failed.wait(15'000));
    const QString text = wizard->errorText();
    QVERIFY2(text.contains(u"InvalidSpotPriceLimit.LowerThanPublicPrice"_s), qPrintable(text));
    QVERIFY2(text.contains(u"raise it"_s), qPrintable(text)); // the hint
    QVERIFY(wizard->isVisible());
    QCOMPARE(wizard->currentId(), int(CreateInstanceWizard::ReviewPage));
    QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    // Nothing typed was lost.
    QCOMPARE(wizard->nameEdit()->text(), u"wizard-spot"_s);
    QCOMPARE(wizard->amountSpin()->value(), 2);
    QCOMPARE(wizard->spotLimitSpin()->value(), limit);
    QVERIFY(wizard->spotLimitRadio()->isChecked());
    QCOMPARE(countNamed(console, u"wizard-spot"_s), 0);
    QCOMPARE(console.window->operations()->operationAt(0)->state(), Operation::State::Failed);

    // Back to billing, raise the limit, and it goes through.
    wizard->back();
    wizard->back();
    wizard->back();
    QCOMPARE(wizard->currentId(), int(CreateInstanceWizard::BillingPage));
    wizard->spotLimitSpin()->setValue(market * 1.5);
    wizard->next();
    wizard->next();
    QSignalSpy review(wizard, &CreateInstanceWizard::reviewReady);
    wizard->next();
    QVERIFY(review.wait(15'000));
    QVERIFY2(wizard->reviewText().contains(u"Dry run passed"_s), qPrintable(wizard->reviewText()));
    QSignalSpy created(wizard, &CreateInstanceWizard::created);
    wizard->button(QWizard::FinishButton)->click();
    QVERIFY2(created.wait(15'000), qPrintable(wizard->errorText()));
    QCOMPARE(created.first().at(1).toStringList().size(), 2);
    QCOMPARE(countNamed(console, u"wizard-spot"_s), 2);
}

void TestWizard::lostAnswerCreatesExactlyOnce()
{
    Console console;
    QVERIFY(console.open());
    CreateInstanceWizard *wizard = console.window->openCreateWizard();
    wizard->setWaitIntervals(50, 200);
    const QString problem = walkToReview(wizard, { u"PostPaid"_s, u"wizard-once"_s, 3 });
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const qint64 servedBefore = console.server->requestsServed();
    console.server->dropResponses(u"RunInstances"_s, 1);
    QSignalSpy created(wizard, &CreateInstanceWizard::created);
    wizard->button(QWizard::FinishButton)->click();
    QVERIFY2(created.wait(20'000), qPrintable(wizard->errorText()));
    // Two RunInstances went out (the lost one and its retry, with the same token)...
    QVERIFY(console.server->requestsServed() >= servedBefore + 2);
    // ...and the service made three instances, not six.
    QCOMPARE(created.first().at(1).toStringList().size(), 3);
    QCOMPARE(countNamed(console, u"wizard-once"_s), 3);
    Operation *operation = console.window->operations()->operationAt(0);
    QTRY_VERIFY_WITH_TIMEOUT(operation->isFinished(), 15'000);
    QCOMPARE(operation->state(), Operation::State::Done);
}

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
