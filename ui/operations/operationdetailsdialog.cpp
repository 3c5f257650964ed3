#include "operationdetailsdialog.h"

#include "lifecycle/operation.h"
#include "operationsmodel.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ecs::ui {

OperationDetailsDialog::OperationDetailsDialog(
    Operation *operation, OperationsModel *operations, QWidget *parent)
    : QDialog(parent)
    , m_operation(operation)
    , m_operations(operations)
    , m_summary(new QLabel(this))
    , m_requests(new QListWidget(this))
    , m_details(new QPlainTextEdit(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_retryFailed(new QPushButton(tr("Retry &failed only"), this))
    , m_copy(new QPushButton(tr("&Copy all"), this))
{
    setObjectName(u"operationDetailsDialog"_s);
    setWindowTitle(tr("Details: %1").arg(operation->title()));
    setAttribute(Qt::WA_DeleteOnClose);
    m_summary->setObjectName(u"operationSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Summary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_requests->setObjectName(u"operationRequests"_s);
    m_requests->setAccessibleName(tr("Requests"));
    m_details->setObjectName(u"operationRequestDetails"_s);
    m_details->setAccessibleName(tr("Request and answer"));
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap); // JSON reads by its indentation
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_retry->setObjectName(u"detailsRetry"_s);
    m_retry->setToolTip(tr("Send again what failed; a request with a client token is sent with "
                           "the same one, so the service carries it out at most once"));
    m_retryFailed->setObjectName(u"detailsRetryFailedOnly"_s);
    m_retryFailed->setToolTip(tr("Send again only the batches the service refused"));
    m_copy->setObjectName(u"detailsCopy"_s);
    for (QPushButton *b : { m_retry, m_retryFailed, m_copy })
        b->setAccessibleName(b->text().remove(u'&'));

    connect(operation, &Operation::requestLogged, this, &OperationDetailsDialog::refresh);
    connect(operation, &Operation::changed, this, &OperationDetailsDialog::refresh);
    connect(
        m_requests, &QListWidget::currentRowChanged, this, &OperationDetailsDialog::showRequest);
    auto retryWith = [this](bool failedOnly) {
        if (!m_operation)
            return;
        Operation *again = failedOnly ? m_operation->retryFailedOnly() : m_operation->retry();
        if (!again)
            return;
        m_operations->submit(again);
        Q_EMIT retried(again);
    };
    connect(m_retry, &QPushButton::clicked, this, [retryWith] { retryWith(false); });
    connect(m_retryFailed, &QPushButton::clicked, this, [retryWith] { retryWith(true); });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (m_operation)
            QGuiApplication::clipboard()->setText(m_operation->requestLog().toText());
    });

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_requests);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(1, 3);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addWidget(m_retryFailed);
    buttons->addStretch(1);
    buttons->addWidget(m_copy);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    layout->addWidget(close);
    resize(fontMetrics().averageCharWidth() * 120, fontMetrics().lineSpacing() * 30);
    refresh();
    m_requests->setCurrentRow(0);
}

void OperationDetailsDialog::refresh()
{
    if (!m_operation)
        return;
    const Operation &o = *m_operation;
    QString summary
        = u"%1 — %2 (%3 s)"_s.arg(o.stateText(), o.detail()).arg(o.elapsedMs() / 1000.0, 0, 'f', 1);
    m_summary->setText(summary);
    const QList<RequestRecord> &records = o.requestLog().records();
    // Rows are appended or updated in place: the one being read stays put.
    for (int n = 0; n < records.size(); ++n) {
        const RequestRecord &r = records.at(n);
        QString state;
        if (!r.finished)
            state = tr("waiting");
        else if (r.error.isError())
            state = r.error.code.isEmpty() ? r.error.title() : r.error.code;
        else
            state = tr("OK");
        const QString text = tr("%1 · +%2 ms · %3").arg(r.action).arg(r.sentAfterMs).arg(state);
        if (n < m_requests->count()) {
            if (m_requests->item(n)->text() != text)
                m_requests->item(n)->setText(text);
        } else {
            m_requests->addItem(text);
        }
    }
    if (o.requestLog().notRecorded() > 0 && m_requests->count() == records.size())
        m_requests->addItem(
            tr("%n later request(s) not recorded", "", o.requestLog().notRecorded()));
    m_retry->setEnabled(
        o.state() == Operation::State::Failed || o.state() == Operation::State::Cancelled);
    m_retryFailed->setEnabled(o.canRetryFailedOnly());
    showRequest(m_requests->currentRow());
}

void OperationDetailsDialog::showRequest(int row)
{
    if (!m_operation || row < 0 || row >= m_operation->requestLog().records().size())
        return;
    const RequestRecord &r = m_operation->requestLog().records().at(row);
    QString text = tr("Request %1 to %2, sent %3 ms after the start\n")
                       .arg(r.action, r.endpoint)
                       .arg(r.sentAfterMs);
    for (const auto &[name, value] : r.parameters)
        text += u"  %1 = %2\n"_s.arg(name, value);
    for (const RequestAttempt &a : r.retries)
        text += tr("Attempt %1 failed after %2 ms: %3\n  next attempt in %4 ms\n")
                    .arg(a.number)
                    .arg(a.endedAfterMs)
                    .arg(a.error)
                    .arg(a.delayMs);
    if (!r.finished) {
        text += tr("No answer yet.");
    } else {
        text += tr("%n attempt(s) in %1 ms · HTTP %2 · RequestId %3\n", "", r.attempts)
                    .arg(r.elapsedMs)
                    .arg(r.httpStatus)
                    .arg(r.requestId.isEmpty() ? tr("none") : r.requestId);
        if (r.error.isError())
            text += r.error.toDisplayString() + u'\n';
        if (!r.answer.isEmpty())
            text += tr("Answer:\n") + r.answer;
        if (r.answerCut)
            text += u'\n' + tr("[The answer is longer; the rest is not kept.]");
    }
    if (m_details->toPlainText() != text)
        m_details->setPlainText(text);
}

} // namespace ecs::ui
