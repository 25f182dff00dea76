#include "bulkclaimfile.h"

#include "claimcode.h"
#include "csv.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ModeDesk::BulkClaimFile {

namespace {
constexpr int StateVersion = 1;
constexpr int MaxRows = 100'000;

// "Claim code", "claim_code" and "CLAIMCODE" are one title.
QString folded(const QString &title)
{
    QString f = title.toCaseFolded();
    f.remove(u' ').remove(u'_').remove(u'-');
    return f;
}

// The title the Provisioning page shows now, in the language of the moment.
QString shownTitle(const char *source)
{
    return QCoreApplication::translate("ModeDesk::BulkClaimModel", source);
}

QStringList titles(std::initializer_list<const char *> fixed, const char *shown)
{
    QStringList out;
    for (const char *t : fixed)
        out.append(QString::fromUtf8(t));
    out.append(shownTitle(shown));
    return out;
}

int columnOf(const QStringList &header, const QStringList &accepted)
{
    QStringList wanted;
    for (const QString &t : accepted)
        wanted.append(folded(t));
    for (int i = 0; i < header.size(); ++i) {
        if (wanted.contains(folded(header.at(i))))
            return i;
    }
    return -1;
}

bool namesAColumn(const QStringList &fields)
{
    for (const QStringList &accepted : {codeTitles(), nameTitles(), tagTitles()}) {
        if (columnOf(fields, accepted) >= 0)
            return true;
    }
    return false;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("ModeDesk::BulkClaimFile", text);
}

bool isInteger(const QJsonValue &v)
{
    return v.isDouble() && v.toDouble() == double(v.toInteger());
}
}  // namespace

QStringList codeTitles()
{
    return titles(
        {"claimCode", "code", "Claim code", "Übernahmecode", "Code", "登録コード", "コード"},
        "Claim code");
}

QStringList nameTitles()
{
    return titles({"name", "deviceName", "Gerätename", "名前", "デバイス名"}, "Name");
}

QStringList tagTitles()
{
    return titles({"tag", "deviceTag", "タグ"}, "Tag");
}

Import readCsv(const QByteArray &bytes)
{
    Import result;
    QList<Csv::Record> records = Csv::parse(bytes);
    records.removeIf([](const Csv::Record &r) { return r.fields.first().startsWith(u'#'); });
    // Without a header the columns are code, name, tag in that order.
    int codeColumn = 0, nameColumn = 1, tagColumn = 2, statusColumn = -1, deviceColumn = -1;
    // A header names columns; a first line with a mistyped code is a row (reported as one).
    if (!records.isEmpty() && ClaimCode::normalized(records.first().fields.first()).isEmpty() &&
        namesAColumn(records.first().fields)) {
        const QStringList header = records.takeFirst().fields;
        codeColumn = columnOf(header, codeTitles());
        nameColumn = columnOf(header, nameTitles());
        tagColumn = columnOf(header, tagTitles());
        statusColumn = columnOf(header, {QStringLiteral("status")});
        deviceColumn = columnOf(header, {QStringLiteral("deviceId")});
        if (codeColumn < 0) {
            result.error = tr("The first line names the columns %1, but none of them is the "
                              "claim code (a column titled “Claim code” or “claimCode”).")
                               .arg(header.join(QLatin1String(", ")));
            return result;
        }
    }
    if (records.size() > MaxRows) {
        result.error = tr("The file has %1 rows; an import takes at most %2.")
                           .arg(records.size())
                           .arg(MaxRows);
        return result;
    }
    for (const Csv::Record &record : std::as_const(records)) {
        BulkClaimRow row;
        const QString text = record.fields.value(codeColumn);
        row.claimCode = ClaimCode::normalized(text);
        row.name = record.fields.value(nameColumn);
        row.tag = record.fields.value(tagColumn);
        row.sourceLine = record.line;
        if (row.claimCode.isEmpty()) {
            row.claimCode = text;
            row.status = BulkClaimRow::Status::Skipped;
            row.outcome = BulkClaimRow::Outcome::NotACode;
            row.detail = ClaimCode::problem(text);
        }
        // Our own results file: the device an earlier import claimed is a clue
        // for telling "already in this home" from "in another home".
        if (record.fields.value(statusColumn) == bulkClaimStatusName(BulkClaimRow::Status::Claimed))
            row.hintDeviceId = record.fields.value(deviceColumn).toLongLong();
        result.rows.append(row);
    }
    markDuplicates(&result.rows);
    return result;
}

QList<int> markDuplicates(QList<BulkClaimRow> *rows)
{
    QList<int> changed;
    QHash<QString, int> firstRowOf;
    for (int i = 0; i < rows->size(); ++i) {
        BulkClaimRow &row = (*rows)[i];
        const bool code = row.outcome != BulkClaimRow::Outcome::NotACode;
        const int first = code ? firstRowOf.value(row.claimCode, -1) : -1;
        if (first >= 0 && row.isEditable()) {
            if (row.outcome != BulkClaimRow::Outcome::Duplicate || row.otherRow != first + 1) {
                row.status = BulkClaimRow::Status::Skipped;
                row.outcome = BulkClaimRow::Outcome::Duplicate;
                row.otherRow = first + 1;
                row.detail.clear();
                changed.append(i);
            }
            continue;
        }
        if (row.outcome == BulkClaimRow::Outcome::Duplicate) {  // its twin was corrected
            row.status = BulkClaimRow::Status::Pending;
            row.outcome = BulkClaimRow::Outcome::None;
            row.otherRow = 0;
            changed.append(i);
        }
        if (code && first < 0)
            firstRowOf.insert(row.claimCode, i);
    }
    return changed;
}

QByteArray writeCsv(const QList<BulkClaimRow> &rows, const QStringList &outcomes, QChar separator)
{
    // The column keys stay English: the file is read back by any ModeDesk.
    QByteArray text =
        "\xEF\xBB\xBF" + Csv::record({QStringLiteral("claimCode"), QStringLiteral("name"),
                                      QStringLiteral("tag"), QStringLiteral("status"),
                                      QStringLiteral("deviceId"), QStringLiteral("outcome")},
                                     separator);
    for (int i = 0; i < rows.size(); ++i) {
        const BulkClaimRow &r = rows.at(i);
        text +=
            Csv::record({r.claimCode, r.name, r.tag, bulkClaimStatusName(r.status),
                         r.deviceId ? QString::number(r.deviceId) : QString(), outcomes.value(i)},
                        separator);
    }
    return text;
}

QByteArray writeState(const State &state)
{
    QJsonArray rows;
    for (const BulkClaimRow &r : state.rows) {
        QJsonObject o{{QStringLiteral("code"), r.claimCode},
                      {QStringLiteral("status"), bulkClaimStatusName(r.status)}};
        const auto put = [&o](const char *key, const QJsonValue &value, bool when) {
            if (when)
                o.insert(QLatin1String(key), value);
        };
        put("name", r.name, !r.name.isEmpty());
        put("tag", r.tag, !r.tag.isEmpty());
        put("outcome", bulkClaimOutcomeName(r.outcome), r.outcome != BulkClaimRow::Outcome::None);
        put("detail", r.detail, !r.detail.isEmpty());
        put("deviceId", r.deviceId, r.deviceId != 0);
        put("hintDeviceId", r.hintDeviceId, r.hintDeviceId != 0);
        QJsonArray candidates;
        for (qint64 id : r.candidates)
            candidates.append(id);
        put("candidates", candidates, !candidates.isEmpty());
        put("otherRow", r.otherRow, r.otherRow != 0);
        put("line", r.sourceLine, r.sourceLine != 0);
        put("uncertain", true, r.uncertain);
        rows.append(o);
    }
    return QJsonDocument(QJsonObject{
                             {QStringLiteral("version"), StateVersion},
                             {QStringLiteral("server"), state.server},
                             {QStringLiteral("homeId"), state.homeId},
                             {QStringLiteral("homeName"), state.homeName},
                             {QStringLiteral("source"), state.sourceName},
                             {QStringLiteral("startedAt"),
                              state.startedAt.toUTC().toString(Qt::ISODateWithMs)},
                             {QStringLiteral("interrupted"), state.interrupted},
                             {QStringLiteral("rows"), rows},
                         })
        .toJson(QJsonDocument::Compact);
}

bool readState(const QByteArray &bytes, State *state, QString *error)
{
    const auto fail = [error](const QString &why) {
        *error = why;
        return false;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (!doc.isObject())
        return fail(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                 : tr("not a JSON object"));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("version")).toInt() != StateVersion)
        return fail(tr("written by another version of ModeDesk"));
    const QJsonValue homeId = o.value(QStringLiteral("homeId"));
    if (!isInteger(homeId) || homeId.toInteger() <= 0)
        return fail(tr("it names no home"));
    const QJsonValue rows = o.value(QStringLiteral("rows"));
    if (!rows.isArray() || rows.toArray().size() > MaxRows)
        return fail(tr("its rows are missing or too many"));
    State read;
    read.server = o.value(QStringLiteral("server")).toString();
    read.homeId = homeId.toInteger();
    read.homeName = o.value(QStringLiteral("homeName")).toString();
    read.sourceName = o.value(QStringLiteral("source")).toString();
    read.startedAt =
        QDateTime::fromString(o.value(QStringLiteral("startedAt")).toString(), Qt::ISODateWithMs);
    read.interrupted = o.value(QStringLiteral("interrupted")).toBool();
    const QJsonArray list = rows.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject r = list.at(i).toObject();
        const QString where = tr("row %1").arg(i + 1);
        const QJsonValue code = r.value(QStringLiteral("code"));
        if (!code.isString())
            return fail(tr("%1 has no claim code").arg(where));
        BulkClaimRow row;
        row.claimCode = code.toString();
        row.name = r.value(QStringLiteral("name")).toString();
        row.tag = r.value(QStringLiteral("tag")).toString();
        bool ok = false;
        row.status = bulkClaimStatusFromName(r.value(QStringLiteral("status")).toString(), &ok);
        if (!ok)
            return fail(tr("%1 has an unknown status").arg(where));
        row.outcome = bulkClaimOutcomeFromName(r.value(QStringLiteral("outcome")).toString(), &ok);
        if (!ok)
            return fail(tr("%1 has an unknown outcome").arg(where));
        row.detail = r.value(QStringLiteral("detail")).toString();
        for (const char *key : {"deviceId", "hintDeviceId", "otherRow", "line"}) {
            const QJsonValue v = r.value(QLatin1String(key));
            if (!v.isUndefined() && (!isInteger(v) || v.toInteger() < 0))
                return fail(tr("%1 has a bad %2").arg(where, QLatin1String(key)));
        }
        row.deviceId = r.value(QStringLiteral("deviceId")).toInteger();
        row.hintDeviceId = r.value(QStringLiteral("hintDeviceId")).toInteger();
        row.otherRow = r.value(QStringLiteral("otherRow")).toInt();
        row.sourceLine = r.value(QStringLiteral("line")).toInt();
        row.uncertain = r.value(QStringLiteral("uncertain")).toBool();
        for (const QJsonValue &id : r.value(QStringLiteral("candidates")).toArray()) {
            if (isInteger(id))
                row.candidates.append(id.toInteger());
        }
        if (row.status == BulkClaimRow::Status::Claimed && row.deviceId == 0)
            return fail(tr("%1 is claimed but names no device").arg(where));
        // What was on its way when ModeDesk stopped may have happened: checked, not assumed.
        if (row.status == BulkClaimRow::Status::Claiming) {
            row.status = BulkClaimRow::Status::Pending;
            row.uncertain = true;
        } else if (row.status == BulkClaimRow::Status::Naming) {
            row.status = BulkClaimRow::Status::Pending;  // claimed: named next
        }
        read.rows.append(row);
    }
    *state = read;
    return true;
}

}  // namespace ModeDesk::BulkClaimFile
