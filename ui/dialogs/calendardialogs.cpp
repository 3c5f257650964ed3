#include "calendardialogs.h"

#include "types/money.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ecs::ui {

namespace {

QSpinBox *spinBox(int min, int max, int value, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(min, max);
    box->setValue(value);
    return box;
}

QString nameOf(const ecs::Instance &i)
{
    return i.instanceName.isEmpty() ? i.instanceId : u"%1 (%2)"_s.arg(i.instanceName, i.instanceId);
}

} // namespace

RenewDueDialog::RenewDueDialog(const ecs::LifecycleCalendar *calendar, int days, QWidget *parent)
    : QDialog(parent)
    , m_calendar(calendar)
    , m_days(spinBox(1, 365, days, this))
    , m_months(spinBox(1, 9, 1, this))
    , m_table(new QTableWidget(0, 4, this))
    , m_total(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"renewDueDialog"_s);
    setWindowTitle(tr("Renew subscriptions due"));
    m_days->setObjectName(u"renewDays"_s);
    m_months->setObjectName(u"renewMonths"_s);
    m_total->setObjectName(u"renewTotal"_s);
    m_table->setObjectName(u"renewPrices"_s);
    m_table->setAccessibleName(tr("Renewal prices"));
    m_table->setHorizontalHeaderLabels(
        { tr("Instance"), tr("Region"), tr("Expires"), tr("Renewal price") });
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    renewButton()->setText(tr("Renew"));
    renewButton()->setObjectName(u"renewButton"_s);
    auto *form = new QFormLayout;
    form->addRow(tr("Expiring &within (days):"), m_days);
    form->addRow(tr("Renew &for (months):"), m_months);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_total);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_days, &QSpinBox::valueChanged, this, &RenewDueDialog::ask);
    connect(m_months, &QSpinBox::valueChanged, this, &RenewDueDialog::ask);
    connect(&m_quote, &ecs::RenewalQuote::progress, this, &RenewDueDialog::showPrices);
    connect(&m_quote, &ecs::RenewalQuote::finished, this, &RenewDueDialog::showPrices);
    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().lineSpacing() * 20);
    ask();
}

int RenewDueDialog::days() const
{
    return m_days->value();
}

int RenewDueDialog::months() const
{
    return m_months->value();
}

QString RenewDueDialog::totalText() const
{
    return m_total->text();
}

QPushButton *RenewDueDialog::renewButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void RenewDueDialog::ask()
{
    m_targets = m_calendar ? m_calendar->dueForRenewal(days()) : QList<ecs::ProfileInstance>();
    m_quote.ask(m_calendar, m_targets, months());
    showPrices();
}

void RenewDueDialog::showPrices()
{
    m_table->setRowCount(int(m_targets.size()));
    for (int row = 0; row < m_targets.size(); ++row) {
        const ecs::Instance &i = m_targets.at(row).instance;
        const QString price = row < m_quote.lines().size()
            ? (m_quote.lines().at(row).price >= 0
                    ? ecs::formatMoney(
                        m_quote.lines().at(row).price, m_quote.lines().at(row).currency, 2)
                    : tr("Not known: %1").arg(m_quote.lines().at(row).error.message))
            : tr("Asking…");
        const QStringList cells { nameOf(i), i.regionId,
            QLocale().toString(i.expiredTime.toLocalTime(), QLocale::ShortFormat), price };
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    const bool ready = m_quote.isFinished() && !m_targets.isEmpty() && m_quote.total() >= 0;
    m_total->setText(m_targets.isEmpty()
            ? tr("No subscription expires within %n day(s).", "", days())
            : tr("Total for %n instance(s): %1", "", int(m_targets.size()))
                  .arg(m_quote.totalText()));
    renewButton()->setEnabled(ready);
}

AutoRenewOnDialog::AutoRenewOnDialog(const QList<ecs::ProfileInstance> &targets, QWidget *parent)
    : QDialog(parent)
    , m_targets(targets)
    , m_months(spinBox(1, 12, 1, this))
{
    setObjectName(u"autoRenewOnDialog"_s);
    setWindowTitle(tr("Turn auto-renew on"));
    m_months->setObjectName(u"autoRenewMonths"_s);
    auto *list = new QLabel(this);
    QStringList names;
    for (const ecs::ProfileInstance &t : targets.mid(0, 12))
        names << nameOf(t.instance);
    if (targets.size() > 12)
        names << tr("and %n more", "", int(targets.size() - 12));
    list->setText(tr("Auto-renew is not on for %n subscription(s):", "", int(targets.size()))
        + u"\n"_s + names.join(u'\n'));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Turn on"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!targets.isEmpty());
    auto *form = new QFormLayout;
    form->addRow(tr("Renew &every (months):"), m_months);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(list);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The service takes 1, 2, 3, 6 or 12 months.
    connect(m_months, &QSpinBox::valueChanged, this, [this](int value) {
        static const QList<int> allowed { 1, 2, 3, 6, 12 };
        if (!allowed.contains(value))
            m_months->setValue(*std::lower_bound(allowed.cbegin(), allowed.cend(), value));
    });
}

int AutoRenewOnDialog::months() const
{
    return m_months->value();
}

MoveAutoReleaseDialog::MoveAutoReleaseDialog(const ecs::Instance &instance, QWidget *parent)
    : QDialog(parent)
    , m_time(new QDateTimeEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"moveAutoReleaseDialog"_s);
    setWindowTitle(tr("Move the automatic release of %1").arg(nameOf(instance)));
    m_time->setObjectName(u"autoReleaseTime"_s);
    m_time->setCalendarPopup(true);
    const QDateTime now = QDateTime::currentDateTime();
    m_time->setDateTime(instance.autoReleaseTime.isValid() ? instance.autoReleaseTime.toLocalTime()
                                                           : now.addSecs(2 * 3600));
    m_problem->setObjectName(u"autoReleaseProblem"_s);
    m_problem->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Release &at:"), m_time);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_time, &QDateTimeEdit::dateTimeChanged, this, &MoveAutoReleaseDialog::check);
    check();
}

QDateTime MoveAutoReleaseDialog::releaseTime() const
{
    return m_time->dateTime().toUTC();
}

void MoveAutoReleaseDialog::check()
{
    const QString problem = ecs::autoReleaseProblem(releaseTime(), QDateTime::currentDateTimeUtc());
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace ecs::ui
