#include "zonedetails.h"

#include "models/regionsmodel.h"
#include "types/region.h"

#include <QFontDatabase>

using namespace Qt::StringLiterals;

namespace ecs::ui {

ZoneDetails::ZoneDetails(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(u"zoneDetails"_s);
    setAccessibleName(tr("Zone details"));
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
    // Blend into the pane, as a details panel rather than an input.
    viewport()->setAutoFillBackground(false);
    setPlaceholderText(tr("Select a zone to see what it offers."));
}

void ZoneDetails::setZone(const ecs::Zone *zone)
{
    if (!zone) {
        clear();
        return;
    }
    // Values come from the service: escaped, never interpreted as markup.
    const QString mono = QFontDatabase::systemFont(QFontDatabase::FixedFont).family();
    auto words = [](const QStringList &values, QString (*toWords)(const QString &)) {
        QStringList out;
        for (const QString &value : values)
            out << toWords(value).toHtmlEscaped();
        return out.isEmpty() ? u"—"_s : out.join(u", "_s);
    };
    auto row = [](const QString &name, const QString &valueHtml) {
        return u"<tr><td style=\"padding-right:1em\"><b>%1</b></td><td>%2</td></tr>"_s.arg(
            name.toHtmlEscaped(), valueHtml);
    };
    QString html = u"<table cellspacing=\"4\">"_s;
    html += row(tr("Zone"),
        u"%1 · %2"_s.arg(zone->zoneId.toHtmlEscaped(), zone->localName.toHtmlEscaped()));
    html += row(tr("Type"), ZonesModel::zoneTypeText(zone->zoneType).toHtmlEscaped());
    html += row(tr("Can create"), words(zone->resourceCreation, &ZonesModel::resourceText));
    html += row(tr("Disk categories"), words(zone->diskCategories, &ZonesModel::diskCategoryText));
    html += row(tr("Instance types (%1)").arg(zone->instanceTypes.size()), QString());
    html += u"</table>"_s;
    // One line per family with its sizes ("ecs.c7: large, xlarge, 2xlarge …"): the family never
    // wraps, and the sizes wrap only between sizes, never at the dots and hyphens inside an id.
    html += u"<table cellspacing=\"2\" style=\"margin-left:1em\">"_s;
    QString family;
    QStringList sizes;
    auto flush = [&] {
        if (!family.isEmpty())
            html += u"<tr><td style=\"white-space:nowrap; padding-right:1em\">"
                    u"<span style=\"font-family:'%1'\">%2</span></td><td>"
                    u"<span style=\"font-family:'%1'\">%3</span></td></tr>"_s.arg(
                        mono.toHtmlEscaped(), family.toHtmlEscaped(),
                        sizes.join(u", "_s).toHtmlEscaped());
        sizes.clear();
    };
    for (const QString &type : ZonesModel::sortedTypes(*zone)) {
        const qsizetype dot = type.lastIndexOf(u'.');
        const QString typeFamily = dot > 0 ? type.left(dot) : type;
        if (typeFamily != family) {
            flush();
            family = typeFamily;
        }
        sizes << (dot > 0 ? type.mid(dot + 1) : QString());
    }
    flush();
    html += u"</table>"_s;
    setHtml(html);
}

} // namespace ecs::ui
