#include "simerror.h"

using namespace Qt::StringLiterals;

namespace ecs::sim::errors {

SimError missingParameter(const QString &name)
{
    return {400, u"MissingParameter"_s,
            u"The input parameter \"%1\" that is mandatory for processing this request is not supplied."_s
                .arg(name)};
}

SimError invalidParameter(const QString &name, const QString &value)
{
    return {400, u"InvalidParameter"_s,
            u"The specified parameter \"%1\" is not valid: \"%2\"."_s.arg(name, value)};
}

SimError incompleteSignature(const QString &detail)
{
    return {400, u"IncompleteSignature"_s,
            u"The request signature does not conform to Aliyun standards. %1"_s.arg(detail)};
}

SimError signatureDoesNotMatch(const QByteArray &serverStringToSign)
{
    // The real service quotes its string to sign so that users can diff it against their own.
    return {400, u"SignatureDoesNotMatch"_s,
            u"Specified signature is not matched with our calculation. server string to sign is:"_s
                + QString::fromUtf8(serverStringToSign)};
}

SimError invalidAccessKeyId()
{
    return {404, u"InvalidAccessKeyId.NotFound"_s, u"Specified access key is not found."_s};
}

SimError invalidTimeStampFormat(const QString &value)
{
    return {400, u"InvalidTimeStamp.Format"_s,
            u"Specified time stamp or date value is not well formatted: \"%1\"."_s.arg(value)};
}

SimError invalidTimeStampExpired(const QString &value)
{
    return {400, u"InvalidTimeStamp.Expired"_s,
            u"Specified time stamp or date value is expired: \"%1\"."_s.arg(value)};
}

SimError signatureNonceUsed(const QString &nonce)
{
    return {400, u"SignatureNonceUsed"_s,
            u"Specified signature nonce was used already: \"%1\"."_s.arg(nonce)};
}

SimError invalidSecurityToken()
{
    return {400, u"InvalidSecurityToken.Malformed"_s, u"The security token you provided is malformed."_s};
}

SimError unsupportedSignatureMethod(const QString &method)
{
    return {400, u"UnsupportedSignatureMethod"_s,
            u"Specified signature method \"%1\" is not supported."_s.arg(method)};
}

SimError invalidAction(const QString &action)
{
    return {404, u"InvalidAction.NotFound"_s,
            u"Specified api \"%1\" is not found, please check your url and method."_s.arg(action)};
}

SimError invalidVersion(const QString &version)
{
    return {400, u"InvalidVersion"_s, u"Specified parameter Version \"%1\" is not valid."_s.arg(version)};
}

SimError invalidRegionId(const QString &regionId)
{
    return {404, u"InvalidRegionId.NotFound"_s,
            u"The specified RegionId \"%1\" does not exist."_s.arg(regionId)};
}

SimError requestTooLarge(qint64 size)
{
    return {413, u"RequestEntityTooLarge"_s,
            u"The request body of %1 bytes exceeds the limit."_s.arg(size)};
}

} // namespace ecs::sim::errors
