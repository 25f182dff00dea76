// Which device each claim code became, for every claim this profile made
// (one by one or in bulk). MODE answers a second claim of a code only with
// "already in a home", never which one, nor which device the code is: the
// ledger remembers the device, so that "already in this home" can be told
// from "in another customer's home". Kept as a log in the profile's data
// folder (a line per claim), read once when the profile opens; bounded.
#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>

namespace ModeDesk {

class ProfileFiles;

class ClaimLedger : public QObject
{
    Q_OBJECT

public:
    struct Entry {
        qint64 deviceId = 0;
        qint64 homeId = 0;
        QDateTime time;
    };

    explicit ClaimLedger(ProfileFiles *files, QObject *parent = nullptr);

    // What a code was last claimed as (deviceId 0: never, as far as ModeDesk knows).
    Entry find(const QString &claimCode) const { return m_entries.value(claimCode); }
    // The code of a device ModeDesk claimed ("" if none).
    QString codeOf(qint64 deviceId) const { return m_codeOf.value(deviceId); }
    void record(const QString &claimCode, qint64 deviceId, qint64 homeId);
    int size() const { return int(m_entries.size()); }

    static constexpr int MaxEntries = 200'000;

signals:
    void recorded(const QString &claimCode, qint64 deviceId, qint64 homeId);

private:
    void load();
    void compact();

    ProfileFiles *m_files;
    QHash<QString, Entry> m_entries;
    QHash<qint64, QString> m_codeOf;
    int m_lines = 0;  // in the file, some of them superseded
};

}  // namespace ModeDesk
