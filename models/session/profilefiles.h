// The files of one connection profile in the data folder (and the few the
// profiles share): the one place that names them (from the profile id, made
// safe for a file name), rewrites a file atomically (QSaveFile) or appends
// to a log, and reports a failure the same way for every file. Owners keep
// their state in memory and ask this to store it; nobody else builds a path
// into the data folder.
#pragma once

#include <QObject>
#include <QString>

namespace ModeDesk {

class ProfileFiles : public QObject
{
    Q_OBJECT

public:
    enum class File {
        AlertRules,      // alert-rules-<profile>.json
        AlertLog,        // alerts-<profile>.jsonl
        CommandHistory,  // command-history-<profile>.jsonl
        BulkClaim,       // bulk-claim-<profile>-<server>.json: the last bulk import, resumable
        ClaimLedger,  // claims-<profile>-<server>.jsonl: every claim code and the device it became
        CommandTemplates,  // command-templates.json: shared by every profile
        LastKnownState,    // last-known-<profile>-<server>.json: homes and devices as last seen
    };
    Q_ENUM(File)

    explicit ProfileFiles(QObject *parent = nullptr);

    // The data folder (the app's data location by default) and the profile.
    void setFolder(const QString &folder);
    QString folder() const { return m_folder; }
    // The profile, and the server it points at: files of what lives on a server
    // (an import's devices, claimed codes) are kept per server as well.
    void setProfile(const QString &profileId, const QString &server = {});
    QString profileId() const { return m_profileId; }

    // Where the profile keeps the file; "" while there is no profile (a shared file has
    // its place as soon as there is a folder).
    QString path(File file) const;
    // The profile's file for every server it was pointed at (its URL edited since), and
    // any of them set aside (.bad), as found in the folder: to remove them all.
    QStringList pathsOnEveryServer(File file) const;
    // The whole file, or nothing (absent, unreadable: *error says which).
    QByteArray read(File file, QString *error = nullptr) const;
    // Replaces the file's contents all at once; "" on success, else why not.
    QString save(File file, const QByteArray &contents);
    // Adds to the end of a log file; "" on success, else why not.
    QString append(File file, const QByteArray &lines);
    // Moves an unreadable file aside (to <name>.bad) so that it is not lost;
    // returns the new path ("" if it could not be moved).
    QString setAside(File file);
    // Copies the file beside itself (to <name>.bak, replacing an older copy) before an
    // owner rewrites a file that held what it could not read.
    void keepCopy(File file);
    QString remove(File file);
    // An owner could not read its file (or part of it): said the same way as a failed
    // write. sentence is whole, translated, and says what happens now.
    void reportUnreadable(File file, const QString &sentence);
    // An owner that writes away from the UI thread could not: said as save() says it.
    void reportWriteFailed(File file, const QString &reason) { failed(file, reason); }

    // A profile id as a file name part: letters, digits, '_' and '-' only.
    static QString safeName(const QString &profileId);

signals:
    // A write failed: what the user may lose, in plain words (once per failure).
    void writeFailed(ModeDesk::ProfileFiles::File file, const QString &reason);
    void readFailed(ModeDesk::ProfileFiles::File file, const QString &sentence);
    void profileChanged(const QString &profileId);

private:
    QString failed(File file, const QString &reason);

    QString m_folder;
    QString m_profileId;
    QString m_server;
};

}  // namespace ModeDesk
