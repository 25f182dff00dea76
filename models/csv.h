// The one CSV dialect ModeDesk reads and writes (RFC 4180: comma-separated,
// fields quoted when they hold a separator, a quote or a line break, quotes
// doubled). Reading also takes what spreadsheets save: a UTF-8 byte-order
// mark, CRLF line ends, and semicolons as separators.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace ModeDesk::Csv {

// One field, quoted only when it must be.
QString field(const QString &text);
// One record with its line end.
QByteArray record(const QStringList &fields);

struct Record {
    int line = 0;  // where the record starts, from 1
    QStringList fields;
};
// Every record of a document; blank lines are skipped, fields are trimmed
// unless quoted. A quote left open at the end closes the last record.
QList<Record> parse(const QByteArray &text);

}  // namespace ModeDesk::Csv
