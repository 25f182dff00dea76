#include "modeobjects.h"

#include <QJsonDocument>

namespace ModeDesk {

QString accountModeName(AccountMode mode)
{
    switch (mode) {
        case AccountMode::Email:
            return QStringLiteral("email");
        case AccountMode::Phone:
            return QStringLiteral("phone");
        case AccountMode::Byou:
            return QStringLiteral("byou");
    }
    return {};
}

bool parseAccountMode(const QString &name, AccountMode *mode)
{
    for (AccountMode candidate : {AccountMode::Email, AccountMode::Phone, AccountMode::Byou}) {
        if (name.compare(accountModeName(candidate), Qt::CaseInsensitive) == 0) {
            *mode = candidate;
            return true;
        }
    }
    return false;
}

EventData::EventData(const QJsonObject &object)
{
    if (!object.isEmpty())
        m_json = QJsonDocument(object).toJson(QJsonDocument::Compact);
}

EventData EventData::fromCheckedJson(QByteArray compactJson)
{
    EventData data;
    if (compactJson != "{}")
        data.m_json = std::move(compactJson);
    return data;
}

QJsonObject EventData::toObject() const
{
    return m_json.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(m_json).object();
}

QByteArray EventData::json() const
{
    return m_json.isEmpty() ? QByteArrayLiteral("{}") : m_json;
}

bool EventData::operator==(const EventData &other) const
{
    return m_json == other.m_json || toObject() == other.toObject();
}

}  // namespace ModeDesk
