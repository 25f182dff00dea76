#include "eventrecording.h"

#include "csv.h"
#include "eventlogmodel.h"
#include "jsoncodec.h"
#include "modelroles.h"

#include <QAbstractProxyModel>
#include <QJsonArray>

namespace ModeDesk {

namespace {
constexpr int ReplayBatch = 2'000;

// The source row behind a row of the view (the view may be the log itself).
int logRow(const QAbstractItemModel *view, int row)
{
    const QModelIndex index = view->index(row, 0);
    if (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(view))
        return proxy->mapToSource(index).row();
    return index.row();
}

QDateTime eventTime(const LoggedEvent &logged)
{
    return logged.event.timestamp.isValid() ? logged.event.timestamp : logged.receivedAt;
}
}  // namespace

// ---- EventRecorder ----------------------------------------------------------

bool EventRecorder::start(const QString &path)
{
    stop();
    m_file.setFileName(path);
    m_count = 0;
    return m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
}

void EventRecorder::stop()
{
    if (m_file.isOpen())
        m_file.close();
}

void EventRecorder::record(const QList<Event> &events)
{
    if (!m_file.isOpen())
        return;
    QByteArray lines;
    for (const Event &event : events) {
        lines += Json::serialize(Json::encode(event));
        lines += '\n';
    }
    // One write and flush per batch: every event is on disk as it arrives.
    if (m_file.write(lines) != lines.size() || !m_file.flush()) {
        const QString reason = m_file.errorString();
        m_file.close();
        emit failed(reason);
        return;
    }
    m_count += events.size();
}

// ---- EventReplayer ----------------------------------------------------------

EventReplayer::EventReplayer(QObject *parent) : QObject(parent)
{
    connect(&m_timer, &QTimer::timeout, this, &EventReplayer::step);
}

bool EventReplayer::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot open %1: %2").arg(path, file.errorString());
        return false;
    }
    // Read into locals: a recording that cannot be used leaves the loaded one as it was.
    QList<Event> events;
    int skipped = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const Json::Decoded<QJsonValue> parsed = Json::parse(line);
        const Json::Decoded<Event> event = parsed.ok()
                                               ? Json::decode<Event>(*parsed.value)
                                               : Json::Decoded<Event>::failure(parsed.error);
        if (event.ok())
            events.append(*event.value);
        else
            ++skipped;
    }
    if (events.isEmpty()) {
        *error = tr("%1 holds no events.").arg(path);
        return false;
    }
    m_events = std::move(events);
    m_skipped = skipped;
    return true;
}

void EventReplayer::play(double speed)
{
    m_next = 0;
    m_speed = speed;
    m_clock.start();
    m_timer.start(speed > 0 ? 20 : 0);
}

void EventReplayer::stop()
{
    m_timer.stop();
}

void EventReplayer::step()
{
    QList<Event> batch;
    if (m_speed <= 0) {
        const qsizetype end = qMin(m_next + ReplayBatch, m_events.size());
        batch = m_events.mid(m_next, end - m_next);
        m_next = end;
    } else {
        // Release the events whose recorded offset has passed (scaled by speed).
        const QDateTime start = m_events.first().timestamp;
        const qint64 elapsed = qint64(double(m_clock.elapsed()) * m_speed);
        while (m_next < m_events.size()) {
            const Event &e = m_events.at(m_next);
            if (start.isValid() && e.timestamp.isValid() && start.msecsTo(e.timestamp) > elapsed)
                break;
            batch.append(e);
            ++m_next;
        }
    }
    if (!batch.isEmpty())
        emit eventsReplayed(batch);
    if (m_next >= m_events.size()) {
        m_timer.stop();
        emit finished();
    }
}

// ---- Export -----------------------------------------------------------------

bool EventExport::writeCsv(QIODevice *out, const QAbstractItemModel *view, const EventLogModel *log)
{
    QByteArray text = Csv::record({QStringLiteral("time"), QStringLiteral("homeId"),
                                   QStringLiteral("deviceId"), QStringLiteral("deviceClass"),
                                   QStringLiteral("eventType"), QStringLiteral("eventData")});
    for (int row = 0; row < view->rowCount(); ++row) {
        const LoggedEvent &logged = log->at(logRow(view, row));
        const Event &e = logged.event;
        const QStringList fields{Json::formatTime(eventTime(logged)),
                                 QString::number(e.homeId),
                                 QString::number(e.originDeviceId),
                                 e.originDeviceClass,
                                 e.eventType,
                                 QString::fromUtf8(e.eventData.json())};
        text += Csv::record(fields);
    }
    return out->write(text) == text.size();
}

bool EventExport::writeJson(QIODevice *out, const QAbstractItemModel *view,
                            const EventLogModel *log)
{
    QJsonArray array;
    for (int row = 0; row < view->rowCount(); ++row) {
        const LoggedEvent &logged = log->at(logRow(view, row));
        QJsonObject o = Json::encode(logged.event);
        if (!logged.event.timestamp.isValid())
            o.insert(QStringLiteral("timestamp"), Json::formatTime(logged.receivedAt));
        array.append(o);
    }
    const QByteArray text = Json::serialize(array);
    return out->write(text) == text.size();
}

}  // namespace ModeDesk
