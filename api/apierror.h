// Every way an API call can fail, as one value the UI can show.
#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace ModeDesk {

struct ApiError {
    enum class Kind {
        Http,             // the server answered with an error status
        Network,          // no answer: refused, reset, DNS, TLS...
        Timeout,          // no answer in time
        Cancelled,        // the caller cancelled
        MalformedReply,   // an answer that is not the JSON it should be
        RedirectRefused,  // a redirect to another host or from https to http
        TooLarge,         // an answer past the call's size bound (dropped, never held whole)
    };

    Kind kind = Kind::Http;
    int httpStatus = 0;  // 0 when there was no HTTP answer
    QString reason;      // MODE's "reason" (e.g. "LAST_OWNER"), or the kind's name
    QString message;     // a sentence for people: what happened
    QUrl url;            // never carries a key
    QString method;
    QJsonObject data;  // MODE's optional "data"

    bool isSignedOut() const { return httpStatus == 401; }
    // "Server replied 404 (NOT_FOUND) to GET http://.../homes/3"
    QString describe() const;
};

}  // namespace ModeDesk

Q_DECLARE_METATYPE(ModeDesk::ApiError)
