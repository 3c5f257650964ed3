#pragma once

#include "calendar/renewalquote.h"

#include <QDialog>

class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace ecs::ui {

/// Renew due within N days: lists the subscriptions that expire within N days with what
/// renewing each costs (DescribeRenewalPrice) and the total; Renew is enabled only once every
/// price is in. Nothing is renewed before the person presses it.
class RenewDueDialog : public QDialog
{
    Q_OBJECT

public:
    RenewDueDialog(const ecs::LifecycleCalendar *calendar, int days, QWidget *parent = nullptr);

    int days() const;
    int months() const;
    /// The subscriptions whose price is shown (what Renew renews).
    QList<ecs::ProfileInstance> targets() const { return m_targets; }
    QString totalText() const;
    QPushButton *renewButton() const;

private:
    void ask();
    void showPrices();

    const ecs::LifecycleCalendar *m_calendar;
    ecs::RenewalQuote m_quote;
    QList<ecs::ProfileInstance> m_targets;
    QSpinBox *m_days;
    QSpinBox *m_months;
    QTableWidget *m_table;
    QLabel *m_total;
    QDialogButtonBox *m_buttons;
};

/// Turn auto-renew on for the subscriptions listed, renewing every N months.
class AutoRenewOnDialog : public QDialog
{
    Q_OBJECT

public:
    AutoRenewOnDialog(const QList<ecs::ProfileInstance> &targets, QWidget *parent = nullptr);
    int months() const;
    QList<ecs::ProfileInstance> targets() const { return m_targets; }

private:
    QList<ecs::ProfileInstance> m_targets;
    QSpinBox *m_months;
};

/// A new automatic release time for one pay-as-you-go instance (or none).
class MoveAutoReleaseDialog : public QDialog
{
    Q_OBJECT

public:
    MoveAutoReleaseDialog(const ecs::Instance &instance, QWidget *parent = nullptr);
    QDateTime releaseTime() const;
    QDateTimeEdit *timeEdit() const { return m_time; }

private:
    void check();

    QDateTimeEdit *m_time;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace ecs::ui
