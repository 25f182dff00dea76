// The dashboard's whole REST conversation with a MODE server: one method per
// endpoint of reference v2.1, each returning an ApiCall of a typed result.
// Callers never see QNetworkReply or raw JSON.
#pragma once

#include "apicall.h"
#include "httptransport.h"
#include "modeobjects.h"
#include "tsdbobjects.h"

#include <optional>

namespace ModeDesk {

// PATCH bodies: only the fields that are set are sent.
struct UserChanges {
    std::optional<QString> name;
    std::optional<QString> email;
    std::optional<QString> phoneNumber;
    std::optional<QString> password;
};

struct HomeChanges {
    std::optional<QString> name;
    std::optional<QString> timezone;
};

struct DeviceChanges {
    std::optional<QString> name;
    std::optional<QString> tag;
};

// Who to add to a home: an email, a phone number or a user id, per account mode.
struct MemberInvitation {
    QString email;
    QString phoneNumber;
    qint64 userId = 0;
};

class ApiClient : public QObject
{
    Q_OBJECT

public:
    // A client on a connection of its own (a test, a one-off).
    explicit ApiClient(QObject *parent = nullptr);
    // A handle on a shared connection: it adds only its key. The base URL,
    // timeout and retry policy are the connection's, for every handle.
    explicit ApiClient(ServerConnection *connection, QObject *parent = nullptr);

    ServerConnection *connection() const { return m_http.connection(); }
    void setBaseUrl(const QUrl &url) { m_http.setBaseUrl(url); }
    QUrl baseUrl() const { return m_http.baseUrl(); }
    // A user, device or project key; sent as "Authorization: ModeCloud <key>".
    void setKey(const QString &key) { m_http.setKey(key); }
    bool hasKey() const { return m_http.hasKey(); }
    void setTimeoutMs(int ms) { connection()->setTimeoutMs(ms); }
    void setRetryPolicy(const RetryPolicy &policy) { connection()->setRetryPolicy(policy); }

    // Users
    ApiCall<User> *createUser(const User &user);
    ApiCall<User> *getUser(qint64 userId);
    ApiCall<NoContent> *updateUser(qint64 userId, const UserChanges &changes);
    ApiCall<NoContent> *deleteUser(qint64 userId);

    // Homes, members, smart modules, home events, provisioning
    ApiCall<QList<Home>> *getHomes(qint64 userId);
    ApiCall<Home> *createHome(const QString &name, const QString &timezone = {});
    ApiCall<Home> *getHome(qint64 homeId);
    ApiCall<NoContent> *updateHome(qint64 homeId, const HomeChanges &changes);
    ApiCall<NoContent> *deleteHome(qint64 homeId);
    ApiCall<QList<HomeMember>> *getMembers(qint64 homeId);
    ApiCall<HomeMember> *addMember(qint64 homeId, const MemberInvitation &invitation);
    ApiCall<HomeMember> *getMember(qint64 homeId, qint64 userId);
    ApiCall<NoContent> *removeMember(qint64 homeId, qint64 userId);
    ApiCall<QList<SmartModule>> *getSmartModules(qint64 homeId);
    ApiCall<SmartModule> *getSmartModule(qint64 homeId, const QString &moduleId);
    ApiCall<NoContent> *sendHomeEvent(qint64 homeId, const QString &eventType,
                                      const QJsonObject &eventData);
    ApiCall<DeviceProvisioningToken> *startDeviceProvisioning(qint64 homeId,
                                                              const QString &deviceClass,
                                                              const QString &deviceTag = {});

    // The home key-value store
    ApiCall<QList<KeyValuePair>> *getKeyValues(qint64 homeId, const QString &keyPrefix = {});
    ApiCall<KeyValuePair> *getKeyValue(qint64 homeId, const QString &key);
    ApiCall<NoContent> *putKeyValue(qint64 homeId, const QString &key, const QJsonValue &value);
    ApiCall<NoContent> *deleteKeyValue(qint64 homeId, const QString &key);

    // Devices, as a user or project key
    // priority: the home on screen High, a background load (the fleet) Low.
    ApiCall<QList<Device>> *getDevices(
        qint64 homeId, QNetworkRequest::Priority priority = QNetworkRequest::NormalPriority);
    ApiCall<Device> *claimDevice(qint64 homeId, const QString &claimCode);
    ApiCall<Device> *getDevice(qint64 deviceId);
    ApiCall<NoContent> *updateDevice(qint64 deviceId, const DeviceChanges &changes);
    ApiCall<NoContent> *deleteDevice(qint64 deviceId);
    ApiCall<NoContent> *sendCommand(qint64 deviceId, const DeviceCommand &command);

    // Devices, as the device itself (DeviceLink uses these)
    ApiCall<Device> *redeemProvisioningToken(const QString &token);  // the reply has apiKey
    ApiCall<NoContent> *sendDeviceEvent(qint64 deviceId, const QString &eventType,
                                        const QJsonObject &eventData);
    ApiCall<RegistrationState> *setClaimable(qint64 deviceId, bool claimable,
                                             int durationSeconds = 0);

    // Authentication
    ApiCall<AuthenticationInfo> *getAuthInfo();
    ApiCall<ClientAuthentication> *authenticateWithEmail(qint64 projectId, const QString &appId,
                                                         const QString &email,
                                                         const QString &password);
    ApiCall<ClientAuthentication> *authenticateWithSmsCode(qint64 projectId, const QString &appId,
                                                           const QString &phoneNumber,
                                                           const QString &code);
    // BYOU: the client's key must be a project key with the byou permission.
    ApiCall<ClientAuthentication> *authenticateByou(qint64 projectId, qint64 userId);
    ApiCall<SmsMessageReceipt> *startSmsAuthentication(qint64 projectId,
                                                       const QString &phoneNumber);
    ApiCall<NoContent> *verifyEmail(const QString &token);
    ApiCall<NoContent> *startEmailVerification(qint64 projectId, const QString &email);
    ApiCall<NoContent> *resetPassword(const QString &token, const QString &newPassword);
    ApiCall<NoContent> *startPasswordReset(qint64 projectId, const QString &email);
    ApiCall<UserSessionInfo> *getUserSession();
    ApiCall<NoContent> *terminateUserSession();

    // The TSDB Smart Module of a home (moduleId: a module of type "tsdb").
    ApiCall<QList<TimeSeries>> *getTimeSeriesList(qint64 homeId, const QString &moduleId);
    ApiCall<TimeSeries> *getTimeSeries(qint64 homeId, const QString &moduleId,
                                       const QString &seriesId);
    ApiCall<NoContent> *deleteTimeSeries(qint64 homeId, const QString &moduleId,
                                         const QString &seriesId);
    ApiCall<TimeRange> *getTimeSeriesRange(qint64 homeId, const QString &moduleId,
                                           const QString &seriesId);
    // One value per bucket; without a resolution the server picks one for the span.
    ApiCall<SeriesData> *getTimeSeriesData(qint64 homeId, const QString &moduleId,
                                           const QString &seriesId, const QDateTime &begin,
                                           const QDateTime &end,
                                           Tsdb::Aggregation aggregation = Tsdb::Aggregation::Avg,
                                           std::optional<Tsdb::Resolution> resolution = {});
    // limit > 0: points at or after ts; limit < 0: points before ts.
    ApiCall<RawSeriesData> *getRawTimeSeriesData(qint64 homeId, const QString &moduleId,
                                                 const QString &seriesId, const QDateTime &ts,
                                                 int limit);
    ApiCall<NoContent> *deleteTimeSeriesData(qint64 homeId, const QString &moduleId,
                                             const QString &seriesId, const QDateTime &begin,
                                             const QDateTime &end);
    ApiCall<TimeSeriesCollection> *createCollection(qint64 homeId, const QString &moduleId,
                                                    const QString &collectionId,
                                                    const QString &timeZone = {});
    ApiCall<QList<TimeSeriesCollection>> *getCollections(qint64 homeId, const QString &moduleId);
    ApiCall<TimeSeriesCollection> *getCollection(qint64 homeId, const QString &moduleId,
                                                 const QString &collectionId);
    ApiCall<NoContent> *deleteCollection(qint64 homeId, const QString &moduleId,
                                         const QString &collectionId);
    ApiCall<TimeRange> *getCollectionRange(qint64 homeId, const QString &moduleId,
                                           const QString &collectionId);
    ApiCall<CollectionData> *getCollectionData(
        qint64 homeId, const QString &moduleId, const QString &collectionId, const QDateTime &begin,
        const QDateTime &end, const QStringList &selectValues = {},
        Tsdb::Aggregation aggregation = Tsdb::Aggregation::Avg,
        std::optional<Tsdb::Resolution> resolution = {});
    ApiCall<CollectionRawData> *getRawCollectionData(qint64 homeId, const QString &moduleId,
                                                     const QString &collectionId,
                                                     const QDateTime &ts, int limit,
                                                     const QStringList &selectValues = {},
                                                     const QStringList &selectTags = {});
    ApiCall<NoContent> *deleteCollectionData(qint64 homeId, const QString &moduleId,
                                             const QString &collectionId, const QDateTime &begin,
                                             const QDateTime &end);
    ApiCall<ExportTicket> *startExport(qint64 homeId, const QString &moduleId,
                                       const ExportRequest &request);
    // The export's file as served (CSV, or a ZIP of several), written into file as it
    // arrives (never held whole; bounded); progress() reports the bytes. The caller
    // commits the file on success and discards it otherwise.
    ApiCall<NoContent> *downloadExport(const QUrl &dataUrl, QIODevice *file);

    // A local sandbox's admin routes; the key must be the sandbox's admin key.
    ApiCall<QList<OutboxEntry>> *getSandboxOutbox();
    // The project's device classes (also a check that the key is the admin key).
    ApiCall<QStringList> *getSandboxDeviceClasses();
    ApiCall<ProvisionedDevice> *createSandboxDevice(const QString &deviceClass,
                                                    const QString &name);
    // Opens a pre-provisioned device's claim window by its code (as its setup button would).
    ApiCall<RegistrationState> *openSandboxClaimWindow(const QString &claimCode,
                                                       int durationSeconds);

signals:
    // Reported once per key: the server answered 401 to it.
    void signedOut(const ModeDesk::ApiError &error);

private:
    template <typename T>
    ApiCall<T> *call(const QByteArray &method, const QString &path, const QUrlQuery &query = {});
    template <typename T>
    ApiCall<T> *callWithJson(const QByteArray &method, const QString &path,
                             const QJsonObject &body);
    template <typename T>
    ApiCall<T> *callWithForm(const QString &path, const QUrlQuery &form);
    template <typename T>
    ApiCall<T> *send(RequestSpec spec);

    HttpTransport m_http;
};

}  // namespace ModeDesk
