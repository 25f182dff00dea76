#include "kvlistreader.h"

#include <QJsonDocument>

namespace ModeDesk::Json {

namespace {
bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// The top-level elements of a JSON array, as byte spans, found without
// recursion (a depth count), so that nesting of any depth costs nothing.
// Empty when the text is not an array it can split.
std::optional<QList<QByteArrayView>> elementsOf(QByteArrayView text)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n && isSpace(text[i]))
        ++i;
    if (i == n || text[i] != '[')
        return std::nullopt;
    ++i;
    QList<QByteArrayView> elements;
    qsizetype start = -1;
    int depth = 0;
    bool inString = false;
    for (; i < n; ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (start < 0 && !isSpace(c) && c != ',' && !(c == ']' && depth == 0))
            start = i;
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            ++depth;
        } else if (c == ']' || c == '}') {
            if (depth == 0) {  // the list's own end
                if (start >= 0)
                    elements.append(text.sliced(start, i - start));
                for (++i; i < n; ++i) {
                    if (!isSpace(text[i]))
                        return std::nullopt;
                }
                return elements;
            }
            --depth;
        } else if (c == ',' && depth == 0) {
            if (start < 0)
                return std::nullopt;
            elements.append(text.sliced(start, i - start));
            start = -1;
        }
    }
    return std::nullopt;
}

// The string value of the object's top-level "key", read without parsing the rest.
QString keyOf(QByteArrayView element)
{
    int depth = 0;
    bool inString = false;
    qsizetype stringStart = -1;
    for (qsizetype i = 0; i < element.size(); ++i) {
        const char c = element[i];
        if (inString) {
            if (c == '\\') {
                ++i;
            } else if (c == '"') {
                inString = false;
                if (depth != 1 || element.sliced(stringStart, i + 1 - stringStart) != "\"key\"")
                    continue;
                qsizetype j = i + 1;
                while (j < element.size() && isSpace(element[j]))
                    ++j;
                if (j >= element.size() || element[j] != ':')
                    continue;
                ++j;
                while (j < element.size() && isSpace(element[j]))
                    ++j;
                if (j >= element.size() || element[j] != '"')
                    return {};
                qsizetype end = j + 1;
                while (end < element.size() && element[end] != '"')
                    end += element[end] == '\\' ? 2 : 1;
                const QJsonDocument key = QJsonDocument::fromJson(
                    QByteArray("[") +
                    element.sliced(j, qMin(end + 1, element.size()) - j).toByteArray() + "]");
                return key.array().at(0).toString();
            }
            continue;
        }
        if (c == '"') {
            inString = true;
            stringStart = i;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return {};
}
}  // namespace

Decoded<QList<KeyValuePair>> readKeyValueList(const QByteArray &body)
{
    const std::optional<QList<QByteArrayView>> elements = elementsOf(body);
    const Decoded<QJsonValue> whole = parse(body);
    if (whole.ok()) {
        Decoded<QList<KeyValuePair>> read = decodeValidEntries<KeyValuePair>(*whole.value);
        // Sizes from the spans, when the list split the way it parsed.
        if (read.ok() && read.dropped == 0 && elements && elements->size() == read.value->size()) {
            for (qsizetype i = 0; i < elements->size(); ++i)
                (*read.value)[i].wireBytes = elements->at(i).size();
        }
        return read;
    }
    if (!elements)
        return Decoded<QList<KeyValuePair>>::failure(whole.error);
    // The whole does not parse: pair by pair, each on its own.
    Decoded<QList<KeyValuePair>> read{QList<KeyValuePair>(), {}};
    for (qsizetype i = 0; i < elements->size(); ++i) {
        const QByteArrayView element = elements->at(i);
        const Decoded<QJsonValue> one = parse(element.toByteArray());
        Decoded<KeyValuePair> pair =
            one.ok() ? decode<KeyValuePair>(*one.value) : Decoded<KeyValuePair>::failure(one.error);
        if (pair.ok()) {
            pair.value->wireBytes = element.size();
            read.value->append(*pair.value);
            continue;
        }
        const QString key = keyOf(element);
        if (!one.ok() && !key.isEmpty()) {
            KeyValuePair unreadable;
            unreadable.key = key;
            unreadable.wireBytes = element.size();
            unreadable.unreadable = one.error;
            unreadable.value = QJsonValue(QJsonValue::Undefined);  // not null: none was read
            read.value->append(unreadable);
        } else if (read.dropped++ == 0) {
            read.dropReason = QStringLiteral("[%1]: %2").arg(i).arg(pair.error);
        }
    }
    return read;
}

}  // namespace ModeDesk::Json
