// Sessions on disk as JSON Lines: one delivered Event per line, written as
// it arrives (EventRecorder) and played back through the same log and chart
// (EventReplayer), either at the recorded pace or as fast as possible.
#pragma once

#include "modeobjects.h"

#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QTimer>

class QAbstractItemModel;

namespace ModeDesk {

class EventLogModel;

class EventRecorder : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~EventRecorder() override { stop(); }

    // Appends to path (created if needed); false with errorString() if it cannot.
    bool start(const QString &path);
    void stop();
    bool isRecording() const { return m_file.isOpen(); }
    qint64 recordedCount() const { return m_count; }
    QString path() const { return m_file.fileName(); }
    QString errorString() const { return m_file.errorString(); }

public slots:
    void record(const QList<ModeDesk::Event> &events);

signals:
    void failed(const QString &reason);  // the disk filled up, the file went away...

private:
    QFile m_file;
    qint64 m_count = 0;
};

class EventReplayer : public QObject
{
    Q_OBJECT

public:
    explicit EventReplayer(QObject *parent = nullptr);

    // Reads the whole recording; lines that are not events are skipped and counted.
    // On failure what was loaded before stays.
    bool load(const QString &path, QString *error);
    qsizetype eventCount() const { return m_events.size(); }
    int skippedLines() const { return m_skipped; }

    // speed 0: everything at once, in batches; otherwise the recorded pace times speed.
    void play(double speed = 0);
    void stop();
    bool isPlaying() const { return m_timer.isActive(); }

signals:
    void eventsReplayed(const QList<ModeDesk::Event> &events);
    void finished();

private:
    void step();

    QList<Event> m_events;
    int m_skipped = 0;
    qsizetype m_next = 0;
    double m_speed = 0;
    QTimer m_timer;
    QElapsedTimer m_clock;
};

namespace EventExport {
// The rows of a (filtered) view of an EventLogModel, as CSV or a JSON array.
bool writeCsv(QIODevice *out, const QAbstractItemModel *view, const EventLogModel *log);
bool writeJson(QIODevice *out, const QAbstractItemModel *view, const EventLogModel *log);
}  // namespace EventExport

}  // namespace ModeDesk
