// The homes and devices as last seen, kept per profile and server in the data
// folder (ProfileFiles), so that the next start shows them at once, marked with
// their time, while the server is asked, and while it cannot be reached (a
// basement, a plane). Files are read and written away from the UI thread, one
// at a time and in the order asked; a file too big, broken, or another user's is
// not trusted. No key is ever kept: a device's apiKey is left out.
#pragma once

#include "jsoncodec.h"
#include "modeobjects.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QThreadPool>

namespace ModeDesk {

class ProfileFiles;

struct LastKnownSnapshot {
    qint64 userId = 0;
    QDateTime homesAsOf;  // when the server last listed the homes
    QList<Home> homes;
    QHash<qint64, QDateTime> devicesAsOf;  // per home: when the server last listed its devices
    QList<Device> devices;                 // of the homes in devicesAsOf
    bool isEmpty() const { return homes.isEmpty(); }
};

class LastKnownState : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 MaxFileBytes = 128LL * 1024 * 1024;
    static constexpr int MaxHomes = 100'000;
    static constexpr int MaxDevices = 500'000;

    explicit LastKnownState(ProfileFiles *files, QObject *parent = nullptr);
    ~LastKnownState() override;  // waits for the last write

    // Reads the open profile's file; loaded() follows, empty if there is none, it
    // cannot be trusted, or it is another user's (userId 0: whoever's it is).
    void load(qint64 userId);
    // A read under way is not said when it ends (another profile, signed out).
    void cancelLoad() { ++m_generation; }
    // Replaces the open profile's file with this.
    void save(const LastKnownSnapshot &snapshot);
    // Removes the open profile's file (signed out: nothing of the account stays).
    void forget();
    // Until the reads and writes asked for are done (quit, tests).
    void waitForDone() { m_pool.waitForDone(); }

    static QByteArray encode(const LastKnownSnapshot &snapshot);
    static Json::Decoded<LastKnownSnapshot> decode(const QByteArray &bytes);

signals:
    void loaded(const ModeDesk::LastKnownSnapshot &snapshot);

private:
    ProfileFiles *m_files;
    QThreadPool m_pool;    // one thread: files are touched in the order asked
    int m_generation = 0;  // a read finished after a newer request is not said
};

}  // namespace ModeDesk
