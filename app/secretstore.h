// Where keys are kept: the OS keychain in the app, memory in tests. Only this
// interface is used elsewhere, so no secret reaches settings files or logs.
#pragma once

#include <QObject>
#include <functional>

namespace ModeDesk {

class SecretStore : public QObject
{
    Q_OBJECT

public:
    using ReadDone = std::function<void(const QString &secret, const QString &error)>;
    using WriteDone = std::function<void(const QString &error)>;

    using QObject::QObject;

    // Each callback runs once, in context's thread, unless context is gone.
    // A missing entry reads as an empty secret with no error.
    virtual void read(const QString &name, QObject *context, ReadDone done) = 0;
    virtual void write(const QString &name, const QString &secret, QObject *context,
                       WriteDone done) = 0;
    virtual void remove(const QString &name, QObject *context, WriteDone done) = 0;
    // False when secrets last only for this session (no keychain available).
    virtual bool isPersistent() const = 0;
};

}  // namespace ModeDesk
