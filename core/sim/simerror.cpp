#include "simerror.h"

using namespace Qt::StringLiterals;

namespace ecs::sim::errors {

SimError missingParameter(const QString &name)
{
    return { 400, u"MissingParameter"_s,
        u"The input parameter \"%1\" that is mandatory for processing this request is not supplied."_s
            .arg(name) };
}

SimError invalidParameter(const QString &name, const QString &value)
{
    return { 400, u"InvalidParameter"_s,
        u"The specified parameter \"%1\" is not valid: \"%2\"."_s.arg(name, value) };
}

SimError incompleteSignature(const QString &detail)
{
    return { 400, u"IncompleteSignature"_s,
        u"The request signature does not conform to Aliyun standards. %1"_s.arg(detail) };
}

SimError signatureDoesNotMatch(const QByteArray &serverStringToSign)
{
    // The real service quotes its string to sign so that users can diff it against their own.
    return { 400, u"SignatureDoesNotMatch"_s,
        u"Specified signature is not matched with our calculation. server string to sign is:"_s
            + QString::fromUtf8(serverStringToSign) };
}

SimError invalidAccessKeyId()
{
    return { 404, u"InvalidAccessKeyId.NotFound"_s, u"Specified access key is not found."_s };
}

SimError invalidTimeStampFormat(const QString &value)
{
    return { 400, u"InvalidTimeStamp.Format"_s,
        u"Specified time stamp or date value is not well formatted: \"%1\"."_s.arg(value) };
}

SimError invalidTimeStampExpired(const QString &value)
{
    return { 400, u"InvalidTimeStamp.Expired"_s,
        u"Specified time stamp or date value is expired: \"%1\"."_s.arg(value) };
}

SimError signatureNonceUsed(const QString &nonce)
{
    return { 400, u"SignatureNonceUsed"_s,
        u"Specified signature nonce was used already: \"%1\"."_s.arg(nonce) };
}

SimError invalidSecurityToken()
{
    return { 400, u"InvalidSecurityToken.Malformed"_s,
        u"The security token you provided is malformed."_s };
}

SimError unsupportedSignatureMethod(const QString &method)
{
    return { 400, u"UnsupportedSignatureMethod"_s,
        u"Specified signature method \"%1\" is not supported."_s.arg(method) };
}

SimError invalidAction(const QString &action)
{
    return { 404, u"InvalidAction.NotFound"_s,
        u"Specified api \"%1\" is not found, please check your url and method."_s.arg(action) };
}

SimError invalidVersion(const QString &version)
{
    return { 400, u"InvalidVersion"_s,
        u"Specified parameter Version \"%1\" is not valid."_s.arg(version) };
}

SimError invalidRegionId(const QString &regionId)
{
    return { 404, u"InvalidRegionId.NotFound"_s,
        u"The specified RegionId \"%1\" does not exist."_s.arg(regionId) };
}

SimError requestTooLarge(qint64 size)
{
    return { 413, u"RequestEntityTooLarge"_s,
        u"The request body of %1 bytes exceeds the limit."_s.arg(size) };
}

SimError notFound(const QString &what, const QString &id)
{
    return { 404, u"Invalid%1.NotFound"_s.arg(what),
        u"The specified %1 \"%2\" does not exist."_s.arg(what, id) };
}

SimError incorrectInstanceStatus(const QString &status)
{
    return { 403, u"IncorrectInstanceStatus"_s,
        u"The current status of the resource does not support this operation. (Status: %1)"_s.arg(
            status) };
}

SimError instanceLocked(const QString &lockReason)
{
    if (lockReason == u"security")
        return {
            403, u"InstanceLockedForSecurity"_s,
            u"The specified operation is denied as your instance is locked for security reasons."_s
        };
    if (lockReason == u"financial")
        return { 403, u"InstanceExpiredOrInArrears"_s,
            u"The specified operation is denied as your prepay instance is expired (prepay mode) "
            u"or in "
            "arrears (afterpay mode)."_s };
    return incorrectInstanceStatus(u"locked: "_s + lockReason);
}

SimError noStock()
{
    return { 403, u"OperationDenied.NoStock"_s,
        u"The requested resource is sold out in the specified zone; try other types of resources "
        u"or "
        "other regions and zones."_s };
}

SimError dryRunOperation()
{
    return { 400, u"DryRunOperation"_s,
        u"Request validation has been passed with DryRun flag set."_s };
}

SimError idempotentParameterMismatch()
{
    return { 400, u"IdempotentParameterMismatch"_s,
        u"The specified parameters are different from before with the same ClientToken."_s };
}

SimError invalidSpotPriceLimit(const QString &detail)
{
    return { 400, u"InvalidSpotPriceLimit"_s,
        u"The specified SpotPriceLimit is invalid: %1"_s.arg(detail) };
}

SimError deletionProtection()
{
    return {
        403, u"InvalidOperation.DeletionProtection"_s,
        u"The instance has deletion protection enabled; disable it before releasing the instance."_s
    };
}

SimError chargeTypeViolation()
{
    return { 403, u"ChargeTypeViolation"_s,
        u"The operation is not permitted due to charge type of the instance."_s };
}

SimError operationDenied(const QString &code, const QString &message)
{
    return { 403, code, message };
}

} // namespace ecs::sim::errors
