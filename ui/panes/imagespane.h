#pragma once

#include "callscope.h"
#include "resourcepane.h"
#include "types/image.h"

#include <QCoro/QCoroTask>

class QComboBox;
class QSortFilterProxyModel;
class QTableView;

namespace ecs::ui {

class ImagesModel;

/// The images of a region, filtered by owner, OS type and architecture on the server and by name
/// in the filter box. The client's catalogue fetches every page with a bounded walk (the first
/// tells TotalCount, the rest go a few at a time; a TotalCount beyond reason is a clear error) and
/// shares the answer; refresh() asks the service again. Latest wins: a region or filter left
/// before its answer came never shows it.
class ImagesPane : public ResourcePane
{
    Q_OBJECT

public:
    explicit ImagesPane(ecs::EcsClient *client, QWidget *parent = nullptr);

    ImagesModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    bool isLoading() const { return m_loading; }
    /// Images per request (the service allows up to 100).
    void setPageSize(int pageSize) { m_pageSize = pageSize; }

public Q_SLOTS:
    void refresh() override;

protected:
    void cancelAll() override;

private:
    QCoro::Task<> load(bool fresh);
    void updateCount();
    /// The empty state: no region, nothing matching the server filters, or the filter box.
    void updatePlaceholder();

    ImagesModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QComboBox *m_owner;
    QComboBox *m_osType;
    QComboBox *m_architecture;
    ecs::CallScope m_scope;
    bool m_loading = false;
    bool m_loaded = false;
    int m_pageSize = ecs::ops::DescribeImages::kMaxPageSize;
};

} // namespace ecs::ui
