#pragma once

#include "modeobjects.h"

#include <QHostAddress>
#include <QString>
#include <optional>

namespace ModeDesk::Sandbox {

// Everything the sandbox can be told at start; the command line maps onto it 1:1.
struct SandboxOptions {
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0;  // 0 picks a free port
    QString databasePath = QStringLiteral(":memory:");
    std::optional<AccountMode> accountMode;  // unset: the database's own (email when new)
    QString adminKey;                        // empty: a random one is made
    bool demo = false;
    // Device classes the project must have (added at start if missing).
    QStringList deviceClasses;
    // PBKDF2-SHA256 rounds for new passwords (~1 ms per 1,000 here); tests lower it.
    int passwordIterations = 100'000;
    int demoEventIntervalMs = 3'000;
    qint64 maxBodyBytes = 1024 * 1024;

    // Guessing and flooding (docs/sandbox.md, "Limits"); tests shorten the windows.
    struct Limits {
        qint64 smsResendMs = 30'000;            // one code per number per 30 s...
        int smsSendsPerHour = 10;               // ...and 10 an hour
        int wrongCodesPerCode = 5;              // then the code is dead
        int wrongCodesPerHour = 20;             // per number, whatever the codes
        int passwordFailures = 5;               // per account within...
        qint64 passwordWindowMs = 15 * 60'000;  // ...15 min, then refused for that long
        qint64 hourMs = 60 * 60'000;
    } limits;

    // Bounds against abusive connections (docs/sandbox.md, "Connections").
    struct Connections {
        qint64 maxHeaderBytes = 16 * 1024;  // request line and headers; past it 431
        int headerTimeoutMs = 10'000;       // first byte to end of headers; past it 408
        int bodyTimeoutMs = 30'000;         // end of headers to end of body; past it 408
        int idleTimeoutMs = 60'000;         // a keep-alive connection with no traffic closes
        int maxPerPeer = 256;               // open connections from one address; past it 503
        int maxTotal = 1024;                // open connections in all
        qint64 maxSocketQueueBytes = 8 * 1024 * 1024;  // unsent WebSocket data; past it closed
    } connections;
};

}  // namespace ModeDesk::Sandbox
