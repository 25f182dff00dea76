#include "fieldpath.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace ModeDesk {

FieldPath FieldPath::parse(const QString &input)
{
    FieldPath path;
    QString text = input.trimmed();
    if (text.startsWith(QLatin1String("eventData.")))
        text = text.mid(10);
    static const QRegularExpression step(
        QStringLiteral("\\G(?:\\.?([A-Za-z0-9_$-]+)|\\[(\\d+)\\])"));
    qsizetype at = 0;
    while (at < text.size()) {
        const QRegularExpressionMatch m = step.match(text, at);
        if (!m.hasMatch() || m.capturedLength() == 0 ||
            (at == 0 && text.startsWith(QLatin1Char('.'))))
            return {};
        if (m.capturedLength(1) > 0)
            path.m_steps.append(m.captured(1).toLatin1());  // [A-Za-z0-9_$-]: ASCII
        else
            path.m_steps.append(m.captured(2).toInt());
        at += m.capturedLength();
    }
    if (!path.m_steps.isEmpty())
        path.m_text = QStringLiteral("eventData.") + text;
    return path;
}

std::optional<double> FieldPath::valueIn(const QJsonObject &eventData) const
{
    if (m_steps.isEmpty())
        return std::nullopt;
    QJsonValue current(eventData);
    for (const Step &s : m_steps) {
        if (const QByteArray *name = std::get_if<QByteArray>(&s)) {
            if (!current.isObject())
                return std::nullopt;
            current = current.toObject().value(QLatin1StringView(*name));
        } else {
            const int index = std::get<int>(s);
            if (!current.isArray() || index >= current.toArray().size())
                return std::nullopt;
            current = current.toArray().at(index);
        }
    }
    if (current.isDouble())
        return current.toDouble();
    if (current.isBool())
        return current.toBool() ? 1.0 : 0.0;
    return std::nullopt;
}

namespace {

// Walks a JSON text that is known to be valid (EventData holds only checked
// or Qt-written JSON), without building anything.
class JsonWalk
{
public:
    explicit JsonWalk(QByteArrayView json) : m_p(json.data()), m_end(m_p + json.size()) {}

    enum class Found { Yes, No, Unsure };

    // Moves to the value of member name in the object here.
    Found member(QByteArrayView name)
    {
        if (!take('{'))
            return Found::No;
        while (!take('}')) {
            space();
            const char *key = ++m_p;  // past the opening quote
            while (m_p < m_end && *m_p != '"' && *m_p != '\\')
                ++m_p;
            if (m_p >= m_end || *m_p == '\\')
                return Found::Unsure;  // an escaped key might spell the name
            const QByteArrayView keyText(key, m_p - key);
            ++m_p;
            if (!take(':'))
                return Found::No;
            if (keyText == name)
                return Found::Yes;
            skipValue();
            take(',');
        }
        return Found::No;
    }

    // Moves to element index of the array here.
    Found element(int index)
    {
        if (!take('['))
            return Found::No;
        for (int i = 0; !take(']'); ++i) {
            if (i == index)
                return Found::Yes;
            skipValue();
            take(',');
        }
        return Found::No;
    }

    std::optional<double> number()
    {
        space();
        if (m_p >= m_end)
            return std::nullopt;
        if (*m_p == 't')
            return 1.0;
        if (*m_p == 'f')
            return 0.0;
        if (*m_p != '-' && (*m_p < '0' || *m_p > '9'))
            return std::nullopt;
        const char *start = m_p;
        while (m_p < m_end && *m_p != ',' && *m_p != '}' && *m_p != ']' && !isSpace(*m_p))
            ++m_p;
        bool ok = false;
        const double value = QByteArrayView(start, m_p - start).toDouble(&ok);
        return ok ? std::optional<double>(value) : std::nullopt;
    }

private:
    static bool isSpace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

    void space()
    {
        while (m_p < m_end && isSpace(*m_p))
            ++m_p;
    }

    bool take(char c)
    {
        space();
        if (m_p >= m_end || *m_p != c)
            return false;
        ++m_p;
        return true;
    }

    void skipString()
    {
        for (++m_p; m_p < m_end && *m_p != '"'; ++m_p) {
            if (*m_p == '\\')
                ++m_p;
        }
        ++m_p;
    }

    void skipValue()
    {
        space();
        int depth = 0;
        while (m_p < m_end) {
            const char c = *m_p;
            if (c == '"') {
                skipString();
                if (depth == 0)
                    return;
                continue;
            }
            if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (depth == 0)
                    return;  // the end of the container that holds this scalar
                if (--depth == 0) {
                    ++m_p;
                    return;
                }
            } else if (depth == 0 && (c == ',' || isSpace(c))) {
                return;
            }
            ++m_p;
        }
    }

    const char *m_p;
    const char *m_end;
};

void collect(const QJsonValue &value, const QString &prefix, int maxArray, bool withBooleans,
             QStringList *out)
{
    if (value.isDouble() || (withBooleans && value.isBool())) {
        out->append(prefix);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collect(it.value(), prefix + QLatin1Char('.') + it.key(), maxArray, withBooleans, out);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (int i = 0; i < qMin(int(array.size()), maxArray); ++i)
            collect(array.at(i), prefix + QStringLiteral("[%1]").arg(i), maxArray, withBooleans,
                    out);
    }
}
}  // namespace

std::optional<double> FieldPath::valueIn(const EventData &eventData) const
{
    if (m_steps.isEmpty())
        return std::nullopt;
    const QByteArray json = eventData.json();
    JsonWalk walk(json);
    for (const Step &s : m_steps) {
        const QByteArray *name = std::get_if<QByteArray>(&s);
        const JsonWalk::Found found = name ? walk.member(*name) : walk.element(std::get<int>(s));
        if (found == JsonWalk::Found::No)
            return std::nullopt;
        if (found == JsonWalk::Found::Unsure)
            return valueIn(eventData.toObject());
    }
    return walk.number();
}

QStringList FieldPath::numericPaths(const QJsonObject &eventData, int maxArray, bool withBooleans)
{
    QStringList paths;
    collect(eventData, QStringLiteral("eventData"), maxArray, withBooleans, &paths);
    return paths;
}

}  // namespace ModeDesk
