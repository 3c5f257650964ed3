#pragma once

#include <QString>

namespace ecs::sim {

/// A service error as the real endpoint answers it: HTTP status, Code and Message. The RequestId,
/// HostId and Recommend fields are added when the response is written.
struct SimError
{
    int httpStatus = 0;
    QString code;
    QString message;

    bool isError() const { return httpStatus != 0; }
};

/// The errors with the wording the real service uses, so that users see the same text here as
/// against Alibaba Cloud.
namespace errors {
SimError missingParameter(const QString &name);
SimError invalidParameter(const QString &name, const QString &value);
SimError incompleteSignature(const QString &detail);
SimError signatureDoesNotMatch(const QByteArray &serverStringToSign);
SimError invalidAccessKeyId();
SimError invalidTimeStampFormat(const QString &value);
SimError invalidTimeStampExpired(const QString &value);
SimError signatureNonceUsed(const QString &nonce);
SimError invalidSecurityToken();
SimError unsupportedSignatureMethod(const QString &method);
SimError invalidAction(const QString &action);
SimError invalidVersion(const QString &version);
SimError invalidRegionId(const QString &regionId);
SimError requestTooLarge(qint64 size);
SimError notFound(const QString &what, const QString &id); ///< Invalid<What>.NotFound, 404
SimError incorrectInstanceStatus(const QString &status);
SimError instanceLocked(const QString &lockReason);
SimError noStock();
SimError dryRunOperation();
SimError idempotentParameterMismatch();
SimError invalidSpotPriceLimit(const QString &detail);
SimError deletionProtection();
SimError chargeTypeViolation();
SimError operationDenied(const QString &code, const QString &message);
} // namespace errors

} // namespace ecs::sim
