#include "simstatefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ecs::sim {

namespace {

// The rename of a replaced file is durable only once its directory is synced too.
void syncDirectoryOf(const QString &path)
{
    const QByteArray directory = QFile::encodeName(QFileInfo(path).absolutePath());
    const int fd = ::open(directory.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return;
    ::fsync(fd);
    ::close(fd);
}

} // namespace

SimStateFile::SimStateFile(QString path)
    : m_path(std::move(path))
{ }

bool SimStateFile::load(
    QJsonObject *snapshot, QHash<QString, qint64> *journalNonces, QString *error) const
{
    *snapshot = {};
    if (QFile::exists(m_path)) {
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = file.errorString();
            return false;
        }
        QJsonParseError parseError {};
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (!document.isObject()) {
            *error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                  : u"not a JSON object"_s;
            return false;
        }
        *snapshot = document.object();
    }
    QFile journal(journalPath());
    if (journal.open(QIODevice::ReadOnly)) {
        // One "percent-encoded nonce<TAB>ms" per line; a line cut short by a crash is ignored (its
        // answer was never sent: the sync comes first).
        while (!journal.atEnd()) {
            const QByteArray line = journal.readLine();
            if (!line.endsWith('\n'))
                break;
            const qsizetype tab = line.indexOf('\t');
            bool ok = false;
            const qint64 at = line.mid(tab + 1).trimmed().toLongLong(&ok);
            if (tab > 0 && ok)
                journalNonces->insert(
                    QString::fromUtf8(QByteArray::fromPercentEncoding(line.left(tab))), at);
        }
    }
    return true;
}

bool SimStateFile::writeSnapshot(const QJsonObject &snapshot, QString *error)
{
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(snapshot).toJson(QJsonDocument::Compact));
    if (!file.commit()) { // commit() syncs the temporary file before renaming it
        *error = file.errorString();
        return false;
    }
    syncDirectoryOf(m_path);
    QFile journal(journalPath());
    if (journal.exists() && journal.open(QIODevice::WriteOnly | QIODevice::Truncate))
        journal.close();
    m_journalBytes = 0;
    return true;
}

bool SimStateFile::appendNonces(const QList<std::pair<QString, qint64>> &nonces, QString *error)
{
    if (nonces.isEmpty())
        return true;
    QByteArray lines;
    for (const auto &[nonce, at] : nonces) // percent-encoded: a nonce cannot forge lines
        lines += nonce.toUtf8().toPercentEncoding() + '\t' + QByteArray::number(at) + '\n';
    QFile journal(journalPath());
    const bool existed = journal.exists();
    if (!journal.open(QIODevice::WriteOnly | QIODevice::Append)) {
        *error = journal.errorString();
        return false;
    }
    if (journal.write(lines) != lines.size() || !journal.flush()
        || ::fdatasync(journal.handle()) != 0) {
        *error = journal.errorString();
        return false;
    }
    journal.close();
    if (!existed)
        syncDirectoryOf(journalPath());
    m_journalBytes += lines.size();
    return true;
}

} // namespace ecs::sim
