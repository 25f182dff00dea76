// Bulk onboarding: claim codes from a CSV (with optional names and tags)
// claimed into one home, a few at a time, each row with its outcome. Failed
// rows can be retried; results export to CSV; the state is saved as it goes
// so a half-done import resumes where it stopped.
#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace ModeDesk {

class ApiClient;

class BulkClaim : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Status { Pending, Claiming, Claimed, Failed };
    enum Column { RowColumn, CodeColumn, NameColumn, TagColumn, StatusColumn, ColumnCount };

    struct Row {
        QString claimCode;
        QString name;
        QString tag;
        Status status = Status::Pending;
        QString message;  // the outcome in words
        qint64 deviceId = 0;
    };

    // Without an api it can load, export and resume, but not claim.
    explicit BulkClaim(ApiClient *api = nullptr, QObject *parent = nullptr);

    // "claimCode[,name[,tag]]" per line; a header line is recognised and skipped.
    // Lines that are not rows are reported in *problems (line numbers) and skipped.
    bool loadCsv(const QString &path, QStringList *problems);
    void setRows(const QList<Row> &rows);
    bool exportCsv(const QString &path) const;

    // The state file that makes an import resumable (written after each row).
    void setStateFile(const QString &path) { m_statePath = path; }
    bool resume(const QString &path);

    void start(qint64 homeId, int parallel = 4);
    void retryFailed();
    void cancel();
    bool isRunning() const { return m_running; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    const Row &row(int index) const { return m_rows.at(index); }
    int count(Status status) const;

signals:
    void progress(int done, int total);
    void finished(int claimed, int failed);

private:
    void next();
    void finishRow(int index, Status status, const QString &message, qint64 deviceId = 0);
    void saveState() const;

    QList<Row> m_rows;
    QPointer<ApiClient> m_api;
    qint64 m_homeId = 0;
    int m_parallel = 4;
    int m_inFlight = 0;
    int m_cursor = 0;
    bool m_running = false;
    QString m_statePath;
};

}  // namespace ModeDesk
