// A QTcpServer that refuses oversized requests before they are buffered:
// QHttpServer reads a whole body into memory, so the cap has to sit below it.
#pragma once

#include <QTcpServer>

namespace ModeDesk::Sandbox {

class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    GuardedTcpServer(qint64 maxRequestBytes, QObject *parent = nullptr)
        : QTcpServer(parent), m_maxRequestBytes(maxRequestBytes)
    {}

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    qint64 m_maxRequestBytes;
};

}  // namespace ModeDesk::Sandbox
