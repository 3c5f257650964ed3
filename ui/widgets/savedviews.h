#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QSettings;

namespace ecs::ui {

/// A named way of looking at the fleet: which profiles and regions, the filter, the columns and
/// the sort. Kept in QSettings under "views/<n>/…"; the last one used opens at start.
struct SavedView
{
    enum class Profiles { This, All, Chosen };
    QString name;
    Profiles profiles = Profiles::This;
    QStringList chosen; ///< for Chosen
    QString region; ///< empty: the current one
    bool allRegions = false;
    QString filter;
    QList<int> hiddenColumns;
    int sortColumn = 0;
    bool descending = false;
};

namespace savedviews {
QList<SavedView> load(QSettings &settings);
/// Adds or replaces the view of that name.
void save(QSettings &settings, const SavedView &view);
void remove(QSettings &settings, const QString &name);
void rename(QSettings &settings, const QString &from, const QString &to);
QString last(QSettings &settings);
void setLast(QSettings &settings, const QString &name);
} // namespace savedviews

} // namespace ecs::ui
