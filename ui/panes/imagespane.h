#pragma once

#include "pager.h"
#include "resourcepane.h"
#include "types/image.h"

#include <QMap>
#include <QPointer>

class QComboBox;
class QSortFilterProxyModel;
class QTableView;

namespace ecs::ui {

class ImagesModel;

/// The images of a region, filtered by owner, OS type and architecture on the server and by name
/// in the filter box. Every page is fetched by a bounded ecs::Pager: the first tells TotalCount,
/// the rest go a few at a time; a TotalCount beyond reason is refused with a clear error.
class ImagesPane : public ResourcePane
{
    Q_OBJECT

public:
    explicit ImagesPane(ecs::EcsClient *client, QWidget *parent = nullptr);

    ImagesModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    bool isLoading() const { return m_pager != nullptr; }
    /// Images per request (the service allows up to 100).
    void setPageSize(int pageSize) { m_pageSize = pageSize; }

public Q_SLOTS:
    void refresh() override;

protected:
    void cancelAll() override;

private:
    void finished();
    void updateCount();
    /// The empty state: no region, nothing matching the server filters, or the filter box.
    void updatePlaceholder();

    ImagesModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QComboBox *m_owner;
    QComboBox *m_osType;
    QComboBox *m_architecture;
    quint64 m_generation = 0;
    QMap<int, QList<ecs::Image>> m_pages; ///< pages of the current fetch, in page order
    QPointer<ecs::Pager> m_pager;
    bool m_loaded = false;
    int m_pageSize = ecs::ops::DescribeImages::kMaxPageSize;
};

} // namespace ecs::ui
