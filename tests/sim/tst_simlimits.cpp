// ecs-sim bounds what clients make it hold: four concurrent 100 MB uploads cost it a few MB and
// are answered 413, a header flood is cut off with 431, and the server keeps answering.
// Against the real executable, over loopback; the peak is read from /proc/PID/status.
#include "simprocess.h"
#include "simserver.h"

#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpSocket>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ecs;
using namespace simprocess;

namespace {

constexpr qint64 kUploadBytes = 100 * 1000 * 1000;
constexpr qint64 kChunkBytes = 256 * 1024;

/// A client that sends a request head and then as much as `bodyBytes` as fast as the server
/// reads it, until the server answers or closes.
class Flooder : public QObject
{
public:
    enum class Kind { ContentLength, Chunked, HeaderLines, EndlessRequestLine };

    Flooder(const QUrl &url, Kind kind, qint64 bodyBytes)
        : m_kind(kind)
        , m_limit(bodyBytes)
        , m_chunk(kChunkBytes, 'a')
    {
        const bool tls = url.scheme() == u"https";
        connect(
            &m_socket, tls ? &QSslSocket::encrypted : &QTcpSocket::connected, this, [this, url] {
                QByteArray head = "POST / HTTP/1.1\r\nHost: " + url.host().toLatin1() + ':'
                    + QByteArray::number(url.port()) + "\r\n";
                switch (m_kind) {
                case Kind::ContentLength:
                    head += "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                        + QByteArray::number(m_limit) + "\r\n\r\n";
                    break;
                case Kind::Chunked:
                    head += "Content-Type: application/x-www-form-urlencoded\r\n"
                            "Transfer-Encoding: chunked\r\n\r\n";
                    m_chunk = QByteArray::number(kChunkBytes, 16) + "\r\n" + m_chunk + "\r\n";
                    break;
                case Kind::HeaderLines:
                    m_chunk.clear();
                    for (int n = 0; m_chunk.size() < kChunkBytes; ++n)
                        m_chunk += "X-Flood-" + QByteArray::number(n) + ": " + QByteArray(40, 'h')
                            + "\r\n";
                    break;
                case Kind::EndlessRequestLine:
                    head = "GET /";
                    break;
                }
                m_socket.write(head);
                feed();
            });
        connect(&m_socket, &QTcpSocket::bytesWritten, this, &Flooder::feed);
        connect(&m_socket, &QTcpSocket::readyRead, this, [this] {
            m_answer += m_socket.readAll();
            if (m_answer.contains("\r\n\r\n"))
                m_answered = true; // stop sending once the server has spoken
        });
        connect(&m_socket, &QTcpSocket::disconnected, this, [this] { m_closed = true; });
        connect(&m_socket, &QTcpSocket::errorOccurred, this, [this] { m_closed = true; });
        if (tls) {
            m_socket.setPeerVerifyMode(QSslSocket::VerifyNone); // its own certificate, loopback
            m_socket.connectToHostEncrypted(url.host(), quint16(url.port()));
        } else {
            m_socket.connectToHost(url.host(), quint16(url.port()));
        }
    }

    bool done() const { return m_answered || m_closed; }
    int status() const { return m_answer.startsWith("HTTP/1.1 ") ? m_answer.mid(9, 3).toInt() : 0; }
    qint64 sent() const { return m_sent; }

private:
    void feed()
    {
        // Keep about a MiB queued: fast, without this process holding the whole upload.
        while (!done() && m_sent < m_limit && m_socket.bytesToWrite() < 1024 * 1024) {
            m_socket.write(m_chunk);
            m_sent += m_chunk.size();
        }
    }

    Kind m_kind;
    qint64 m_limit;
    QByteArray m_chunk;
    QSslSocket m_socket; ///< plain TCP unless the URL is https
    QByteArray m_answer;
    qint64 m_sent = 0;
    bool m_answered = false;
    bool m_closed = false;
};

} // namespace

class TestSimLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void concurrentUploadsStayWithinBound();
    void headerFloodIsCutOff_data();
    void headerFloodIsCutOff();
    void smallRequestsStillServed();
    void tlsUploadsAreBoundedToo();
    void allConnectionsShareOneBudget();
    void connectionsBeyondTheLimitAreClosed();

private:
    /// Resets the peak (VmHWM) to the current RSS: what follows is measured from here.
    bool resetPeak() const;
    bool answers() const;

    QProcess m_process;
    QUrl m_url;
    qint64 m_baselineKiB = 0;
};

void TestSimLimits::init()
{
    m_url = start(m_process, {});
    QVERIFY(m_url.isValid());
    QVERIFY(answers()); // everything a first request allocates is in the baseline
    m_baselineKiB = procStatusKiB(m_process.processId(), "VmRSS");
    QVERIFY(m_baselineKiB > 0);
    QVERIFY(resetPeak());
}

void TestSimLimits::cleanup()
{
    m_process.kill();
    m_process.waitForFinished(10'000);
}

bool TestSimLimits::resetPeak() const
{
    QFile clearRefs(u"/proc/%1/clear_refs"_s.arg(m_process.processId()));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

bool TestSimLimits::answers() const
{
    auto call = send(m_url, ApiRequest(u"DescribeRegions"_s));
    return call && call->ok();
}

void TestSimLimits::concurrentUploadsStayWithinBound()
{
    std::vector<std::unique_ptr<Flooder>> uploads;
    for (int n = 0; n < 4; ++n)
        uploads.push_back(std::make_unique<Flooder>(
            m_url, n % 2 ? Flooder::Kind::Chunked : Flooder::Kind::ContentLength, kUploadBytes));
    // Until all are answered, or (without a bound) as soon as the bound is passed.
    const qint64 pid = m_process.processId();
    const qint64 boundKiB = m_baselineKiB + 64 * 1024;
    QVERIFY(QTest::qWaitFor(
        [&uploads, pid, boundKiB] {
            return procStatusKiB(pid, "VmHWM") > boundKiB
                || std::all_of(uploads.cbegin(), uploads.cend(),
                    [](const auto &upload) { return upload->done(); });
        },
        60'000));
    const qint64 peakKiB = procStatusKiB(pid, "VmHWM");
    const qint64 extraMiB = (peakKiB - m_baselineKiB) / 1024;
    qInfo("baseline %lld KiB, peak %lld KiB (+%lld MiB)", m_baselineKiB, peakKiB, extraMiB);
    QVERIFY2(extraMiB <= 64, qPrintable(u"+%1 MiB"_s.arg(extraMiB)));
    for (const auto &upload : uploads) {
        QCOMPARE(upload->status(), 413);
        QVERIFY(upload->sent() < kUploadBytes); // refused early, not after reading it all
    }
    QVERIFY(answers());
}

void TestSimLimits::headerFloodIsCutOff_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("many header lines") << int(Flooder::Kind::HeaderLines);
    QTest::newRow("endless request line") << int(Flooder::Kind::EndlessRequestLine);
}

void TestSimLimits::headerFloodIsCutOff()
{
    QFETCH(int, kind);
    Flooder flood(m_url, Flooder::Kind(kind), kUploadBytes);
    QVERIFY(QTest::qWaitFor([&flood] { return flood.done(); }, 30'000));
    QCOMPARE(flood.status(), 431);
    QVERIFY(flood.sent() < kUploadBytes);
    const qint64 peakKiB = procStatusKiB(m_process.processId(), "VmHWM");
    QVERIFY2((peakKiB - m_baselineKiB) / 1024 <= 16,
        qPrintable(u"+%1 KiB"_s.arg(peakKiB - m_baselineKiB)));
    QVERIFY(answers());
}

void TestSimLimits::smallRequestsStillServed()
{
    // A body just under the limit is read and answered as usual (here: not signed, so refused
    // by the authenticator, not by the size limit).
    QTcpSocket socket;
    socket.connectToHost(m_url.host(), quint16(m_url.port()));
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray body(int(sim::kMaxRequestBodyBytes) - 1000, 'a');
    socket.write("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                 "application/x-www-form-urlencoded\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QByteArray answer;
    QVERIFY(QTest::qWaitFor(
        [&] {
            answer += socket.readAll();
            return answer.contains("\r\n\r\n");
        },
        10'000));
    QVERIFY2(answer.startsWith("HTTP/1.1 400"), answer.left(40).constData());
    QVERIFY(answers());
}

void TestSimLimits::tlsUploadsAreBoundedToo()
{
    QProcess tlsProcess;
    const QUrl url = start(tlsProcess, { u"--tls"_s });
    QVERIFY(url.isValid());
    QCOMPARE(url.scheme(), u"https"_s);
    const qint64 pid = tlsProcess.processId();
    const qint64 baselineKiB = procStatusKiB(pid, "VmRSS");
    QFile clearRefs(u"/proc/%1/clear_refs"_s.arg(pid));
    QVERIFY(clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1);
    clearRefs.close();
    Flooder lengthy(url, Flooder::Kind::ContentLength, kUploadBytes);
    Flooder chunked(url, Flooder::Kind::Chunked, kUploadBytes);
    QVERIFY(QTest::qWaitFor([&] { return lengthy.done() && chunked.done(); }, 60'000));
    QCOMPARE(lengthy.status(), 413);
    QCOMPARE(chunked.status(), 413);
    const qint64 extraMiB = (procStatusKiB(pid, "VmHWM") - baselineKiB) / 1024;
    QVERIFY2(extraMiB <= 64, qPrintable(u"+%1 MiB"_s.arg(extraMiB)));
    tlsProcess.kill();
    tlsProcess.waitForFinished(10'000);
}

namespace {

/// A request head with a body announced but only partly sent: it holds its bytes in the server.
std::unique_ptr<QTcpSocket> holdPartialUpload(const QUrl &url, qint64 announced, qint64 sent)
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(url.host(), quint16(url.port()));
    socket->write("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: "
        + QByteArray::number(announced) + "\r\n\r\n" + QByteArray(sent, 'b'));
    return socket;
}

QUrl startInProcess(sim::SimServer &server)
{
    QSignalSpy listening(&server, &sim::SimServer::listening);
    server.start(QHostAddress::LocalHost, 0);
    return listening.isEmpty() ? QUrl() : listening.first().first().toUrl();
}

} // namespace

void TestSimLimits::allConnectionsShareOneBudget()
{
    // Two unfinished uploads, each within the per-request limit but together over the shared
    // budget: the one that passes it is answered 503 and closed, the other is still read.
    sim::SimOptions options;
    options.limits.maxBufferedBytes = 1024 * 1024;
    sim::SimServer server(options);
    const QUrl url = startInProcess(server);
    QVERIFY(url.isValid());
    std::unique_ptr<QTcpSocket> uploads[]
        = { holdPartialUpload(url, 900'000, 700'000), holdPartialUpload(url, 900'000, 700'000) };
    QByteArray answers[2];
    const auto answered = [&](int n) {
        answers[n] += uploads[n]->readAll();
        return answers[n].contains("\r\n\r\n");
    };
    QVERIFY(QTest::qWaitFor([&] { return answered(0) || answered(1); }, 10'000));
    const int refused = answers[0].isEmpty() ? 1 : 0;
    const int kept = 1 - refused;
    QVERIFY2(answers[refused].startsWith("HTTP/1.1 503"), answers[refused].left(40).constData());
    QVERIFY(answers[refused].contains("ServiceUnavailable"));
    QVERIFY(answers[kept].isEmpty());
    // The other one, completed, is served (refused as unsigned, not for its size).
    uploads[kept]->write(QByteArray(200'000, 'b'));
    QVERIFY(QTest::qWaitFor([&] { return answered(kept); }, 10'000));
    QVERIFY2(answers[kept].startsWith("HTTP/1.1 400"), answers[kept].left(40).constData());
}

void TestSimLimits::connectionsBeyondTheLimitAreClosed()
{
    sim::SimOptions options;
    options.limits.maxConnections = 3;
    sim::SimServer server(options);
    const QUrl url = startInProcess(server);
    QVERIFY(url.isValid());
    std::vector<std::unique_ptr<QTcpSocket>> held;
    for (int n = 0; n < 3; ++n)
        held.push_back(holdPartialUpload(url, 100, 10));
    QVERIFY(QTest::qWaitFor(
        [&held] {
            return std::all_of(held.cbegin(), held.cend(),
                [](const auto &s) { return s->state() == QAbstractSocket::ConnectedState; });
        },
        10'000));
    // The server accepts in order: the three first, then this one, which it closes.
    QTcpSocket extra;
    QSignalSpy closed(&extra, &QTcpSocket::disconnected);
    extra.connectToHost(url.host(), quint16(url.port()));
    QVERIFY(closed.wait(10'000));
    for (const auto &socket : held)
        QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);
}

QTEST_GUILESS_MAIN(TestSimLimits)
#include "tst_simlimits.moc"
