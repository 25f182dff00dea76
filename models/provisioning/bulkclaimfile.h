// The files of a bulk import: the CSV a technician brings (codes with
// optional names and tags; headers by name in English, German or Japanese as
// the Provisioning page titles its columns, or no header), the results it
// exports (which import back), and the state that makes it resumable
// (checked field by field when read: a damaged file is refused, not trusted).
#pragma once

#include "bulkclaimrow.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace ModeDesk::BulkClaimFile {

struct Import {
    QList<BulkClaimRow> rows;  // every record, the unusable ones as Skipped with why
    QString error;             // the file cannot be read at all (then rows is empty)
};

// A document's rows. Codes are normalised; a text that is no code and a
// code seen on an earlier row become Skipped rows, in the file's order.
Import readCsv(const QByteArray &bytes);
// The rows with their status, device id and outcome (in words), as a
// spreadsheet of this locale opens it: UTF-8 with a byte-order mark, CRLF,
// and ';' where the decimal point is a comma (the German Excel), else ','.
QByteArray writeCsv(const QList<BulkClaimRow> &rows, const QStringList &outcomes,
                    QChar separator = QLatin1Char(','));
// Marks every row whose code repeats an earlier row's as Skipped (Duplicate),
// and lifts the mark from one that no longer does. Returns the rows changed.
QList<int> markDuplicates(QList<BulkClaimRow> *rows);

// What is saved of an import between runs.
struct State {
    QString server;  // which server the import is for (ProfileFiles are per profile)
    qint64 homeId = 0;
    QString homeName;    // as it was when the import started (the list may not be loaded)
    QString sourceName;  // the CSV's file name, to name the import
    QDateTime startedAt;
    bool interrupted = false;  // it was running, or stopped with rows left (offer to continue)
    QList<BulkClaimRow> rows;
};
QByteArray writeState(const State &state);
// false with *error set when the text is not a state this version wrote.
bool readState(const QByteArray &bytes, State *state, QString *error);

// The words accepted as a column's title ("claimCode", "Claim code",
// "Übernahmecode", "登録コード", ...), compared without case, spaces or '_'.
QStringList codeTitles();
QStringList nameTitles();
QStringList tagTitles();

}  // namespace ModeDesk::BulkClaimFile
