#include "apiclient.h"

#include "devicelistreader.h"
#include "kvlistreader.h"

namespace ModeDesk {

namespace {

QString segment(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

template <typename T>
struct Reader {
    static Json::Decoded<T> read(int, const QByteArray &body)
    {
        const Json::Decoded<QJsonValue> parsed = Json::parse(body);
        if (!parsed.ok())
            return Json::Decoded<T>::failure(parsed.error);
        return Json::decode<T>(*parsed.value);
    }
};

template <typename T>
struct Reader<QList<T>> {
    static Json::Decoded<QList<T>> read(int, const QByteArray &body)
    {
        const Json::Decoded<QJsonValue> parsed = Json::parse(body);
        if (!parsed.ok())
            return Json::Decoded<QList<T>>::failure(parsed.error);
        return Json::decodeValidEntries<T>(*parsed.value);
    }
};

// A fleet's devices: the quick reader, else the codec.
template <>
struct Reader<QList<Device>> {
    static Json::Decoded<QList<Device>> read(int, const QByteArray &body)
    {
        return Json::readDeviceList(body);
    }
};

// A home's pairs: one that cannot be read does not take the others down.
template <>
struct Reader<QList<KeyValuePair>> {
    static Json::Decoded<QList<KeyValuePair>> read(int, const QByteArray &body)
    {
        return Json::readKeyValueList(body);
    }
};

// 204, or 200 with an empty body or any JSON (MODE answers "200" with no
// documented body on some calls): nothing to read, but not garbage either.
template <>
struct Reader<NoContent> {
    static Json::Decoded<NoContent> read(int, const QByteArray &body)
    {
        if (!body.trimmed().isEmpty()) {
            const Json::Decoded<QJsonValue> parsed = Json::parse(body);
            if (!parsed.ok())
                return Json::Decoded<NoContent>::failure(parsed.error);
        }
        return {NoContent{}, {}};
    }
};

// A list of names (the sandbox's device classes): every entry a string.
template <>
struct Reader<QStringList> {
    static Json::Decoded<QStringList> read(int, const QByteArray &body)
    {
        const Json::Decoded<QJsonValue> parsed = Json::parse(body);
        if (!parsed.ok())
            return Json::Decoded<QStringList>::failure(parsed.error);
        if (!parsed.value->isArray())
            return Json::Decoded<QStringList>::failure(QStringLiteral("expected a JSON array"));
        QStringList names;
        const QJsonArray array = parsed.value->toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString())
                return Json::Decoded<QStringList>::failure(
                    QStringLiteral("[%1]: expected a string").arg(i));
            names.append(array.at(i).toString());
        }
        return {names, {}};
    }
};

// Bodies taken as they come (an export's file).
template <>
struct Reader<QByteArray> {
    static Json::Decoded<QByteArray> read(int, const QByteArray &body) { return {body, {}}; }
};

QString moduleBase(qint64 homeId, const QString &moduleId)
{
    return QStringLiteral("/homes/%1/smartModules/%2").arg(homeId).arg(segment(moduleId));
}

QUrlQuery spanQuery(const QDateTime &begin, const QDateTime &end, Tsdb::Aggregation aggregation,
                    std::optional<Tsdb::Resolution> resolution)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("begin"), Json::formatTime(begin));
    query.addQueryItem(QStringLiteral("end"), Json::formatTime(end));
    query.addQueryItem(QStringLiteral("aggregation"), Tsdb::name(aggregation));
    if (resolution)
        query.addQueryItem(QStringLiteral("resolution"), Tsdb::name(*resolution));
    return query;
}

QUrlQuery rangeQuery(const QDateTime &begin, const QDateTime &end)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("begin"), Json::formatTime(begin));
    query.addQueryItem(QStringLiteral("end"), Json::formatTime(end));
    return query;
}

QUrlQuery rawQuery(const QDateTime &ts, int limit)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("ts"), Json::formatTime(ts));
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    return query;
}

// PATCH bodies carry only what is being changed.
void putIfSet(QJsonObject &body, const char *name, const std::optional<QString> &value)
{
    if (value)
        body.insert(QLatin1String(name), *value);
}

QUrlQuery form(std::initializer_list<std::pair<QString, QString>> items)
{
    QUrlQuery query;
    for (const auto &[key, value] : items) {
        if (!value.isNull())
            query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    }
    return query;
}

}  // namespace

ApiClient::ApiClient(QObject *parent) : ApiClient(nullptr, parent) {}

ApiClient::ApiClient(ServerConnection *connection, QObject *parent)
    : QObject(parent), m_http(connection)
{
    connect(&m_http, &HttpTransport::signedOut, this, &ApiClient::signedOut);
}

template <typename T>
ApiCall<T> *ApiClient::send(RequestSpec spec)
{
    return m_http.send<T>(std::move(spec), &Reader<T>::read);
}

template <typename T>
ApiCall<T> *ApiClient::call(const QByteArray &method, const QString &path, const QUrlQuery &query)
{
    return send<T>({method, path, query, {}, {}, {}});
}

template <typename T>
ApiCall<T> *ApiClient::callWithJson(const QByteArray &method, const QString &path,
                                    const QJsonObject &body)
{
    return send<T>({method, path, {}, Json::serialize(body), "application/json", {}});
}

template <typename T>
ApiCall<T> *ApiClient::callWithForm(const QString &path, const QUrlQuery &fields)
{
    return send<T>({"POST",
                    path,
                    {},
                    fields.toString(QUrl::FullyEncoded).toUtf8(),
                    "application/x-www-form-urlencoded",
                    {}});
}

// ---- Users ----------------------------------------------------------------

ApiCall<User> *ApiClient::createUser(const User &user)
{
    return callWithJson<User>("POST", QStringLiteral("/users"), Json::encode(user));
}

ApiCall<User> *ApiClient::getUser(qint64 userId)
{
    return call<User>("GET", QStringLiteral("/users/%1").arg(userId));
}

ApiCall<NoContent> *ApiClient::updateUser(qint64 userId, const UserChanges &changes)
{
    QJsonObject body;
    putIfSet(body, "name", changes.name);
    putIfSet(body, "email", changes.email);
    putIfSet(body, "phoneNumber", changes.phoneNumber);
    putIfSet(body, "password", changes.password);
    return callWithJson<NoContent>("PATCH", QStringLiteral("/users/%1").arg(userId), body);
}

ApiCall<NoContent> *ApiClient::deleteUser(qint64 userId)
{
    return call<NoContent>("DELETE", QStringLiteral("/users/%1").arg(userId));
}

// ---- Homes ----------------------------------------------------------------

ApiCall<QList<Home>> *ApiClient::getHomes(qint64 userId)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("userId"), QString::number(userId));
    return call<QList<Home>>("GET", QStringLiteral("/homes"), query);
}

ApiCall<Home> *ApiClient::createHome(const QString &name, const QString &timezone)
{
    QJsonObject body{{QStringLiteral("name"), name}};
    if (!timezone.isEmpty())
        body.insert(QStringLiteral("timezone"), timezone);
    return callWithJson<Home>("POST", QStringLiteral("/homes"), body);
}

ApiCall<Home> *ApiClient::getHome(qint64 homeId)
{
    return call<Home>("GET", QStringLiteral("/homes/%1").arg(homeId));
}

ApiCall<NoContent> *ApiClient::updateHome(qint64 homeId, const HomeChanges &changes)
{
    QJsonObject body;
    putIfSet(body, "name", changes.name);
    putIfSet(body, "timezone", changes.timezone);
    return callWithJson<NoContent>("PATCH", QStringLiteral("/homes/%1").arg(homeId), body);
}

ApiCall<NoContent> *ApiClient::deleteHome(qint64 homeId)
{
    return call<NoContent>("DELETE", QStringLiteral("/homes/%1").arg(homeId));
}

ApiCall<QList<HomeMember>> *ApiClient::getMembers(qint64 homeId)
{
    return call<QList<HomeMember>>("GET", QStringLiteral("/homes/%1/members").arg(homeId));
}

ApiCall<HomeMember> *ApiClient::addMember(qint64 homeId, const MemberInvitation &invitation)
{
    QUrlQuery fields;
    if (!invitation.email.isEmpty())
        fields = form({{QStringLiteral("email"), invitation.email}});
    else if (!invitation.phoneNumber.isEmpty())
        fields = form({{QStringLiteral("phoneNumber"), invitation.phoneNumber}});
    else
        fields = form({{QStringLiteral("userId"), QString::number(invitation.userId)}});
    return callWithForm<HomeMember>(QStringLiteral("/homes/%1/members").arg(homeId), fields);
}

ApiCall<HomeMember> *ApiClient::getMember(qint64 homeId, qint64 userId)
{
    return call<HomeMember>("GET", QStringLiteral("/homes/%1/members/%2").arg(homeId).arg(userId));
}

ApiCall<NoContent> *ApiClient::removeMember(qint64 homeId, qint64 userId)
{
    return call<NoContent>("DELETE",
                           QStringLiteral("/homes/%1/members/%2").arg(homeId).arg(userId));
}

ApiCall<QList<SmartModule>> *ApiClient::getSmartModules(qint64 homeId)
{
    return call<QList<SmartModule>>("GET", QStringLiteral("/homes/%1/smartModules").arg(homeId));
}

ApiCall<SmartModule> *ApiClient::getSmartModule(qint64 homeId, const QString &moduleId)
{
    return call<SmartModule>(
        "GET", QStringLiteral("/homes/%1/smartModules/%2").arg(homeId).arg(segment(moduleId)));
}

ApiCall<NoContent> *ApiClient::sendHomeEvent(qint64 homeId, const QString &eventType,
                                             const QJsonObject &eventData)
{
    return callWithJson<NoContent>(
        "PUT", QStringLiteral("/homes/%1/event").arg(homeId),
        Json::encode(Event{eventType, eventData, {}, 0, 0, {}, {}, {}, {}}));
}

ApiCall<DeviceProvisioningToken> *ApiClient::startDeviceProvisioning(qint64 homeId,
                                                                     const QString &deviceClass,
                                                                     const QString &deviceTag)
{
    return callWithForm<DeviceProvisioningToken>(
        QStringLiteral("/homes/%1/deviceProvisioning").arg(homeId),
        form({{QStringLiteral("deviceClass"), deviceClass},
              {QStringLiteral("deviceTag"), deviceTag.isEmpty() ? QString() : deviceTag}}));
}

// ---- Key-value store ------------------------------------------------------

ApiCall<QList<KeyValuePair>> *ApiClient::getKeyValues(qint64 homeId, const QString &keyPrefix)
{
    QUrlQuery query;
    if (!keyPrefix.isEmpty())
        query.addQueryItem(QStringLiteral("keyPrefix"),
                           QString::fromLatin1(QUrl::toPercentEncoding(keyPrefix)));
    return call<QList<KeyValuePair>>("GET", QStringLiteral("/homes/%1/kv").arg(homeId), query);
}

ApiCall<KeyValuePair> *ApiClient::getKeyValue(qint64 homeId, const QString &key)
{
    return call<KeyValuePair>("GET",
                              QStringLiteral("/homes/%1/kv/%2").arg(homeId).arg(segment(key)));
}

ApiCall<NoContent> *ApiClient::putKeyValue(qint64 homeId, const QString &key,
                                           const QJsonValue &value)
{
    return callWithJson<NoContent>("PUT",
                                   QStringLiteral("/homes/%1/kv/%2").arg(homeId).arg(segment(key)),
                                   {{QStringLiteral("value"), value}});
}

ApiCall<NoContent> *ApiClient::deleteKeyValue(qint64 homeId, const QString &key)
{
    return call<NoContent>("DELETE",
                           QStringLiteral("/homes/%1/kv/%2").arg(homeId).arg(segment(key)));
}

// ---- Devices --------------------------------------------------------------

ApiCall<QList<Device>> *ApiClient::getDevices(qint64 homeId, QNetworkRequest::Priority priority)
{
    RequestSpec spec{"GET", QStringLiteral("/devices"), {}, {}, {}, {}};
    spec.query.addQueryItem(QStringLiteral("homeId"), QString::number(homeId));
    spec.priority = priority;
    return send<QList<Device>>(std::move(spec));
}

ApiCall<Device> *ApiClient::claimDevice(qint64 homeId, const QString &claimCode)
{
    return callWithForm<Device>(QStringLiteral("/devices"),
                                form({{QStringLiteral("homeId"), QString::number(homeId)},
                                      {QStringLiteral("claimCode"), claimCode}}));
}

ApiCall<Device> *ApiClient::getDevice(qint64 deviceId)
{
    return call<Device>("GET", QStringLiteral("/devices/%1").arg(deviceId));
}

ApiCall<NoContent> *ApiClient::updateDevice(qint64 deviceId, const DeviceChanges &changes)
{
    QJsonObject body;
    putIfSet(body, "name", changes.name);
    putIfSet(body, "tag", changes.tag);
    return callWithJson<NoContent>("PATCH", QStringLiteral("/devices/%1").arg(deviceId), body);
}

ApiCall<NoContent> *ApiClient::deleteDevice(qint64 deviceId)
{
    return call<NoContent>("DELETE", QStringLiteral("/devices/%1").arg(deviceId));
}

ApiCall<NoContent> *ApiClient::sendCommand(qint64 deviceId, const DeviceCommand &command)
{
    return callWithJson<NoContent>("PUT", QStringLiteral("/devices/%1/command").arg(deviceId),
                                   Json::encode(command));
}

ApiCall<Device> *ApiClient::redeemProvisioningToken(const QString &token)
{
    return callWithForm<Device>(QStringLiteral("/devices"),
                                form({{QStringLiteral("token"), token}}));
}

ApiCall<NoContent> *ApiClient::sendDeviceEvent(qint64 deviceId, const QString &eventType,
                                               const QJsonObject &eventData)
{
    return callWithJson<NoContent>(
        "PUT", QStringLiteral("/devices/%1/event").arg(deviceId),
        Json::encode(Event{eventType, eventData, {}, 0, 0, {}, {}, {}, {}}));
}

ApiCall<RegistrationState> *ApiClient::setClaimable(qint64 deviceId, bool claimable,
                                                    int durationSeconds)
{
    return callWithForm<RegistrationState>(
        QStringLiteral("/deviceRegistration"),
        form({{QStringLiteral("deviceId"), QString::number(deviceId)},
              {QStringLiteral("claimable"),
               claimable ? QStringLiteral("true") : QStringLiteral("false")},
              {QStringLiteral("duration"),
               durationSeconds > 0 ? QString::number(durationSeconds) : QString()}}));
}

// ---- TSDB Smart Module ----------------------------------------------------

ApiCall<QList<TimeSeries>> *ApiClient::getTimeSeriesList(qint64 homeId, const QString &moduleId)
{
    return call<QList<TimeSeries>>("GET",
                                   moduleBase(homeId, moduleId) + QStringLiteral("/timeSeries"));
}

ApiCall<TimeSeries> *ApiClient::getTimeSeries(qint64 homeId, const QString &moduleId,
                                              const QString &seriesId)
{
    return call<TimeSeries>(
        "GET", moduleBase(homeId, moduleId) + QStringLiteral("/timeSeries/") + segment(seriesId));
}

ApiCall<NoContent> *ApiClient::deleteTimeSeries(qint64 homeId, const QString &moduleId,
                                                const QString &seriesId)
{
    return call<NoContent>("DELETE", moduleBase(homeId, moduleId) + QStringLiteral("/timeSeries/") +
                                         segment(seriesId));
}

ApiCall<TimeRange> *ApiClient::getTimeSeriesRange(qint64 homeId, const QString &moduleId,
                                                  const QString &seriesId)
{
    return call<TimeRange>("GET", moduleBase(homeId, moduleId) + QStringLiteral("/timeSeries/") +
                                      segment(seriesId) + QStringLiteral("/timeRange"));
}

ApiCall<SeriesData> *ApiClient::getTimeSeriesData(qint64 homeId, const QString &moduleId,
                                                  const QString &seriesId, const QDateTime &begin,
                                                  const QDateTime &end,
                                                  Tsdb::Aggregation aggregation,
                                                  std::optional<Tsdb::Resolution> resolution)
{
    return call<SeriesData>("GET",
                            moduleBase(homeId, moduleId) + QStringLiteral("/timeSeries/") +
                                segment(seriesId) + QStringLiteral("/data"),
                            spanQuery(begin, end, aggregation, resolution));
}

ApiCall<RawSeriesData> *ApiClient::getRawTimeSeriesData(qint64 homeId, const QString &moduleId,
                                                        const QString &seriesId,
                                                        const QDateTime &ts, int limit)
{
    return call<RawSeriesData>("GET",
                               moduleBase(homeId, moduleId) + QStringLiteral("/timeSeries/") +
                                   segment(seriesId) + QStringLiteral("/data"),
                               rawQuery(ts, limit));
}

ApiCall<NoContent> *ApiClient::deleteTimeSeriesData(qint64 homeId, const QString &moduleId,
                                                    const QString &seriesId, const QDateTime &begin,
                                                    const QDateTime &end)
{
    return call<NoContent>("DELETE",
                           moduleBase(homeId, moduleId) + QStringLiteral("/timeSeries/") +
                               segment(seriesId) + QStringLiteral("/data"),
                           rangeQuery(begin, end));
}

ApiCall<TimeSeriesCollection> *ApiClient::createCollection(qint64 homeId, const QString &moduleId,
                                                           const QString &collectionId,
                                                           const QString &timeZone)
{
    QJsonObject body{{QStringLiteral("id"), collectionId}};
    if (!timeZone.isEmpty())
        body.insert(QStringLiteral("timeZone"), timeZone);
    return callWithJson<TimeSeriesCollection>(
        "POST", moduleBase(homeId, moduleId) + QStringLiteral("/collections"), body);
}

ApiCall<QList<TimeSeriesCollection>> *ApiClient::getCollections(qint64 homeId,
                                                                const QString &moduleId)
{
    return call<QList<TimeSeriesCollection>>(
        "GET", moduleBase(homeId, moduleId) + QStringLiteral("/collections"));
}

ApiCall<TimeSeriesCollection> *ApiClient::getCollection(qint64 homeId, const QString &moduleId,
                                                        const QString &collectionId)
{
    return call<TimeSeriesCollection>(
        "GET",
        moduleBase(homeId, moduleId) + QStringLiteral("/collections/") + segment(collectionId));
}

ApiCall<NoContent> *ApiClient::deleteCollection(qint64 homeId, const QString &moduleId,
                                                const QString &collectionId)
{
    return call<NoContent>("DELETE", moduleBase(homeId, moduleId) +
                                         QStringLiteral("/collections/") + segment(collectionId));
}

ApiCall<TimeRange> *ApiClient::getCollectionRange(qint64 homeId, const QString &moduleId,
                                                  const QString &collectionId)
{
    return call<TimeRange>("GET", moduleBase(homeId, moduleId) + QStringLiteral("/collections/") +
                                      segment(collectionId) + QStringLiteral("/timeRange"));
}

ApiCall<CollectionData> *ApiClient::getCollectionData(qint64 homeId, const QString &moduleId,
                                                      const QString &collectionId,
                                                      const QDateTime &begin, const QDateTime &end,
                                                      const QStringList &selectValues,
                                                      Tsdb::Aggregation aggregation,
                                                      std::optional<Tsdb::Resolution> resolution)
{
    QUrlQuery query = spanQuery(begin, end, aggregation, resolution);
    if (!selectValues.isEmpty())
        query.addQueryItem(QStringLiteral("selectValues"), selectValues.join(QLatin1Char(',')));
    return call<CollectionData>("GET",
                                moduleBase(homeId, moduleId) + QStringLiteral("/collections/") +
                                    segment(collectionId) + QStringLiteral("/data"),
                                query);
}

ApiCall<CollectionRawData> *ApiClient::getRawCollectionData(qint64 homeId, const QString &moduleId,
                                                            const QString &collectionId,
                                                            const QDateTime &ts, int limit,
                                                            const QStringList &selectValues,
                                                            const QStringList &selectTags)
{
    QUrlQuery query = rawQuery(ts, limit);
    if (!selectValues.isEmpty())
        query.addQueryItem(QStringLiteral("selectValues"), selectValues.join(QLatin1Char(',')));
    if (!selectTags.isEmpty())
        query.addQueryItem(QStringLiteral("selectTags"), selectTags.join(QLatin1Char(',')));
    return call<CollectionRawData>("GET",
                                   moduleBase(homeId, moduleId) + QStringLiteral("/collections/") +
                                       segment(collectionId) + QStringLiteral("/data"),
                                   query);
}

ApiCall<NoContent> *ApiClient::deleteCollectionData(qint64 homeId, const QString &moduleId,
                                                    const QString &collectionId,
                                                    const QDateTime &begin, const QDateTime &end)
{
    return call<NoContent>("DELETE",
                           moduleBase(homeId, moduleId) + QStringLiteral("/collections/") +
                               segment(collectionId) + QStringLiteral("/data"),
                           rangeQuery(begin, end));
}

ApiCall<ExportTicket> *ApiClient::startExport(qint64 homeId, const QString &moduleId,
                                              const ExportRequest &request)
{
    return callWithJson<ExportTicket>(
        "POST", moduleBase(homeId, moduleId) + QStringLiteral("/export"), Json::encode(request));
}

ApiCall<NoContent> *ApiClient::downloadExport(const QUrl &dataUrl, QIODevice *file)
{
    RequestSpec spec{"GET", {}, {}, {}, {}, dataUrl};
    spec.kind = CallBounds::Kind::Download;
    spec.sink = file;
    return send<NoContent>(std::move(spec));
}

// ---- Authentication -------------------------------------------------------

ApiCall<AuthenticationInfo> *ApiClient::getAuthInfo()
{
    return call<AuthenticationInfo>("GET", QStringLiteral("/auth"));
}

ApiCall<ClientAuthentication> *ApiClient::authenticateWithEmail(qint64 projectId,
                                                                const QString &appId,
                                                                const QString &email,
                                                                const QString &password)
{
    return callWithForm<ClientAuthentication>(
        QStringLiteral("/auth/user"),
        form({{QStringLiteral("projectId"), QString::number(projectId)},
              {QStringLiteral("appId"), appId},
              {QStringLiteral("email"), email},
              {QStringLiteral("password"), password}}));
}

ApiCall<ClientAuthentication> *ApiClient::authenticateWithSmsCode(qint64 projectId,
                                                                  const QString &appId,
                                                                  const QString &phoneNumber,
                                                                  const QString &code)
{
    return callWithForm<ClientAuthentication>(
        QStringLiteral("/auth/user"),
        form({{QStringLiteral("projectId"), QString::number(projectId)},
              {QStringLiteral("appId"), appId},
              {QStringLiteral("phoneNumber"), phoneNumber},
              {QStringLiteral("code"), code}}));
}

ApiCall<ClientAuthentication> *ApiClient::authenticateByou(qint64 projectId, qint64 userId)
{
    return callWithForm<ClientAuthentication>(
        QStringLiteral("/auth/user"),
        form({{QStringLiteral("projectId"), QString::number(projectId)},
              {QStringLiteral("userId"), QString::number(userId)}}));
}

ApiCall<SmsMessageReceipt> *ApiClient::startSmsAuthentication(qint64 projectId,
                                                              const QString &phoneNumber)
{
    return callWithForm<SmsMessageReceipt>(
        QStringLiteral("/auth/user/sms"),
        form({{QStringLiteral("projectId"), QString::number(projectId)},
              {QStringLiteral("phoneNumber"), phoneNumber}}));
}

ApiCall<NoContent> *ApiClient::verifyEmail(const QString &token)
{
    return callWithForm<NoContent>(QStringLiteral("/auth/user/emailVerification"),
                                   form({{QStringLiteral("token"), token}}));
}

ApiCall<NoContent> *ApiClient::startEmailVerification(qint64 projectId, const QString &email)
{
    return callWithForm<NoContent>(QStringLiteral("/auth/user/emailVerification/start"),
                                   form({{QStringLiteral("projectId"), QString::number(projectId)},
                                         {QStringLiteral("email"), email}}));
}

ApiCall<NoContent> *ApiClient::resetPassword(const QString &token, const QString &newPassword)
{
    return callWithForm<NoContent>(
        QStringLiteral("/auth/user/passwordReset"),
        form({{QStringLiteral("token"), token}, {QStringLiteral("newPassword"), newPassword}}));
}

ApiCall<NoContent> *ApiClient::startPasswordReset(qint64 projectId, const QString &email)
{
    return callWithForm<NoContent>(QStringLiteral("/auth/user/passwordReset/start"),
                                   form({{QStringLiteral("projectId"), QString::number(projectId)},
                                         {QStringLiteral("email"), email}}));
}

ApiCall<UserSessionInfo> *ApiClient::getUserSession()
{
    return call<UserSessionInfo>("GET", QStringLiteral("/userSession"));
}

ApiCall<NoContent> *ApiClient::terminateUserSession()
{
    return call<NoContent>("DELETE", QStringLiteral("/userSession"));
}

ApiCall<QList<OutboxEntry>> *ApiClient::getSandboxOutbox()
{
    return call<QList<OutboxEntry>>("GET", QStringLiteral("/sandbox/outbox"));
}

ApiCall<QStringList> *ApiClient::getSandboxDeviceClasses()
{
    return call<QStringList>("GET", QStringLiteral("/sandbox/deviceClasses"));
}

ApiCall<ProvisionedDevice> *ApiClient::createSandboxDevice(const QString &deviceClass,
                                                           const QString &name)
{
    return callWithJson<ProvisionedDevice>(
        "POST", QStringLiteral("/sandbox/devices"),
        {{QStringLiteral("deviceClass"), deviceClass}, {QStringLiteral("name"), name}});
}

ApiCall<RegistrationState> *ApiClient::openSandboxClaimWindow(const QString &claimCode,
                                                              int durationSeconds)
{
    return callWithJson<RegistrationState>(
        "POST", QStringLiteral("/sandbox/claimMode"),
        {{QStringLiteral("claimCode"), claimCode}, {QStringLiteral("duration"), durationSeconds}});
}

}  // namespace ModeDesk
