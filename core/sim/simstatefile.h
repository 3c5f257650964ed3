#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <utility>

namespace ecs::sim {

/// Where `ecs-sim --state FILE` keeps its world between runs, durably: a snapshot (FILE, replaced
/// atomically and synced before anything it holds is acknowledged) and a journal of used nonces
/// (FILE.nonces, appended and synced), so that a request answered before a crash is neither lost
/// nor accepted a second time after it.
class SimStateFile
{
public:
    explicit SimStateFile(QString path);

    const QString &path() const { return m_path; }
    QString journalPath() const { return m_path + QStringLiteral(".nonces"); }

    /// Reads the snapshot (an empty object when there is none yet) and the journal's nonces.
    /// False with `error` set when the snapshot is unreadable: it is then left untouched.
    bool load(QJsonObject *snapshot, QHash<QString, qint64> *journalNonces, QString *error) const;
    /// Replaces the snapshot (temporary file, fsync, rename, fsync of the directory), then
    /// empties the journal, whose nonces the snapshot now holds.
    bool writeSnapshot(const QJsonObject &snapshot, QString *error);
    /// Appends nonces (nonce, ms since epoch) to the journal and syncs it.
    bool appendNonces(const QList<std::pair<QString, qint64>> &nonces, QString *error);
    /// Bytes appended since the last snapshot: a long journal is folded into the next snapshot.
    qint64 journalBytes() const { return m_journalBytes; }

private:
    QString m_path;
    qint64 m_journalBytes = 0;
};

} // namespace ecs::sim
