#pragma once

#include <QAbstractTableModel>
#include <QDialog>
#include <QPointer>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace ecs {
class RunCommandOperation;
}

namespace ecs::ui {

/// The rows of a run, one per instance in the selection's order; updated in place.
class InvocationRowsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        InstanceColumn,
        StatusColumn,
        ExitCodeColumn,
        ErrorColumn,
        OutputColumn,
        ColumnCount
    };
    enum Role { FailedRole = Qt::UserRole + 1 };

    explicit InvocationRowsModel(ecs::RunCommandOperation *operation, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QPointer<ecs::RunCommandOperation> m_operation;
    int m_rows = 0;
};

/// What a Run command did on each instance: status, exit code, error code, the decoded output
/// (with the service's truncation noted); "Failed only", "Run again on failed", copy and save.
class InvocationView : public QDialog
{
    Q_OBJECT

public:
    explicit InvocationView(ecs::RunCommandOperation *operation, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QPlainTextEdit *outputView() const { return m_output; }
    QCheckBox *failedOnly() const { return m_failedOnly; }
    QPushButton *runAgainButton() const { return m_runAgain; }
    QPushButton *stopButton() const { return m_stop; }
    /// The text of the output pane for the row's instance.
    QString outputText(int sourceRow) const;

Q_SIGNALS:
    /// Run again on failed: the new operation, not started (the owner submits it).
    void runAgain(ecs::RunCommandOperation *again);

private:
    void showCurrent();
    void updateButtons();

    QPointer<ecs::RunCommandOperation> m_operation;
    InvocationRowsModel *m_model;
    QSortFilterProxyModel *m_filter;
    QTableView *m_table;
    QPlainTextEdit *m_output;
    QLabel *m_summary;
    QCheckBox *m_failedOnly;
    QPushButton *m_runAgain;
    QPushButton *m_stop;
    QPushButton *m_copy;
    QPushButton *m_save;
};

} // namespace ecs::ui
