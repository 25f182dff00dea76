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
    // PBKDF2-SHA256 rounds for new passwords (~1 ms per 1,000 here); tests lower it.
    int passwordIterations = 100'000;
    int demoEventIntervalMs = 3'000;
    qint64 maxBodyBytes = 1024 * 1024;
};

}  // namespace ModeDesk::Sandbox
