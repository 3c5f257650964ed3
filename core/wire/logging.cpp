#include "logging.h"

#include <QHash>
#include <QReadWriteLock>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

Q_LOGGING_CATEGORY(lcEcsApi, "ecs.api", QtWarningMsg)
Q_LOGGING_CATEGORY(lcEcsSim, "ecs.sim", QtWarningMsg)
Q_LOGGING_CATEGORY(lcEcsUi, "ecs.ui", QtWarningMsg)
Q_LOGGING_CATEGORY(lcEcsCredentials, "ecs.credentials", QtWarningMsg)

using namespace Qt::StringLiterals;

namespace ecs {

namespace {

const QStringList &secretNames()
{
    static const QStringList names { u"Signature"_s, u"AccessKeySecret"_s, u"SecurityToken"_s,
        u"Authorization"_s, u"x-acs-security-token"_s };
    return names;
}

constexpr QStringView kMask = u"***";

// A secret's name, then its separator in any encoding, with optional quotes around both.
// The name must not follow a letter (so "XSignature" stays) but may follow a digit: "%26Name" is
// an encoded "&Name". It must be followed by a separator, so "SignatureNonce" stays.
const QRegularExpression &namePattern()
{
    // Never destroyed: the message handler may still redact while the process exits.
    static const auto *pattern = new QRegularExpression(
        uR"re((?<![A-Za-z])(?:(Authorization)|Signature|AccessKeySecret|SecurityToken|)re"
        uR"re(x-acs-security-token))re"
        uR"re((?:\\?"|%(?:25)*22|\\u0022)?\s*(?:=|:|%(?:25)*3D|%(?:25)*3A|\\u003d|\\u003a)\s*)re"
        uR"re((?:\\?"|%(?:25)*22|\\u0022)?)re"_s,
        QRegularExpression::CaseInsensitiveOption);
    return *pattern;
}

bool isHexPair(QStringView text, qsizetype at, const char *pairs)
{
    if (at + 2 > text.size())
        return false;
    for (const char *p = pairs; *p; p += 2)
        if (text[at].toUpper() == QLatin1Char(p[0]) && text[at + 1].toUpper() == QLatin1Char(p[1]))
            return true;
    return false;
}

// Whether an encoded terminator starts at `at`: "%XX", "%25XX", "%2525XX"… for XX in `pairs`.
bool isEncodedTerminator(QStringView text, qsizetype at, const char *pairs)
{
    qsizetype i = at + 1;
    while (true) {
        if (isHexPair(text, i, pairs))
            return true;
        if (!isHexPair(text, i, "25"))
            return false;
        i += 2;
    }
}

// Where the value that starts at `from` ends. Header values (Authorization) run to the end of
// the line; parameter values to the next separator of a query, form, JSON or header list.
qsizetype valueEnd(QStringView text, qsizetype from, bool header)
{
    static constexpr char kParamEnds[] = "2622202C7D0A0D3B"; // & " space , } LF CR ;
    static constexpr char kHeaderEnds[] = "0A0D22"; // LF CR "
    qsizetype i = from;
    while (i < text.size()) {
        const QChar c = text[i];
        if (c == u'%' && isEncodedTerminator(text, i, header ? kHeaderEnds : kParamEnds))
            break;
        if (c == u'\\') {
            if (i + 1 < text.size() && text[i + 1] == u'/') { // JSON's escaped slash
                i += 2;
                continue;
            }
            break; // \" \n \u0026 …
        }
        if (c == u'"' || c == u'\r' || c == u'\n' || c == u'}')
            break;
        if (!header
            && (c.isSpace() || c == u'&' || c == u',' || c == u';' || c == u'\'' || c == u'<'
                || c == u'>'))
            break;
        ++i;
    }
    return i;
}

QString redactNamedValues(const QString &text)
{
    QString out;
    qsizetype copied = 0;
    QRegularExpressionMatchIterator it = namePattern().globalMatch(text);
    qsizetype skipUntil = 0;
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedStart() < skipUntil) // inside a value already masked (Authorization's)
            continue;
        const qsizetype start = m.capturedEnd();
        const qsizetype end = valueEnd(text, start, m.capturedLength(1) > 0);
        if (end == start)
            continue;
        out += QStringView(text).mid(copied, start - copied);
        out += kMask;
        copied = skipUntil = end;
    }
    if (copied == 0)
        return text;
    out += QStringView(text).mid(copied);
    return out;
}

// A pattern for `value` in any of its encodings: each character that percent-encoding changes
// may appear raw, percent-encoded any number of times in either hex case (%2B, %252b…), or
// JSON-escaped (\/, \u002b); the other characters are the same in every encoding.
QString anyEncodingPattern(const QString &value)
{
    QString pattern;
    for (const QChar c : value) {
        const bool unreserved = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')
            || (c >= u'0' && c <= u'9') || c == u'-' || c == u'.' || c == u'_' || c == u'~';
        if (unreserved) {
            pattern += c;
            continue;
        }
        QStringList forms { QRegularExpression::escape(QString(c)) };
        const QByteArray utf8 = QString(c).toUtf8();
        QString percentForm;
        for (const char byte : utf8)
            percentForm += u"%(?:25)*(?i:%1)"_s.arg(uint(quint8(byte)), 2, 16, QChar(u'0'));
        forms << percentForm;
        if (c.unicode() < 0x80)
            forms << u"\\\\u(?i:%1)"_s.arg(uint(c.unicode()), 4, 16, QChar(u'0'));
        if (c == u'/' || c == u'"' || c == u'\\')
            forms << QRegularExpression::escape(u"\\"_s + c);
        pattern += u"(?:"_s + forms.join(u'|') + u')';
    }
    return pattern;
}

// Registered values, as one pattern that matches any of them in any encoding.
struct SecretValues
{
    QReadWriteLock lock;
    QSet<QString> values;
    QRegularExpression pattern;
};

SecretValues &secretValues()
{
    static auto *values = new SecretValues; // never destroyed, as namePattern()
    return *values;
}

QString redactKnownValues(QString text)
{
    SecretValues &known = secretValues();
    QReadLocker locker(&known.lock);
    if (known.values.isEmpty())
        return text;
    return text.replace(known.pattern, kMask.toString());
}

QtMessageHandler g_previousHandler = nullptr;

void redactingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (g_previousHandler)
        g_previousHandler(type, context, redact(message));
}

} // namespace

bool isSecretName(QStringView name)
{
    for (const QString &secret : secretNames())
        if (name.compare(secret, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

void registerSecretValue(const QString &value)
{
    if (value.size() < kMinSecretValueLength)
        return;
    SecretValues &known = secretValues();
    {
        QReadLocker reader(&known.lock);
        if (known.values.contains(value))
            return;
    }
    QWriteLocker writer(&known.lock);
    if (known.values.contains(value) || known.values.size() >= 256) // a few profiles, not more
        return;
    known.values.insert(value);
    QStringList alternatives;
    for (const QString &v : std::as_const(known.values))
        alternatives << anyEncodingPattern(v);
    // Longest first, so that a longer value is masked whole where one contains another.
    std::sort(alternatives.begin(), alternatives.end(),
        [](const QString &a, const QString &b) { return a.size() > b.size(); });
    known.pattern = QRegularExpression(alternatives.join(u'|'));
    known.pattern.optimize();
}

QString redact(const QString &text)
{
    if (text.isEmpty())
        return text;
    return redactNamedValues(redactKnownValues(text));
}

QByteArray redact(const QByteArray &text)
{
    return redact(QString::fromUtf8(text)).toUtf8();
}

void installRedactingMessageHandler()
{
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    g_previousHandler = qInstallMessageHandler(redactingHandler);
}

} // namespace ecs
