#include "zonedetails.h"

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
    auto list = [&mono](const QStringList &values) {
        if (values.isEmpty())
            return u"—"_s;
        return u"<span style=\"font-family:'%1'\">%2</span>"_s.arg(
            mono.toHtmlEscaped(), values.join(u", "_s).toHtmlEscaped());
    };
    auto row = [](const QString &name, const QString &valueHtml) {
        return u"<tr><td style=\"padding-right:1em\"><b>%1</b></td><td>%2</td></tr>"_s.arg(
            name.toHtmlEscaped(), valueHtml);
    };
    QString html = u"<table cellspacing=\"4\">"_s;
    html += row(tr("Zone"),
        u"%1 · %2"_s.arg(zone->zoneId.toHtmlEscaped(), zone->localName.toHtmlEscaped()));
    html += row(tr("Type"), zone->zoneType.toHtmlEscaped());
    html += row(tr("Can create"), zone->resourceCreation.join(u", "_s).toHtmlEscaped());
    html += row(tr("Disk categories"), list(zone->diskCategories));
    html += row(
        tr("Instance types (%1)").arg(zone->instanceTypes.size()), list(zone->instanceTypes));
    html += u"</table>"_s;
    setHtml(html);
}

} // namespace ecs::ui
