#include "invocationview.h"

#include "assistant/runcommandoperation.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ecs::ui {

InvocationRowsModel::InvocationRowsModel(RunCommandOperation *operation, QObject *parent)
    : QAbstractTableModel(parent)
    , m_operation(operation)
    , m_rows(int(operation->rows().size()))
{
    // The rows are the selection, fixed when the run starts: results change them in place.
    connect(operation, &RunCommandOperation::rowsChanged, this, [this] {
        if (m_rows > 0)
            Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
    });
}

int InvocationRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_operation ? 0 : m_rows;
}

int InvocationRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InvocationRowsModel::data(const QModelIndex &index, int role) const
{
    if (!m_operation || !index.isValid() || index.row() >= m_operation->rows().size())
        return {};
    const RunCommandRow &row = m_operation->rows().at(index.row());
    if (role == FailedRole)
        return row.failed();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const InvocationResult &r = row.result;
    switch (index.column()) {
    case InstanceColumn:
        return row.name.isEmpty() ? row.instanceId : u"%1 (%2)"_s.arg(row.name, row.instanceId);
    case StatusColumn:
        if (row.skipped)
            return tr("Skipped: no agent");
        if (r.status == InvocationStatus::Unknown && !r.statusWire.isEmpty())
            return r.statusWire;
        return r.status == InvocationStatus::Unknown ? tr("Not sent")
                                                     : CloudAssistantTexts::statusName(r.status);
    case ExitCodeColumn:
        return r.exitCode ? QVariant(*r.exitCode) : QVariant(u"—"_s);
    case ErrorColumn:
        return r.errorCode.isEmpty() ? r.errorInfo : u"%1: %2"_s.arg(r.errorCode, r.errorInfo);
    case OutputColumn:
        return QString::fromUtf8(r.output).section(u'\n', 0, 0);
    }
    return {};
}

QVariant InvocationRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case InstanceColumn:
        return tr("Instance");
    case StatusColumn:
        return tr("Status");
    case ExitCodeColumn:
        return tr("Exit code");
    case ErrorColumn:
        return tr("Error");
    case OutputColumn:
        return tr("Output");
    }
    return {};
}

InvocationView::InvocationView(RunCommandOperation *operation, QWidget *parent)
    : QDialog(parent)
    , m_operation(operation)
    , m_model(new InvocationRowsModel(operation, this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_output(new QPlainTextEdit(this))
    , m_summary(new QLabel(this))
    , m_failedOnly(new QCheckBox(tr("&Failed only"), this))
    , m_runAgain(new QPushButton(tr("Run &again on failed"), this))
    , m_stop(new QPushButton(tr("S&top"), this))
    , m_copy(new QPushButton(tr("&Copy output"), this))
    , m_save(new QPushButton(tr("&Save output…"), this))
{
    setObjectName(u"invocationView"_s);
    setWindowTitle(operation->title());
    setAttribute(Qt::WA_DeleteOnClose);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(InvocationRowsModel::FailedRole);
    m_filter->setFilterKeyColumn(0);
    m_table->setObjectName(u"invocationResults"_s);
    m_table->setAccessibleName(tr("Results per instance"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int em = fontMetrics().averageCharWidth();
    m_table->setColumnWidth(InvocationRowsModel::InstanceColumn, em * 36);
    m_table->setColumnWidth(InvocationRowsModel::StatusColumn, em * 20);
    m_table->setColumnWidth(InvocationRowsModel::ExitCodeColumn, em * 11);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + em);
    m_table->setColumnWidth(InvocationRowsModel::ErrorColumn, em * 28);
    m_output->setObjectName(u"invocationOutput"_s);
    m_output->setAccessibleName(tr("Output of the selected instance"));
    m_output->setReadOnly(true);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_summary->setObjectName(u"invocationSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Summary"));
    m_failedOnly->setObjectName(u"failedOnly"_s);
    m_runAgain->setObjectName(u"runAgainOnFailed"_s);
    m_stop->setObjectName(u"stopInvocation"_s);
    m_stop->setToolTip(tr("Ask Cloud Assistant to stop the command (StopInvocation)"));
    m_copy->setObjectName(u"copyOutput"_s);
    m_save->setObjectName(u"saveOutput"_s);
    for (QAbstractButton *b : { static_cast<QAbstractButton *>(m_failedOnly),
             static_cast<QAbstractButton *>(m_runAgain), static_cast<QAbstractButton *>(m_stop),
             static_cast<QAbstractButton *>(m_copy), static_cast<QAbstractButton *>(m_save) })
        b->setAccessibleName(b->text().remove(u'&'));

    connect(m_failedOnly, &QCheckBox::toggled, this,
        [this](bool on) { m_filter->setFilterFixedString(on ? u"true"_s : QString()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &InvocationView::showCurrent);
    connect(operation, &RunCommandOperation::rowsChanged, this, &InvocationView::showCurrent);
    connect(operation, &Operation::changed, this, &InvocationView::updateButtons);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_operation)
            m_operation->cancel();
    });
    connect(m_runAgain, &QPushButton::clicked, this, [this] {
        if (m_operation)
            if (RunCommandOperation *again = m_operation->runAgainOnFailed())
                Q_EMIT runAgain(again);
    });
    connect(m_copy, &QPushButton::clicked, this,
        [this] { QGuiApplication::clipboard()->setText(m_output->toPlainText()); });
    connect(m_save, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Save output"), {}, tr("Text files (*.txt)"));
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setDefaultSuffix(u"txt"_s);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        const QString text = m_output->toPlainText();
        connect(dialog, &QFileDialog::fileSelected, this, [text](const QString &path) {
            QSaveFile file(path);
            if (file.open(QIODevice::WriteOnly)) {
                file.write(text.toUtf8());
                file.commit();
            }
        });
        dialog->open();
    });

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_output);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_failedOnly);
    buttons->addStretch(1);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_runAgain);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_save);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    layout->addWidget(close);
    resize(em * 130, fontMetrics().lineSpacing() * 30);
    updateButtons();
    m_table->selectRow(0);
}

QString InvocationView::outputText(int sourceRow) const
{
    if (!m_operation || sourceRow < 0 || sourceRow >= m_operation->rows().size())
        return {};
    const RunCommandRow &row = m_operation->rows().at(sourceRow);
    QString text = QString::fromUtf8(row.result.output);
    if (row.result.droppedBytes > 0 || row.result.cutHere)
        text += u'\n'
            + tr("[Output truncated: the service kept the first %1 bytes and dropped %2 more.]")
                  .arg(row.result.output.size())
                  .arg(row.result.droppedBytes);
    if (text.isEmpty()) // nothing ran there: why, in the service's words
        text = row.result.errorInfo;
    return text;
}

void InvocationView::showCurrent()
{
    const QModelIndex current = m_filter->mapToSource(m_table->currentIndex());
    const QString text = current.isValid() ? outputText(current.row()) : QString();
    if (m_output->toPlainText() != text)
        m_output->setPlainText(text);
    updateButtons();
}

void InvocationView::updateButtons()
{
    if (!m_operation)
        return;
    m_summary->setText(u"%1 — %2"_s.arg(m_operation->stateText(), m_operation->detail()));
    m_stop->setEnabled(!m_operation->isFinished());
    m_runAgain->setEnabled(
        m_operation->isFinished() && !m_operation->failedInstanceIds().isEmpty());
    m_copy->setEnabled(!m_output->toPlainText().isEmpty());
    m_save->setEnabled(!m_output->toPlainText().isEmpty());
}

} // namespace ecs::ui
