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
            path.m_steps.append(m.captured(1));
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
        if (const QString *name = std::get_if<QString>(&s)) {
            if (!current.isObject())
                return std::nullopt;
            current = current.toObject().value(*name);
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

QStringList FieldPath::numericPaths(const QJsonObject &eventData, int maxArray, bool withBooleans)
{
    QStringList paths;
    collect(eventData, QStringLiteral("eventData"), maxArray, withBooleans, &paths);
    return paths;
}

}  // namespace ModeDesk
