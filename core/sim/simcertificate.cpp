#include "simcertificate.h"

#include <QHostAddress>

#include <openssl/bio.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace ecs::sim {

namespace {

template<typename T, void (*Free)(T *)> struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using CertPtr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using ExtPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION, X509_EXTENSION_free>>;

QByteArray readBio(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(size));
}

bool addExtension(X509 *cert, int nid, const QByteArray &value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, cert, cert, nullptr, nullptr, 0);
    ExtPtr extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value.constData()));
    return extension && X509_add_ext(cert, extension.get(), -1) == 1;
}

} // namespace

SelfSignedCertificate makeSelfSignedCertificate(const QStringList &hosts, int validDays)
{
    SelfSignedCertificate result;
    KeyPtr key(EVP_EC_gen("P-256"));
    if (!key) {
        result.error = u"OpenSSL could not generate a key"_s;
        return result;
    }
    CertPtr cert(X509_new());
    X509_set_version(cert.get(), 2); // v3
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f; // positive
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), long(validDays) * 24 * 3600);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(
        name, "O", MBSTRING_ASC, reinterpret_cast<const unsigned char *>("ecs-sim"), -1, -1, 0);
    const QByteArray commonName = hosts.value(0, u"localhost"_s).toUtf8();
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
        reinterpret_cast<const unsigned char *>(commonName.constData()), -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);

    QStringList altNames;
    for (const QString &host : hosts)
        altNames << (QHostAddress(host).isNull() ? u"DNS:"_s : u"IP:"_s) + host;
    // A CA certificate that is also the server's: clients add it as their one extra trust anchor.
    if (!addExtension(cert.get(), NID_subject_alt_name, altNames.join(u',').toUtf8())
        || !addExtension(cert.get(), NID_basic_constraints, "critical,CA:TRUE")
        || !addExtension(cert.get(), NID_key_usage, "critical,digitalSignature,keyCertSign")
        || !addExtension(cert.get(), NID_ext_key_usage, "serverAuth")
        || !addExtension(cert.get(), NID_subject_key_identifier, "hash")) {
        result.error = u"OpenSSL could not add the certificate's extensions"_s;
        return result;
    }
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) == 0) {
        result.error = u"OpenSSL could not sign the certificate"_s;
        return result;
    }
    BioPtr certBio(BIO_new(BIO_s_mem()));
    BioPtr keyBio(BIO_new(BIO_s_mem()));
    if (!PEM_write_bio_X509(certBio.get(), cert.get())
        || !PEM_write_bio_PrivateKey(
            keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr)) {
        result.error = u"OpenSSL could not write the certificate"_s;
        return result;
    }
    result.certificatePem = readBio(certBio.get());
    result.privateKeyPem = readBio(keyBio.get());
    return result;
}

} // namespace ecs::sim
