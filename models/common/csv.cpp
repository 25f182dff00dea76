#include "csv.h"

#include <QStringDecoder>

namespace ModeDesk::Csv {

QString field(const QString &text)
{
    static const QString special = QStringLiteral(",;\t\"\n\r");
    const bool needsQuotes =
        std::any_of(text.cbegin(), text.cend(), [](QChar c) { return special.contains(c); }) ||
        (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()));
    if (!needsQuotes)
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1String("\""), QLatin1String("\"\"")) +
           QLatin1Char('"');
}

QByteArray record(const QStringList &fields, QChar separator)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString &f : fields)
        escaped.append(field(f));
    return escaped.join(separator).toUtf8() + "\r\n";
}

QString decode(const QByteArray &bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(bytes);
    if (utf8.hasError())
        text = QString::fromLatin1(bytes);  // an older spreadsheet's "ANSI" CSV
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    return text;
}

QChar separatorOf(const QString &text)
{
    // The first line with something on it that is no comment ("# exported by …").
    qsizetype from = 0;
    while (from < text.size()) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), from);
        if (end < 0)
            end = text.size();
        const QStringView line = QStringView(text).mid(from, end - from).trimmed();
        if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
            break;
        from = end + 1;
    }
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (const QChar c : QStringView(text).mid(qMin(from, text.size()))) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == QLatin1Char('\n'))
            break;
        else if (c == QLatin1Char(','))
            ++commas;
        else if (c == QLatin1Char(';'))
            ++semicolons;
        else if (c == QLatin1Char('\t'))
            ++tabs;
    }
    if (semicolons > commas && semicolons >= tabs)
        return QLatin1Char(';');
    if (tabs > commas && tabs > semicolons)
        return QLatin1Char('\t');
    return QLatin1Char(',');
}

QList<Record> parse(const QByteArray &bytes)
{
    QString text = decode(bytes);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    const QChar separator = separatorOf(text);
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
        const bool blank = std::all_of(current.fields.cbegin(), current.fields.cend(),
                                       [](const QString &f) { return f.isEmpty(); });
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
        } else if (c == separator) {
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
