#include "savedviews.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace ecs::ui::savedviews {

namespace {

void write(QSettings &settings, const QList<SavedView> &views)
{
    settings.remove(u"views/list"_s);
    settings.beginWriteArray(u"views/list"_s, int(views.size()));
    for (int n = 0; n < views.size(); ++n) {
        const SavedView &v = views.at(n);
        settings.setArrayIndex(n);
        settings.setValue(u"name"_s, v.name);
        settings.setValue(u"profiles"_s, int(v.profiles));
        settings.setValue(u"chosen"_s, v.chosen);
        settings.setValue(u"region"_s, v.region);
        settings.setValue(u"allRegions"_s, v.allRegions);
        settings.setValue(u"filter"_s, v.filter);
        QStringList hidden;
        for (int c : v.hiddenColumns)
            hidden << QString::number(c);
        settings.setValue(u"hiddenColumns"_s, hidden);
        settings.setValue(u"sortColumn"_s, v.sortColumn);
        settings.setValue(u"descending"_s, v.descending);
    }
    settings.endArray();
    settings.sync();
}

} // namespace

QList<SavedView> load(QSettings &settings)
{
    QList<SavedView> out;
    // Bounded: a settings file edited by hand cannot make the sidebar build millions of rows.
    const int count = std::min(settings.beginReadArray(u"views/list"_s), 500);
    for (int n = 0; n < count; ++n) {
        settings.setArrayIndex(n);
        SavedView v;
        v.name = settings.value(u"name"_s).toString();
        const int profiles = settings.value(u"profiles"_s).toInt();
        v.profiles = profiles == 1 ? SavedView::Profiles::All
            : profiles == 2        ? SavedView::Profiles::Chosen
                                   : SavedView::Profiles::This;
        v.chosen = settings.value(u"chosen"_s).toStringList();
        v.region = settings.value(u"region"_s).toString();
        v.allRegions = settings.value(u"allRegions"_s).toBool();
        v.filter = settings.value(u"filter"_s).toString();
        for (const QString &c : settings.value(u"hiddenColumns"_s).toStringList())
            v.hiddenColumns << c.toInt();
        v.sortColumn = settings.value(u"sortColumn"_s).toInt();
        v.descending = settings.value(u"descending"_s).toBool();
        if (!v.name.isEmpty())
            out << v;
    }
    settings.endArray();
    return out;
}

void save(QSettings &settings, const SavedView &view)
{
    QList<SavedView> views = load(settings);
    const auto it = std::find_if(
        views.begin(), views.end(), [&](const SavedView &v) { return v.name == view.name; });
    if (it != views.end())
        *it = view;
    else
        views << view;
    write(settings, views);
}

void remove(QSettings &settings, const QString &name)
{
    QList<SavedView> views = load(settings);
    views.removeIf([&](const SavedView &v) { return v.name == name; });
    write(settings, views);
    if (last(settings) == name)
        setLast(settings, {});
}

void rename(QSettings &settings, const QString &from, const QString &to)
{
    QList<SavedView> views = load(settings);
    for (SavedView &v : views)
        if (v.name == from)
            v.name = to;
    write(settings, views);
    if (last(settings) == from)
        setLast(settings, to);
}

QString last(QSettings &settings)
{
    return settings.value(u"views/last"_s).toString();
}

void setLast(QSettings &settings, const QString &name)
{
    settings.setValue(u"views/last"_s, name);
}

} // namespace ecs::ui::savedviews
