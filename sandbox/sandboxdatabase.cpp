#include "sandboxdatabase.h"

#include <QDir>

#include "logging.h"

#include <QAtomicInt>
#include <QSqlError>
#include <QStringList>

namespace ModeDesk::Sandbox {

namespace {

// Each entry moves the schema from version N to N+1. Never edit a shipped
// step: add a new one, so that old database files keep migrating.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {
        {
            // 1: the whole project model.
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE users (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL "
                "DEFAULT '', email TEXT, phone TEXT, verified INTEGER NOT NULL DEFAULT 0, "
                "password_digest BLOB, password_salt BLOB, password_iterations INTEGER, "
                "placeholder INTEGER NOT NULL DEFAULT 0, creation_time INTEGER NOT NULL)"),
            QStringLiteral(
                "CREATE UNIQUE INDEX users_email ON users(email) WHERE email IS NOT NULL"),
            QStringLiteral(
                "CREATE UNIQUE INDEX users_phone ON users(phone) WHERE phone IS NOT NULL"),
            QStringLiteral(
                "CREATE TABLE sessions (id INTEGER PRIMARY KEY AUTOINCREMENT, key_digest TEXT NOT "
                "NULL UNIQUE, user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE, "
                "app_id TEXT NOT NULL DEFAULT '', creation_time INTEGER NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE auth_codes (id INTEGER PRIMARY KEY AUTOINCREMENT, user_id INTEGER "
                "NOT NULL REFERENCES users(id) ON DELETE CASCADE, purpose TEXT NOT NULL, "
                "code_digest TEXT NOT NULL, expiration_time INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX auth_codes_lookup ON auth_codes(purpose, code_digest)"),
            QStringLiteral(
                "CREATE TABLE homes (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, "
                "timezone TEXT NOT NULL DEFAULT '', deactivated INTEGER NOT NULL DEFAULT 0, "
                "creation_time INTEGER NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE members (home_id INTEGER NOT NULL REFERENCES homes(id) ON DELETE "
                "CASCADE, user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE, "
                "role TEXT NOT NULL, creation_time INTEGER NOT NULL, PRIMARY KEY (home_id, "
                "user_id))"),
            QStringLiteral("CREATE INDEX members_by_user ON members(user_id)"),
            QStringLiteral(
                "CREATE TABLE smart_modules (home_id INTEGER NOT NULL REFERENCES homes(id) ON "
                "DELETE CASCADE, id TEXT NOT NULL, module_type TEXT NOT NULL, description TEXT "
                "NOT NULL, suspended INTEGER NOT NULL DEFAULT 0, creation_time INTEGER NOT NULL, "
                "PRIMARY KEY (home_id, id))"),
            QStringLiteral(
                "CREATE TABLE kv (home_id INTEGER NOT NULL REFERENCES homes(id) ON DELETE "
                "CASCADE, key TEXT NOT NULL, value TEXT NOT NULL, modification_time INTEGER NOT "
                "NULL, PRIMARY KEY (home_id, key))"),
            QStringLiteral(
                "CREATE TABLE devices (id INTEGER PRIMARY KEY AUTOINCREMENT, home_id INTEGER "
                "REFERENCES homes(id) ON DELETE SET NULL, device_class TEXT NOT NULL, name TEXT "
                "NOT NULL DEFAULT '', tag TEXT NOT NULL DEFAULT '', key_digest TEXT NOT NULL "
                "UNIQUE, claim_code TEXT UNIQUE, claim_time INTEGER NOT NULL DEFAULT 0, "
                "claim_expiration_time INTEGER NOT NULL DEFAULT 0, last_connect_time INTEGER NOT "
                "NULL DEFAULT 0, last_disconnect_time INTEGER NOT NULL DEFAULT 0, "
                "last_command_time INTEGER NOT NULL DEFAULT 0, last_event_time INTEGER NOT NULL "
                "DEFAULT 0, simulated INTEGER NOT NULL DEFAULT 0, creation_time INTEGER NOT "
                "NULL)"),
            QStringLiteral("CREATE INDEX devices_by_home ON devices(home_id)"),
            QStringLiteral(
                "CREATE TABLE provisioning_tokens (token_digest TEXT PRIMARY KEY, home_id INTEGER "
                "NOT NULL REFERENCES homes(id) ON DELETE CASCADE, device_class TEXT NOT NULL, "
                "tag TEXT NOT NULL DEFAULT '', expiration_time INTEGER NOT NULL, device_id "
                "INTEGER)"),
            QStringLiteral(
                "CREATE TABLE project_keys (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT "
                "NULL, key_digest TEXT NOT NULL UNIQUE, permissions TEXT NOT NULL, "
                "creation_time INTEGER NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, channel TEXT NOT "
                "NULL, recipient TEXT NOT NULL, purpose TEXT NOT NULL, code TEXT, token TEXT, "
                "text TEXT NOT NULL, time INTEGER NOT NULL)"),
        },
        {
            // 2: Smart Modules say which events they take; the TSDB module's data.
            QStringLiteral("ALTER TABLE smart_modules ADD COLUMN subscribed_events TEXT NOT NULL "
                           "DEFAULT '[\"*\"]'"),
            QStringLiteral(
                "CREATE TABLE tsdb_series (id INTEGER PRIMARY KEY AUTOINCREMENT, home_id INTEGER "
                "NOT NULL, module_id TEXT NOT NULL, series_id TEXT NOT NULL, time_zone TEXT NOT "
                "NULL DEFAULT 'UTC', UNIQUE (home_id, module_id, series_id), FOREIGN KEY "
                "(home_id, module_id) REFERENCES smart_modules(home_id, id) ON DELETE CASCADE)"),
            QStringLiteral(
                "CREATE TABLE tsdb_points (series INTEGER NOT NULL REFERENCES tsdb_series(id) ON "
                "DELETE CASCADE, ts INTEGER NOT NULL, value REAL NOT NULL, PRIMARY KEY (series, "
                "ts)) WITHOUT ROWID"),
            // Per-minute (level 0) and per-hour (level 1) count, sum, min and max, kept
            // as points arrive: an aggregated read of 30 days reads 720 rows, not 2.6 M.
            QStringLiteral(
                "CREATE TABLE tsdb_rollups (series INTEGER NOT NULL REFERENCES tsdb_series(id) ON "
                "DELETE CASCADE, level INTEGER NOT NULL, bucket INTEGER NOT NULL, count INTEGER "
                "NOT NULL, sum REAL NOT NULL, min REAL NOT NULL, max REAL NOT NULL, PRIMARY KEY "
                "(series, level, bucket)) WITHOUT ROWID"),
            QStringLiteral(
                "CREATE TABLE tsdb_collections (id INTEGER PRIMARY KEY AUTOINCREMENT, home_id "
                "INTEGER NOT NULL, module_id TEXT NOT NULL, collection_id TEXT NOT NULL, "
                "time_zone TEXT NOT NULL DEFAULT 'UTC', value_names TEXT NOT NULL DEFAULT '[]', "
                "tag_names TEXT NOT NULL DEFAULT '[]', UNIQUE (home_id, module_id, "
                "collection_id), FOREIGN KEY (home_id, module_id) REFERENCES "
                "smart_modules(home_id, id) ON DELETE CASCADE)"),
            QStringLiteral(
                "CREATE TABLE tsdb_collection_points (collection INTEGER NOT NULL REFERENCES "
                "tsdb_collections(id) ON DELETE CASCADE, ts INTEGER NOT NULL, vals TEXT NOT NULL, "
                "tags TEXT NOT NULL, PRIMARY KEY (collection, ts)) WITHOUT ROWID"),
        },
    };
    return steps;
}

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("modedesk-sandbox-%1").arg(counter.fetchAndAddRelaxed(1));
}

}  // namespace

SandboxDatabase::~SandboxDatabase()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int SandboxDatabase::schemaVersion()
{
    return static_cast<int>(migrations().size());
}

bool SandboxDatabase::open(const QString &path)
{
    if (path != QLatin1String(":memory:") && !lockFile(path))
        return false;
    m_connectionName = nextConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        m_error = QStringLiteral("cannot open %1: %2").arg(path, db.lastError().text());
        return false;
    }
    try {
        exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
        if (path != QLatin1String(":memory:")) {
            exec(QStringLiteral("PRAGMA journal_mode = WAL"));
            exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        }
        return migrate();
    } catch (const DatabaseError &error) {
        m_error = QString::fromUtf8(error.what());
        return false;
    }
}

bool SandboxDatabase::lockFile(const QString &path)
{
    // Two sandboxes on one file would each think they own it (demo seeding,
    // sockets, ids): the second one is refused. A lock left by a process that
    // died (kill -9) is stale and taken over.
    m_lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    m_lock->setStaleLockTime(0);  // stale only when its process is gone
    if (m_lock->tryLock(0))
        return true;
    qint64 pid = 0;
    QString host, app;
    m_lock->getLockInfo(&pid, &host, &app);
    m_error = m_lock->error() == QLockFile::LockFailedError
                  ? QStringLiteral(
                        "the database %1 is in use by another sandbox (%2, process %3 "
                        "on %4): stop it, or start this one with another --db file")
                        .arg(QDir::toNativeSeparators(path),
                             app.isEmpty() ? QStringLiteral("modedesk-sandbox") : app)
                        .arg(pid)
                        .arg(host)
                  : QStringLiteral(
                        "cannot lock the database %1 (%2.lock): check the folder's "
                        "permissions")
                        .arg(QDir::toNativeSeparators(path), path);
    m_lock.reset();
    return false;
}

bool SandboxDatabase::migrate()
{
    const int current = scalar(QStringLiteral("PRAGMA user_version")).toInt();
    const int target = schemaVersion();
    if (current > target) {
        m_error = QStringLiteral(
                      "the database has schema version %1, newer than this sandbox knows (%2); "
                      "use a newer modedesk-sandbox or another --db file")
                      .arg(current)
                      .arg(target);
        return false;
    }
    for (int version = current; version < target; ++version) {
        Transaction transaction(*this);
        for (const QString &statement : migrations().at(version))
            exec(statement);
        exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1));
        transaction.commit();
        qCInfo(lcSandbox) << "database schema migrated to version" << version + 1;
    }
    return true;
}

QSqlQuery SandboxDatabase::exec(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery query = prepared(sql);
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    run(query);
    return query;
}

QSqlQuery SandboxDatabase::prepared(const QString &sql) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.prepare(sql))
        throw DatabaseError(QStringLiteral("prepare failed: %1 in %2")
                                .arg(query.lastError().text(), sql)
                                .toStdString());
    return query;
}

void SandboxDatabase::run(QSqlQuery &query)
{
    if (!query.exec())
        throw DatabaseError(QStringLiteral("query failed: %1 in %2")
                                .arg(query.lastError().text(), query.lastQuery())
                                .toStdString());
}

QVariant SandboxDatabase::scalar(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery query = exec(sql, binds);
    return query.next() ? query.value(0) : QVariant();
}

QString SandboxDatabase::meta(const QString &key) const
{
    return scalar(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key}).toString();
}

void SandboxDatabase::setMeta(const QString &key, const QString &value) const
{
    exec(QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?) "
                        "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
         {key, value});
}

bool SandboxDatabase::transaction() const
{
    return QSqlDatabase::database(m_connectionName, false).transaction();
}

bool SandboxDatabase::commit() const
{
    return QSqlDatabase::database(m_connectionName, false).commit();
}

void SandboxDatabase::rollback() const
{
    QSqlDatabase::database(m_connectionName, false).rollback();
}

}  // namespace ModeDesk::Sandbox
