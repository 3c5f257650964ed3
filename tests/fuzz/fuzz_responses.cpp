// libFuzzer target: an HTTP answer through the response mapper and every typed operation's parser,
// the way qtbase fuzzes QJsonDocument::fromJson. Input: byte 0 picks the operation (or all of
// them), byte 1 the HTTP status and Content-Type, the rest is the body.
//
// Beyond "no crash, no sanitizer report", every outcome must be a value or a typed ApiError with a
// bounded message free of control characters, and a DescribeInstances record cut from the text
// must be the parsed record.
#include "responsemapper.h"
#include "types/availableresource.h"
#include "types/image.h"
#include "types/instance.h"
#include "types/lifecycle.h"
#include "types/region.h"
#include "types/spotprice.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace ecs;

namespace {

template<typename Op> ApiError parseWith(const QJsonObject &body)
{
    const auto result = Op::parse(body);
    return result.ok() ? ApiError() : result.error();
}

using Parser = ApiError (*)(const QJsonObject &);

constexpr Parser kParsers[] = {
    parseWith<ops::DescribeRegions>,
    parseWith<ops::DescribeZones>,
    parseWith<ops::DescribeImages>,
    parseWith<ops::DescribeInstances>,
    parseWith<ops::DescribeInstanceStatus>,
    parseWith<ops::DescribeSpotPriceHistory>,
    parseWith<ops::DescribeInstanceTypes>,
    parseWith<ops::DescribeAvailableResource>,
    parseWith<ops::StartInstances>,
    parseWith<ops::StopInstances>,
    parseWith<ops::RebootInstance>,
    parseWith<ops::DescribeResourcesModification>,
    parseWith<ops::DescribeInstanceAutoRenewAttribute>,
    parseWith<ops::AllocatePublicIpAddress>,
    parseWith<ops::RunInstances>,
    parseWith<ops::DescribePrice>,
    parseWith<ops::DescribeVSwitches>,
    parseWith<ops::DescribeSecurityGroups>,
};
constexpr int kParserCount = int(sizeof(kParsers) / sizeof(kParsers[0]));

constexpr int kStatuses[]
    = { 200, 200, 200, 201, 204, 299, 302, 400, 403, 404, 409, 500, 502, 503, 0, 999 };
const char *const kContentTypes[]
    = { "application/json;charset=utf-8", "text/html", "text/xml", "" };

[[noreturn]] void violated(const char *what, const QString &detail)
{
    std::fprintf(stderr, "invariant violated: %s: %s\n", what, qPrintable(detail.left(500)));
    std::abort();
}

void checkError(const ApiError &error, const char *where)
{
    if (error.kind == ApiError::Kind::None)
        violated(where, QStringLiteral("an error of kind None"));
    if (error.message.trimmed().isEmpty())
        violated(where, QStringLiteral("an empty message"));
    const QString shown = error.toDisplayString();
    if (error.message.size() > 2048 || shown.size() > 4096)
        violated(where, QStringLiteral("a message of %1 characters").arg(shown.size()));
    for (const QString &text : { shown, error.code, error.requestId })
        for (const QChar c : text)
            if ((c.unicode() < 0x20 && c != u'\n') || c.unicode() == 0x7f)
                violated(where, QStringLiteral("a control character in \"%1\"").arg(text));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const int choice = data[0] % (kParserCount + 1); // kParserCount: every parser
    RawResponse raw;
    raw.httpStatus = kStatuses[data[1] % (sizeof(kStatuses) / sizeof(kStatuses[0]))];
    raw.contentType = kContentTypes[(data[1] >> 4) % 4];
    raw.requestIdHeader = "FUZZ-REQUEST-ID";
    raw.body = QByteArray(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));

    const MappedResponse mapped = mapResponse(raw);
    if (mapped.error.isError()) {
        checkError(mapped.error, "mapResponse");
        return 0;
    }
    if (raw.httpStatus < 200 || raw.httpStatus >= 300)
        violated("mapResponse", QStringLiteral("accepted HTTP %1").arg(raw.httpStatus));
    for (int i = 0; i < kParserCount; ++i) {
        if (choice != kParserCount && choice != i)
            continue;
        const ApiError error = kParsers[i](mapped.body);
        if (!error.isError())
            continue;
        if (error.kind != ApiError::Kind::Malformed)
            violated("parse", QStringLiteral("a parse error of kind %1").arg(int(error.kind)));
        checkError(error, "parse");
    }
    // Records cut from the text (ecs::arrayElementSpans) are the parsed ones, field for field.
    if (choice == kParserCount || kParsers[choice] == parseWith<ops::DescribeInstances>) {
        const auto parsed = ops::DescribeInstances::parse(mapped.body);
        const auto cut = ops::DescribeInstances::parse(mapped.body, raw.body);
        if (parsed.ok() != cut.ok())
            violated("cut records", QStringLiteral("parsed and cut disagree on the answer"));
        if (parsed.ok()) {
            const QList<Instance> &a = parsed.value().instances;
            const QList<Instance> &b = cut.value().instances;
            if (a.size() != b.size())
                violated(
                    "cut records", QStringLiteral("%1 against %2").arg(a.size()).arg(b.size()));
            for (qsizetype n = 0; n < a.size(); ++n)
                if (a.at(n).raw() != b.at(n).raw() || !(a.at(n) == b.at(n)))
                    violated("cut records", QStringLiteral("record %1 differs").arg(n));
        }
    }
    return 0;
}
