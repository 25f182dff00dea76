// The sandbox's SQLite file: opened in WAL mode, its schema versioned through
// PRAGMA user_version and migrated forward step by step.
#pragma once

#include "sandboxclock.h"

#include <QLockFile>
#include <memory>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <stdexcept>

namespace ModeDesk::Sandbox {

// Thrown by query helpers; the router turns it into 500 DATABASE_ERROR.
class DatabaseError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

class SandboxDatabase
{
public:
    SandboxDatabase() = default;
    ~SandboxDatabase();
    SandboxDatabase(const SandboxDatabase &) = delete;
    SandboxDatabase &operator=(const SandboxDatabase &) = delete;

    // Opens (creating if needed) and migrates; false with errorString() on failure.
    bool open(const QString &path);
    QString errorString() const { return m_error; }
    static int schemaVersion();

    // Runs one statement with positional binds; throws DatabaseError on failure.
    QSqlQuery exec(const QString &sql, const QVariantList &binds = {}) const;
    // For statements run many times (bulk loads): prepare once, bind and run() each time.
    QSqlQuery prepared(const QString &sql) const;
    static void run(QSqlQuery &query);  // throws DatabaseError on failure
    // The first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql, const QVariantList &binds = {}) const;

    QString meta(const QString &key) const;
    void setMeta(const QString &key, const QString &value) const;

    bool transaction() const;
    bool commit() const;
    void rollback() const;

    // The time every store stamps and expires by (a test moves it on).
    const SandboxClock &clock() const { return m_clock; }
    SandboxClock &clock() { return m_clock; }

private:
    bool migrate();

    bool lockFile(const QString &path);

    SandboxClock m_clock;
    std::unique_ptr<QLockFile> m_lock;  // held while the database is open
    QString m_connectionName;
    QString m_error;
};

// Commits on commit(), rolls back if left before that (an exception, an early return).
class Transaction
{
public:
    explicit Transaction(const SandboxDatabase &db) : m_db(db) { m_db.transaction(); }
    ~Transaction()
    {
        if (!m_done)
            m_db.rollback();
    }
    void commit()
    {
        m_db.commit();
        m_done = true;
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

private:
    const SandboxDatabase &m_db;
    bool m_done = false;
};

}  // namespace ModeDesk::Sandbox
