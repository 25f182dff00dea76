#include "bulkclaim.h"
#include "modelroles.h"

#include "apiclient.h"
#include "claimcode.h"
#include "csv.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

namespace ModeDesk {

namespace {

// A plain-words outcome of a failed claim, with what to do.
QString explainClaimFailure(const ApiError &error)
{
    if (error.reason == QLatin1String("DEVICE_NOT_CLAIMABLE"))
        return BulkClaim::tr("not in claim mode: put the device in claim mode and retry");
    if (error.reason == QLatin1String("DEVICE_ALREADY_IN_HOME"))
        return BulkClaim::tr("already in a home: remove it there first");
    if (error.reason == QLatin1String("INVALID_CLAIM_CODE"))
        return BulkClaim::tr("unknown claim code: check the label");
    if (error.httpStatus == 0)
        return BulkClaim::tr("no answer from the server: retry");
    return error.describe();
}

QString statusName(BulkClaim::Status status)
{
    switch (status) {
        case BulkClaim::Status::Pending:
            return QStringLiteral("pending");
        case BulkClaim::Status::Claiming:
            return QStringLiteral("claiming");
        case BulkClaim::Status::Claimed:
            return QStringLiteral("claimed");
        case BulkClaim::Status::Failed:
            return QStringLiteral("failed");
    }
    return {};
}

}  // namespace

BulkClaim::BulkClaim(ApiClient *api, QObject *parent) : QAbstractTableModel(parent), m_api(api) {}

bool BulkClaim::loadCsv(const QString &path, QStringList *problems)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems->append(tr("cannot open %1: %2").arg(path, file.errorString()));
        return false;
    }
    QList<Csv::Record> records = Csv::parse(file.readAll());
    records.removeIf([](const Csv::Record &r) { return r.fields.first().startsWith(u'#'); });
    // A header names the columns (ours: claimCode,name,tag[,status,...]); without
    // one they are code, name, tag in that order.
    int codeColumn = 0, nameColumn = 1, tagColumn = 2, statusColumn = -1;
    const auto namesAColumn = [](const QStringList &fields) {
        for (QString f : fields) {
            f = f.toLower().remove(u' ').remove(u'_');
            if (f == QLatin1String("claimcode") || f == QLatin1String("code") ||
                f == QLatin1String("name") || f == QLatin1String("tag"))
                return true;
        }
        return false;
    };
    // A header names columns; a first line with a mistyped code is a row, reported as such.
    if (!records.isEmpty() && !ClaimCode::problem(records.first().fields.first()).isEmpty() &&
        namesAColumn(records.first().fields)) {
        const QStringList header = records.takeFirst().fields;
        const auto column = [&header](std::initializer_list<const char *> names) {
            for (int i = 0; i < header.size(); ++i) {
                QString h = header.at(i).toLower();
                h.remove(u' ').remove(u'_');
                for (const char *name : names) {
                    if (h == QLatin1String(name))
                        return i;
                }
            }
            return -1;
        };
        codeColumn = column({"claimcode", "code"});
        nameColumn = column({"name", "devicename"});
        tagColumn = column({"tag", "devicetag"});
        statusColumn = column({"status"});
        if (codeColumn < 0) {
            problems->append(tr("the first line names no claimCode column: %1")
                                 .arg(header.join(QLatin1Char(','))));
            return false;
        }
    }
    QList<Row> rows;
    QHash<QString, int> lineOfCode;
    for (const Csv::Record &record : std::as_const(records)) {
        const QString text = record.fields.value(codeColumn);
        const QString code = ClaimCode::normalized(text);
        if (code.isEmpty()) {
            problems->append(tr("line %1: “%2” is not a claim code: %3")
                                 .arg(record.line)
                                 .arg(text, ClaimCode::problem(text)));
            continue;
        }
        if (const int first = lineOfCode.value(code); first > 0) {
            problems->append(tr("line %1: %2 is already on line %3; skipped")
                                 .arg(record.line)
                                 .arg(code)
                                 .arg(first));
            continue;
        }
        lineOfCode.insert(code, record.line);
        Row row{code,
                record.fields.value(nameColumn),
                record.fields.value(tagColumn),
                Status::Pending,
                {},
                0};
        // Our own results file: what was claimed stays claimed, the rest is tried again.
        if (record.fields.value(statusColumn) == statusName(Status::Claimed)) {
            row.status = Status::Claimed;
            row.message = tr("claimed earlier");
        }
        rows.append(row);
    }
    setRows(rows);
    return !rows.isEmpty();
}

void BulkClaim::setRows(const QList<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    m_cursor = 0;
    endResetModel();
}

bool BulkClaim::exportCsv(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray text = Csv::record({QStringLiteral("claimCode"), QStringLiteral("name"),
                                   QStringLiteral("tag"), QStringLiteral("status"),
                                   QStringLiteral("deviceId"), QStringLiteral("message")});
    for (const Row &r : m_rows) {
        text += Csv::record({r.claimCode, r.name, r.tag, statusName(r.status),
                             r.deviceId ? QString::number(r.deviceId) : QString(), r.message});
    }
    file.write(text);
    return file.commit();
}

void BulkClaim::saveState() const
{
    if (m_statePath.isEmpty())
        return;
    QJsonArray rows;
    for (const Row &r : m_rows) {
        rows.append(QJsonObject{{QStringLiteral("claimCode"), r.claimCode},
                                {QStringLiteral("name"), r.name},
                                {QStringLiteral("tag"), r.tag},
                                {QStringLiteral("status"), statusName(r.status)},
                                {QStringLiteral("message"), r.message},
                                {QStringLiteral("deviceId"), r.deviceId}});
    }
    QSaveFile file(m_statePath);  // all or nothing, even if we crash mid-write
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("homeId"), m_homeId},
                                             {QStringLiteral("rows"), rows}})
                       .toJson(QJsonDocument::Compact));
        file.commit();
    }
}

bool BulkClaim::resume(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject state = QJsonDocument::fromJson(file.readAll()).object();
    QList<Row> rows;
    for (const QJsonValue &v : state.value(QStringLiteral("rows")).toArray()) {
        const QJsonObject o = v.toObject();
        Row r{o.value(QStringLiteral("claimCode")).toString(),
              o.value(QStringLiteral("name")).toString(),
              o.value(QStringLiteral("tag")).toString(),
              Status::Pending,
              o.value(QStringLiteral("message")).toString(),
              o.value(QStringLiteral("deviceId")).toInteger()};
        const QString status = o.value(QStringLiteral("status")).toString();
        // Rows that were in flight when we stopped are tried again.
        r.status = status == QLatin1String("claimed")  ? Status::Claimed
                   : status == QLatin1String("failed") ? Status::Failed
                                                       : Status::Pending;
        rows.append(r);
    }
    m_statePath = path;
    m_homeId = state.value(QStringLiteral("homeId")).toInteger();
    setRows(rows);
    return !rows.isEmpty();
}

void BulkClaim::start(qint64 homeId, int parallel)
{
    m_homeId = homeId;
    m_parallel = qMax(1, parallel);
    m_cursor = 0;
    m_running = true;
    saveState();
    for (int i = 0; i < m_parallel; ++i)
        next();
    if (m_inFlight == 0) {
        m_running = false;
        emit finished(count(Status::Claimed), count(Status::Failed));
    }
}

void BulkClaim::retryFailed()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).status == Status::Failed) {
            m_rows[i].status = Status::Pending;
            m_rows[i].message.clear();
            emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
        }
    }
    if (m_api)
        start(m_homeId, m_parallel);
}

void BulkClaim::cancel()
{
    m_running = false;  // rows in flight finish; no new ones start
}

void BulkClaim::next()
{
    while (m_running && m_cursor < m_rows.size() && m_rows.at(m_cursor).status != Status::Pending)
        ++m_cursor;
    if (!m_running || !m_api || m_cursor >= m_rows.size())
        return;
    const int i = m_cursor++;
    m_rows[i].status = Status::Claiming;
    emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
    ++m_inFlight;
    const Row row = m_rows.at(i);
    m_api->claimDevice(m_homeId, row.claimCode)
        ->then(
            this,
            [this, i, row](const Device &device) {
                if (row.name.isEmpty() && row.tag.isEmpty()) {
                    finishRow(i, Status::Claimed, tr("claimed"), device.id);
                    return;
                }
                DeviceChanges changes;
                if (!row.name.isEmpty())
                    changes.name = row.name;
                if (!row.tag.isEmpty())
                    changes.tag = row.tag;
                m_api->updateDevice(device.id, changes)
                    ->then(
                        this,
                        [this, i, id = device.id](const NoContent &) {
                            finishRow(i, Status::Claimed, tr("claimed and named"), id);
                        },
                        [this, i, id = device.id](const ApiError &error) {
                            finishRow(i, Status::Claimed,
                                      tr("claimed; naming failed: %1").arg(error.describe()), id);
                        });
            },
            [this, i](const ApiError &error) {
                finishRow(i, Status::Failed, explainClaimFailure(error));
            });
}

void BulkClaim::finishRow(int i, Status status, const QString &message, qint64 deviceId)
{
    m_rows[i].status = status;
    m_rows[i].message = message;
    m_rows[i].deviceId = deviceId;
    emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
    --m_inFlight;
    saveState();
    const int done = count(Status::Claimed) + count(Status::Failed);
    emit progress(done, int(m_rows.size()));
    next();
    if (m_inFlight == 0) {
        m_running = false;
        emit finished(count(Status::Claimed), count(Status::Failed));
    }
}

int BulkClaim::count(Status status) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [status](const Row &r) { return r.status == status; }));
}

int BulkClaim::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BulkClaim::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BulkClaim::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
            case RowColumn:
                return index.row() + 1;
            case CodeColumn:
                return r.claimCode;
            case NameColumn:
                return r.name;
            case TagColumn:
                return r.tag;
            case StatusColumn:
                switch (r.status) {
                    case Status::Pending:
                        return tr("waiting");
                    case Status::Claiming:
                        return tr("claiming…");
                    case Status::Claimed:
                    case Status::Failed:
                        return r.message;
                }
        }
    } else if (role == StateRole && index.column() == StatusColumn) {
        return int(r.status == Status::Failed    ? ItemState::Bad
                   : r.status == Status::Claimed ? ItemState::Good
                                                 : ItemState::Plain);
    }
    return {};
}

QVariant BulkClaim::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
        case RowColumn:
            return tr("#");
        case CodeColumn:
            return tr("Claim code");
        case NameColumn:
            return tr("Name");
        case TagColumn:
            return tr("Tag");
        case StatusColumn:
            return tr("Outcome");
    }
    return {};
}

}  // namespace ModeDesk
