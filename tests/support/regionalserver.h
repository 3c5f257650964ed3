#pragma once

#include "scriptedhttpserver.h"

#include <QByteArray>
#include <QHash>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QRegularExpression>
#include <QSet>
#include <QString>

/// A DescribeInstances page of `count` Running instances named i-<region>-<n> from `first`;
/// `paging` is spliced in as is (e.g. `,"TotalCount":3` or `,"NextToken":"page-2"`).
inline QByteArray instancesBody(
    const QString &region, int first, int count, const QByteArray &paging)
{
    QByteArray items;
    for (int n = first; n < first + count; ++n)
        items += (n > first ? "," : "") + QByteArray(R"({"InstanceId":"i-)") + region.toUtf8() + '-'
            + QByteArray::number(n) + R"(","InstanceName":"vm-)" + QByteArray::number(n)
            + R"(","RegionId":")" + region.toUtf8() + R"(","Status":"Running"})";
    return R"({"RequestId":"R-)" + region.toUtf8() + R"(")" + paging
        + R"(,"Instances":{"Instance":[)" + items + "]}}";
}

/// A scripted endpoint that answers DescribeInstances per region: three instances each, or a
/// ServiceUnavailable for the regions set to fail; counts the requests per region.
class RegionalServer : public ScriptedHttpServer
{
public:
    QSet<QString> failing;
    QHash<QString, int> requestsByRegion;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        const QString all = request.url().query(QUrl::FullyDecoded) + u'&'
            + QString::fromUtf8(QByteArray::fromPercentEncoding(request.body()));
        const QString region
            = QRegularExpression(QStringLiteral("RegionId=([a-z0-9-]+)")).match(all).captured(1);
        ++requestsByRegion[region];
        QHttpServerResponder responder = makeResponder(request, socket);
        const bool fail = failing.contains(region);
        const QByteArray body = fail ? R"({"RequestId":"FAIL-)" + region.toUtf8()
                + R"(","Code":"ServiceUnavailable","Message":"The service is unavailable."})"
                                     : instancesBody(region, 1, 3, R"(,"TotalCount":3)");
        responder.writeStatusLine(QHttpServerResponder::StatusCode(fail ? 503 : 200));
        responder.writeHeader("Content-Type", "application/json");
        responder.writeHeader("Content-Length", QByteArray::number(body.size()));
        responder.writeBody(body);
        return true;
    }
};
