#include "lastknownstate.h"

#include "logging.h"
#include "profilefiles.h"

#include <QFile>
#include <QFutureWatcher>
#include <QJsonObject>
#include <QPromise>
#include <QSaveFile>

namespace ModeDesk {

namespace {
constexpr int Format = 1;

// Reads and checks a file on the pool's thread: an empty snapshot when there is nothing
// to trust. A broken file is set aside (<name>.bad) so that it is not read again.
LastKnownSnapshot readFile(const QString &path, qint64 userId)
{
    QFile file(path);
    if (path.isEmpty() || !file.exists())
        return {};
    QString problem;
    if (file.size() > LastKnownState::MaxFileBytes) {
        problem = QStringLiteral("%1 bytes, more than %2")
                      .arg(file.size())
                      .arg(LastKnownState::MaxFileBytes);
    } else if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcModels).noquote() << "cannot read" << path << ":" << file.errorString();
        return {};
    } else {
        const Json::Decoded<LastKnownSnapshot> decoded = LastKnownState::decode(file.readAll());
        file.close();
        if (decoded.ok()) {
            if (userId == 0 || decoded.value->userId == userId)
                return *decoded.value;
            return {};  // another user's, signed in on this profile before: replaced later
        }
        problem = decoded.error;
    }
    qCWarning(lcModels).noquote() << "the last-known state" << path << "is not used:" << problem;
    QFile::remove(path + QStringLiteral(".bad"));
    QFile::rename(path, path + QStringLiteral(".bad"));
    return {};
}
}  // namespace

LastKnownState::LastKnownState(ProfileFiles *files, QObject *parent)
    : QObject(parent), m_files(files)
{
    m_pool.setMaxThreadCount(1);
}

LastKnownState::~LastKnownState()
{
    m_pool.waitForDone();
}

void LastKnownState::load(qint64 userId)
{
    const int generation = ++m_generation;
    auto promise = std::make_shared<QPromise<LastKnownSnapshot>>();
    auto *watcher = new QFutureWatcher<LastKnownSnapshot>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation && watcher->future().resultCount() > 0)
            emit loaded(watcher->future().result());
    });
    watcher->setFuture(promise->future());
    promise->start();
    m_pool.start([promise, path = m_files->path(ProfileFiles::File::LastKnownState), userId] {
        promise->addResult(readFile(path, userId));
        promise->finish();
    });
}

void LastKnownState::save(const LastKnownSnapshot &snapshot)
{
    const QString path = m_files->path(ProfileFiles::File::LastKnownState);
    if (path.isEmpty())
        return;
    // The files outlive the pool (the destructor waits for it): a plain pointer will do.
    ProfileFiles *files = m_files;
    const auto failed = [files](const QString &reason) {
        QMetaObject::invokeMethod(files, [files, reason] {
            files->reportWriteFailed(ProfileFiles::File::LastKnownState, reason);
        });
    };
    // Encoded on the pool's thread too: a large fleet is tens of megabytes. What the next
    // start would not read is not written (and an older file, now wrong, goes).
    const bool tooMany = snapshot.homes.size() > MaxHomes || snapshot.devices.size() > MaxDevices;
    m_pool.start([snapshot, path, failed, tooMany] {
        const QByteArray bytes = tooMany ? QByteArray() : encode(snapshot);
        if (tooMany || bytes.size() > MaxFileBytes) {
            qCInfo(lcModels).noquote() << "the fleet is too large to keep as last seen";
            QFile::remove(path);
            return;
        }
        QSaveFile out(path);  // all or nothing, even if ModeDesk stops mid-write
        if (!out.open(QIODevice::WriteOnly)) {
            failed(out.errorString());
            return;
        }
        if (out.write(bytes) != bytes.size() || !out.commit())
            failed(out.errorString());
    });
}

void LastKnownState::forget()
{
    ++m_generation;  // a read under way is not shown
    // Every server's: the profile may have pointed at another before. The current one's
    // whether or not it is there yet: a save or a setting aside queued before comes first.
    QStringList paths = m_files->pathsOnEveryServer(ProfileFiles::File::LastKnownState);
    const QString current = m_files->path(ProfileFiles::File::LastKnownState);
    if (!current.isEmpty())
        paths << current << current + QStringLiteral(".bad");
    m_pool.start([paths] {
        for (const QString &path : paths) {
            if (QFile::exists(path) && !QFile::remove(path))
                qCWarning(lcModels).noquote() << "cannot remove" << path;
        }
    });
}

QByteArray LastKnownState::encode(const LastKnownSnapshot &snapshot)
{
    QJsonObject asOf;
    for (auto it = snapshot.devicesAsOf.cbegin(); it != snapshot.devicesAsOf.cend(); ++it)
        asOf.insert(QString::number(it.key()), Json::formatTime(it.value()));
    QJsonArray devices;
    for (Device device : snapshot.devices) {
        device.apiKey.clear();  // never a key in this file
        devices.append(Json::encode(device));
    }
    const QJsonObject root{{QStringLiteral("format"), Format},
                           {QStringLiteral("userId"), snapshot.userId},
                           {QStringLiteral("homesAsOf"), Json::formatTime(snapshot.homesAsOf)},
                           {QStringLiteral("homes"), Json::encodeList(snapshot.homes)},
                           {QStringLiteral("devicesAsOf"), asOf},
                           {QStringLiteral("devices"), devices}};
    return Json::serialize(root);
}

Json::Decoded<LastKnownSnapshot> LastKnownState::decode(const QByteArray &bytes)
{
    using Result = Json::Decoded<LastKnownSnapshot>;
    const Json::Decoded<QJsonValue> parsed = Json::parse(bytes);
    if (!parsed.ok())
        return Result::failure(parsed.error);
    const QJsonObject root = parsed.value->toObject();
    if (root.value(QStringLiteral("format")).toInt() != Format)
        return Result::failure(QStringLiteral("not a format this version reads"));
    LastKnownSnapshot snapshot;
    snapshot.userId = root.value(QStringLiteral("userId")).toInteger();
    if (snapshot.userId <= 0)
        return Result::failure(QStringLiteral("no user"));
    snapshot.homesAsOf = Json::parseTime(root.value(QStringLiteral("homesAsOf")).toString());
    if (!snapshot.homesAsOf.isValid())
        return Result::failure(QStringLiteral("no time the homes were seen"));  // never fresh
    const QJsonArray homes = root.value(QStringLiteral("homes")).toArray();
    const QJsonArray devices = root.value(QStringLiteral("devices")).toArray();
    if (homes.size() > MaxHomes || devices.size() > MaxDevices)
        return Result::failure(QStringLiteral("%1 homes and %2 devices: more than kept")
                                   .arg(homes.size())
                                   .arg(devices.size()));
    // What cannot be read is left out; the server's answer brings the truth anyway.
    QSet<qint64> homeIds;
    for (const Home &home : Json::decodeValidEntries<Home>(homes).value.value_or(QList<Home>())) {
        if (!homeIds.contains(home.id)) {  // a home listed twice is one home
            homeIds.insert(home.id);
            snapshot.homes.append(home);
        }
    }
    const QJsonObject asOf = root.value(QStringLiteral("devicesAsOf")).toObject();
    for (auto it = asOf.constBegin(); it != asOf.constEnd(); ++it) {
        const qint64 home = it.key().toLongLong();
        const QDateTime when = Json::parseTime(it.value().toString());
        if (homeIds.contains(home) && when.isValid())
            snapshot.devicesAsOf.insert(home, when);
    }
    QList<Device> read = Json::decodeValidEntries<Device>(devices).value.value_or(QList<Device>());
    QSet<qint64> deviceIds;
    read.removeIf([&snapshot, &deviceIds](const Device &d) {
        if (!snapshot.devicesAsOf.contains(d.homeId) || deviceIds.contains(d.id))
            return true;  // a home not listed or not read, or a device listed twice
        deviceIds.insert(d.id);
        return false;
    });
    for (Device &device : read)
        device.apiKey.clear();
    snapshot.devices = std::move(read);
    return {std::move(snapshot), {}};
}

}  // namespace ModeDesk
