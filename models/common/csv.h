// The one CSV dialect ModeDesk writes (RFC 4180: comma-separated, fields
// quoted when they hold a separator, a quote or a line break, quotes
// doubled), and what it reads: that, and what spreadsheets save: UTF-8 with
// or without a byte-order mark (or Latin-1 when the bytes are not UTF-8, as
// an older Excel writes), CRLF line ends, and ';' or a tab as the separator
// (a German Excel writes ';'), told from the first line.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace ModeDesk::Csv {

// One field, quoted only when it must be.
QString field(const QString &text);
// One record with its line end (CRLF, as RFC 4180 and spreadsheets have it).
QByteArray record(const QStringList &fields, QChar separator = QLatin1Char(','));

struct Record {
    int line = 0;  // where the record starts, from 1
    QStringList fields;
};
// Every record of a document; blank lines are skipped, fields are trimmed
// unless quoted. A quote left open at the end closes the last record.
QList<Record> parse(const QByteArray &text);
// The text of a CSV file's bytes (BOM dropped; Latin-1 if not UTF-8).
QString decode(const QByteArray &bytes);
// The separator a document uses: of ',', ';' and a tab, the one that its
// first line (blank lines and '#' comments aside) holds most often outside
// quotes (',' when none or a tie).
QChar separatorOf(const QString &text);

}  // namespace ModeDesk::Csv
