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
};

}  // namespace ModeDesk::Sandbox
