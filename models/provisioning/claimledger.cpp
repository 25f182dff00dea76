#include "claimledger.h"

#include "profilefiles.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ModeDesk {

namespace {
QByteArray line(const QString &code, const ClaimLedger::Entry &e)
{
    return QJsonDocument(
               QJsonObject{{QStringLiteral("code"), code},
                           {QStringLiteral("deviceId"), e.deviceId},
                           {QStringLiteral("homeId"), e.homeId},
                           {QStringLiteral("time"), e.time.toUTC().toString(Qt::ISODateWithMs)}})
               .toJson(QJsonDocument::Compact) +
           '\n';
}
}  // namespace

ClaimLedger::ClaimLedger(ProfileFiles *files, QObject *parent) : QObject(parent), m_files(files)
{
    connect(files, &ProfileFiles::profileChanged, this, &ClaimLedger::load);
    load();
}

void ClaimLedger::load()
{
    m_entries.clear();
    m_codeOf.clear();
    m_lines = 0;
    const QByteArray text = m_files->read(ProfileFiles::File::ClaimLedger);
    for (const QByteArray &raw : text.split('\n')) {
        if (raw.isEmpty())
            continue;
        ++m_lines;
        const QJsonObject o = QJsonDocument::fromJson(raw).object();  // a torn line reads as {}
        const QString code = o.value(QStringLiteral("code")).toString();
        const qint64 deviceId = o.value(QStringLiteral("deviceId")).toInteger();
        if (code.isEmpty() || deviceId <= 0)
            continue;
        m_codeOf.remove(m_entries.value(code).deviceId);
        m_entries.insert(code, {deviceId, o.value(QStringLiteral("homeId")).toInteger(),
                                QDateTime::fromString(o.value(QStringLiteral("time")).toString(),
                                                      Qt::ISODateWithMs)});
        m_codeOf.insert(deviceId, code);
    }
}

void ClaimLedger::record(const QString &claimCode, qint64 deviceId, qint64 homeId)
{
    if (claimCode.isEmpty() || deviceId <= 0)
        return;
    const Entry entry{deviceId, homeId, QDateTime::currentDateTimeUtc()};
    m_codeOf.remove(m_entries.value(claimCode).deviceId);
    m_entries.insert(claimCode, entry);
    m_codeOf.insert(deviceId, claimCode);
    ++m_lines;
    emit recorded(claimCode, deviceId, homeId);
    if (m_entries.size() > MaxEntries || m_lines > 2 * qMax<qsizetype>(m_entries.size(), 1000)) {
        compact();
        return;
    }
    m_files->append(ProfileFiles::File::ClaimLedger, line(claimCode, entry));
}

void ClaimLedger::compact()
{
    // The newest claims are kept when there are too many.
    QList<std::pair<QString, Entry>> all;
    all.reserve(m_entries.size());
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        all.append({it.key(), it.value()});
    std::sort(all.begin(), all.end(),
              [](const auto &a, const auto &b) { return a.second.time < b.second.time; });
    if (all.size() > MaxEntries)
        all.erase(all.begin(), all.end() - MaxEntries);
    m_entries.clear();
    m_codeOf.clear();
    QByteArray text;
    for (const auto &[code, entry] : std::as_const(all)) {
        m_entries.insert(code, entry);
        m_codeOf.insert(entry.deviceId, code);
        text += line(code, entry);
    }
    m_lines = int(all.size());
    m_files->save(ProfileFiles::File::ClaimLedger, text);
}

}  // namespace ModeDesk
