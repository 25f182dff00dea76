#include "csv.h"

namespace ModeDesk::Csv {

QString field(const QString &text)
{
    static const QString special = QStringLiteral(",;\"\n\r");
    const bool needsQuotes =
        std::any_of(text.cbegin(), text.cend(), [](QChar c) { return special.contains(c); }) ||
        (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()));
    if (!needsQuotes)
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1String("\""), QLatin1String("\"\"")) +
           QLatin1Char('"');
}

QByteArray record(const QStringList &fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString &f : fields)
        escaped.append(field(f));
    return escaped.join(QLatin1Char(',')).toUtf8() + '\n';
}

QList<Record> parse(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    QList<Record> records;
    Record current;
    QString value;
    bool quoted = false;     // inside a quoted field
    bool wasQuoted = false;  // this field was quoted: keep its spaces
    int line = 1;
    current.line = 1;
    const auto endField = [&] {
        current.fields.append(wasQuoted ? value : value.trimmed());
        value.clear();
        wasQuoted = false;
    };
    const auto endRecord = [&] {
        endField();
        const bool blank = current.fields.size() == 1 && current.fields.first().isEmpty();
        if (!blank)
            records.append(current);
        current = Record{line, {}};
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    value += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                value += c;
            }
        } else if (c == QLatin1Char('"') && value.trimmed().isEmpty()) {
            quoted = wasQuoted = true;
            value.clear();
        } else if (c == QLatin1Char(',') || c == QLatin1Char(';')) {
            endField();
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRecord();
        } else if (!wasQuoted) {
            value += c;
        }
    }
    if (!value.isEmpty() || wasQuoted || !current.fields.isEmpty())
        endRecord();
    return records;
}

}  // namespace ModeDesk::Csv
