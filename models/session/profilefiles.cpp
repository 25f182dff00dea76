#include "profilefiles.h"

#include "logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace ModeDesk {

namespace {
QString fileName(ProfileFiles::File file, const QString &profile, const QString &serverPart)
{
    switch (file) {
        case ProfileFiles::File::AlertRules:
            return QStringLiteral("alert-rules-%1.json").arg(profile);
        case ProfileFiles::File::AlertLog:
            return QStringLiteral("alerts-%1.jsonl").arg(profile);
        case ProfileFiles::File::CommandHistory:
            return QStringLiteral("command-history-%1.jsonl").arg(profile);
        case ProfileFiles::File::BulkClaim:
            return QStringLiteral("bulk-claim-%1%2.json").arg(profile, serverPart);
        case ProfileFiles::File::ClaimLedger:
            return QStringLiteral("claims-%1%2.jsonl").arg(profile, serverPart);
        case ProfileFiles::File::CommandTemplates:
            return QStringLiteral("command-templates.json");
        case ProfileFiles::File::LastKnownState:
            return QStringLiteral("last-known-%1%2.json").arg(profile, serverPart);
    }
    return {};
}
}  // namespace

ProfileFiles::ProfileFiles(QObject *parent)
    : QObject(parent), m_folder(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
{}

void ProfileFiles::setFolder(const QString &folder)
{
    m_folder = folder;
}

void ProfileFiles::setProfile(const QString &profileId, const QString &server)
{
    if (profileId == m_profileId && server == m_server)
        return;
    m_profileId = profileId;
    m_server = server;
    emit profileChanged(profileId);
}

QString ProfileFiles::safeName(const QString &profileId)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_-]"));
    return QString(profileId).replace(unsafe, QStringLiteral("_"));
}

QString ProfileFiles::path(File file) const
{
    if (m_folder.isEmpty() || (m_profileId.isEmpty() && file != File::CommandTemplates))
        return {};
    // A short digest of the server: the same name for the same server, no URL in a file name.
    const QString serverPart =
        m_server.isEmpty()
            ? QString()
            : QLatin1Char('-') +
                  QString::fromLatin1(
                      QCryptographicHash::hash(m_server.toUtf8(), QCryptographicHash::Sha1)
                          .toHex()
                          .left(8));
    return QDir(m_folder).filePath(fileName(file, safeName(m_profileId), serverPart));
}

QStringList ProfileFiles::pathsOnEveryServer(File file) const
{
    if (m_folder.isEmpty() || m_profileId.isEmpty())
        return {};
    // The server part is "-" and 8 hex digits: another profile whose id starts alike is not hit.
    const QString pattern = fileName(file, safeName(m_profileId), QStringLiteral("-????????"));
    const QDir folder(m_folder);
    QStringList paths;
    for (const QString &name : folder.entryList({pattern, pattern + QStringLiteral(".bad")},
                                                QDir::Files | QDir::CaseSensitive))
        paths.append(folder.filePath(name));
    const QString current = path(file);  // on a server with no name part, say
    for (const QString &own : {current, current + QStringLiteral(".bad")}) {
        if (!paths.contains(own) && QFile::exists(own))
            paths.append(own);
    }
    return paths;
}

QByteArray ProfileFiles::read(File file, QString *error) const
{
    QFile f(path(file));
    if (f.fileName().isEmpty() || !f.exists())
        return {};
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = f.errorString();
        return {};
    }
    return f.readAll();
}

QString ProfileFiles::failed(File file, const QString &reason)
{
    qCWarning(lcModels).noquote() << "cannot write" << path(file) << ":" << reason;
    emit writeFailed(file, reason);
    return reason;
}

QString ProfileFiles::save(File file, const QByteArray &contents)
{
    const QString target = path(file);
    if (target.isEmpty())
        return failed(file, tr("no profile is open"));
    if (!QDir().mkpath(m_folder))
        return failed(file,
                      tr("cannot create the folder %1").arg(QDir::toNativeSeparators(m_folder)));
    QSaveFile out(target);  // all or nothing, even if ModeDesk stops mid-write
    if (!out.open(QIODevice::WriteOnly))
        return failed(file, out.errorString());
    if (out.write(contents) != contents.size() || !out.commit())
        return failed(file, out.errorString());
    return {};
}

QString ProfileFiles::append(File file, const QByteArray &lines)
{
    const QString target = path(file);
    if (target.isEmpty())
        return failed(file, tr("no profile is open"));
    if (!QDir().mkpath(m_folder))
        return failed(file,
                      tr("cannot create the folder %1").arg(QDir::toNativeSeparators(m_folder)));
    QFile out(target);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Append))
        return failed(file, out.errorString());
    if (out.write(lines) != lines.size() || !out.flush())
        return failed(file, out.errorString());
    return {};
}

QString ProfileFiles::setAside(File file)
{
    const QString from = path(file);
    if (from.isEmpty() || !QFile::exists(from))
        return {};
    const QString to = from + QStringLiteral(".bad");
    QFile::remove(to);
    return QFile::rename(from, to) ? to : QString();
}

void ProfileFiles::keepCopy(File file)
{
    const QString from = path(file);
    if (from.isEmpty() || !QFile::exists(from))
        return;
    const QString to = from + QStringLiteral(".bak");
    QFile::remove(to);
    if (!QFile::copy(from, to))
        qCWarning(lcModels).noquote() << "cannot keep a copy of" << from;
}

void ProfileFiles::reportUnreadable(File file, const QString &sentence)
{
    qCWarning(lcModels).noquote() << "cannot read" << path(file) << ":" << sentence;
    emit readFailed(file, sentence);
}

QString ProfileFiles::remove(File file)
{
    const QString target = path(file);
    if (target.isEmpty() || !QFile::exists(target))
        return {};
    QFile f(target);
    return f.remove() ? QString() : failed(file, f.errorString());
}

}  // namespace ModeDesk
