// The SQLite store behind RunHistory, on the sqlite3 C library (core/ has no Qt).
#include "history/RunHistory.h"

#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <thread>

#include "common/InputError.h"
#include "eval/NumberText.h"
#include "models/DetectorRegistry.h"
#include "pipeline/RunDocument.h"

namespace awb {
namespace {

constexpr int kApplicationId = 0x41574248;  // "AWBH"

// Schema migrations: entry i brings a database from version i to version i + 1.
const char *const kMigrations[] = {
    "CREATE TABLE runs ("
    "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
    "  created_at TEXT NOT NULL,"
    "  name TEXT NOT NULL,"
    "  note TEXT NOT NULL DEFAULT '',"
    "  fingerprint TEXT NOT NULL,"
    "  spec TEXT NOT NULL,"
    "  result TEXT NOT NULL,"
    "  details BLOB NOT NULL);"
    "CREATE TABLE models (run_id INTEGER PRIMARY KEY REFERENCES runs(id) ON DELETE CASCADE, data BLOB NOT NULL);"
    "CREATE INDEX runs_by_fingerprint ON runs(fingerprint);",
};
static_assert(std::size(kMigrations) == RunHistory::schemaVersion);

// One prepared statement; steps and column reads with the database's own error message.
class Statement {
public:
    Statement(sqlite3 *db, const char *sql) : db_(db)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr) != SQLITE_OK)
            throw std::runtime_error(sqlite3_errmsg(db));
    }
    ~Statement() { sqlite3_finalize(stmt_); }
    Statement &bind(int i, std::int64_t v) { return check(sqlite3_bind_int64(stmt_, i, v)); }
    Statement &bind(int i, const std::string &v) { return check(sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT)); }
    Statement &bind(int i, const std::vector<std::uint8_t> &v)
    {
        return check(sqlite3_bind_blob64(stmt_, i, v.data(), static_cast<sqlite3_uint64>(v.size()), SQLITE_TRANSIENT));
    }
    bool step()  // true: a row is ready
    {
        const int rc = sqlite3_step(stmt_);
        if (rc == SQLITE_ROW)
            return true;
        if (rc == SQLITE_DONE)
            return false;
        throw std::runtime_error(sqlite3_errmsg(db_));
    }
    std::int64_t integer(int i) const { return sqlite3_column_int64(stmt_, i); }
    std::string text(int i) const
    {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(stmt_, i));
        return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, i))) : std::string();
    }
    std::vector<std::uint8_t> blob(int i) const
    {
        const auto *p = static_cast<const std::uint8_t *>(sqlite3_column_blob(stmt_, i));
        return p ? std::vector<std::uint8_t>(p, p + sqlite3_column_bytes(stmt_, i)) : std::vector<std::uint8_t>();
    }

private:
    Statement &check(int rc)
    {
        if (rc != SQLITE_OK)
            throw std::runtime_error(sqlite3_errmsg(db_));
        return *this;
    }
    sqlite3 *db_;
    sqlite3_stmt *stmt_ = nullptr;
};

std::int64_t pragma(sqlite3 *db, const char *name)
{
    Statement s(db, (std::string("PRAGMA ") + name).c_str());
    return s.step() ? s.integer(0) : 0;
}

void exec(sqlite3 *db, const char *sql)
{
    char *error = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
        const std::string message = error ? error : sqlite3_errmsg(db);
        sqlite3_free(error);
        throw std::runtime_error(message);
    }
}

std::string nowUtc()
{
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

bool writable(const std::string &path)
{
    struct stat st{};
    if (::stat(path.c_str(), &st) != 0)
        return true;  // not there yet: created on open
    // Write bits, not access(): a root user may write anything, but a file marked read-only stays so.
    return (st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) != 0 && ::access(path.c_str(), W_OK) == 0;
}

} // namespace

std::string defaultRunName(const RunSpec &spec, const DatasetSummary &dataset, const std::vector<std::string> &swept)
{
    std::string name = spec.data.demo ? "demo data"
                                      : std::filesystem::path(spec.data.load.trainFile).filename().string();
    if (dataset.sampledRows > 0)  // a sample's figures are not the whole file's: said where runs are listed
        name += " (a sample of " + countText(dataset.sampledRows) + " rows)";
    name += ":";
    for (std::size_t i = 0; i < spec.detectors.size(); ++i)
        name += (i ? ", " : " ") + spec.detectors[i].name;
    for (std::size_t i = 0; i < swept.size(); ++i)
        name += (i ? ", " : " (") + swept[i] + (i + 1 == swept.size() ? ")" : "");
    return name;
}

namespace {

// Opening a database another process is creating at the same moment (journal mode, schema) needs
// locks for which SQLite reports "locked" at once instead of waiting in its busy handler: such
// steps are tried again for up to 15 seconds.
template <typename Step>
void retryWhileLocked(const Step &step)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(15);
    for (int attempt = 0;; ++attempt) {
        try {
            step();
            return;
        } catch (const std::runtime_error &e) {
            if (std::string(e.what()).find("locked") == std::string::npos || std::chrono::steady_clock::now() > deadline)
                throw;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5 + (attempt * 7) % 31));
    }
}

} // namespace

std::string defaultHistoryPath()
{
    const char *dataHome = std::getenv("XDG_DATA_HOME");
    std::filesystem::path base;
    if (dataHome && *dataHome)
        base = dataHome;
    else if (const char *home = std::getenv("HOME"); home && *home)
        base = std::filesystem::path(home) / ".local" / "share";
    else
        base = std::filesystem::temp_directory_path();
    return (base / "AnomalyWorkbench" / "Anomaly Workbench" / "history.sqlite").string();
}

RunHistory::RunHistory(const std::string &path, Access access) : path_(path)
{
    const bool readOnly = access == Access::ReadOnly;
    if (!readOnly) {
        if (!writable(path))
            throw InputError(path, 0, 0, "The run history is read-only; it was left as it is.");
        std::error_code error;
        const auto folder = std::filesystem::path(path).parent_path();
        if (!folder.empty())
            std::filesystem::create_directories(folder, error);
    } else if (!std::filesystem::exists(path)) {
        throw InputError(path, 0, 0, "There is no run history here yet.");
    }
    const int flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    if (sqlite3_open_v2(path.c_str(), &db_, flags, nullptr) != SQLITE_OK) {
        const std::string why = db_ ? sqlite3_errmsg(db_) : "out of memory";
        sqlite3_close(db_);
        db_ = nullptr;
        throw InputError(path, 0, 0, "Cannot open the run history: " + why + ".");
    }
    sqlite3_busy_timeout(db_, 15000);
    try {
        retryWhileLocked([&] { validateAndMigrate(readOnly); });
    } catch (const InputError &) {
        sqlite3_close(db_);
        db_ = nullptr;
        throw;
    } catch (const std::exception &e) {
        sqlite3_close(db_);
        db_ = nullptr;
        const std::string why = e.what();
        throw InputError(path, 0, 0, why.find("locked") != std::string::npos
                                         ? "The run history stayed locked by another program; it was left as it is."
                                         : "The run history cannot be used (" + why + "); it may be damaged. It was left as it is.");
    }
}

void RunHistory::validateAndMigrate(bool readOnly)
{
    // One statement reads all three from one snapshot, so a history another process is creating
    // right now is never seen half made (tables present, application id not yet set).
    std::int64_t app = 0, version = 0, tables = 0;
    {
        Statement header(db_, "SELECT (SELECT application_id FROM pragma_application_id), "
                              "(SELECT user_version FROM pragma_user_version), (SELECT count(*) FROM sqlite_master)");
        header.step();
        app = header.integer(0);
        version = header.integer(1);
        tables = header.integer(2);
    }
    if (app != kApplicationId && (app != 0 || tables != 0))
        throw InputError(path_, 0, 0, "This is not an Anomaly Workbench run history; it was left as it is.");
    if (version > schemaVersion)
        throw InputError(path_, 0, 0,
                         "The run history was written by a newer Anomaly Workbench (schema " + std::to_string(version) +
                             "; this one reads up to " + std::to_string(schemaVersion) + "); it was left as it is.");
    if (readOnly) {
        if (version < schemaVersion)
            throw InputError(path_, 0, 0,
                             "The run history is empty or from an older version; open it read-write first.");
        return;
    }
    exec(db_, "PRAGMA journal_mode=WAL");
    exec(db_, "PRAGMA foreign_keys=ON");
    migrate();
}

RunHistory::~RunHistory()
{
    sqlite3_close(db_);
}

void RunHistory::fail(const std::string &what) const
{
    throw InputError(path_, 0, 0, "The run history: " + what + ".");
}

void RunHistory::write(const std::function<void()> &statements)
{
    try {
        exec(db_, "BEGIN IMMEDIATE");
        try {
            statements();
            exec(db_, "COMMIT");
        } catch (...) {
            sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
            throw;
        }
    } catch (const InputError &) {
        throw;
    } catch (const std::exception &e) {
        fail(e.what());
    }
}

void RunHistory::migrate()
{
    write([&] {
        const std::int64_t version = pragma(db_, "user_version");
        for (std::int64_t v = version; v < schemaVersion; ++v)
            exec(db_, kMigrations[v]);
        if (version < schemaVersion) {
            exec(db_, ("PRAGMA user_version=" + std::to_string(schemaVersion)).c_str());
            exec(db_, ("PRAGMA application_id=" + std::to_string(kApplicationId)).c_str());
        }
    });
}

std::int64_t RunHistory::record(const RunSpec &spec, const RunResult &result, const RunDetails &details,
                                const std::string &name, const std::vector<std::uint8_t> *models)
{
    std::int64_t id = 0;
    write([&] {
        Statement insert(db_, "INSERT INTO runs(created_at, name, fingerprint, spec, result, details) VALUES (?, ?, ?, ?, ?, ?)");
        insert.bind(1, nowUtc()).bind(2, name.empty() ? defaultRunName(spec, result.dataset) : name).bind(3, result.dataset.fingerprint);
        insert.bind(4, jsonText(toJson(spec))).bind(5, jsonText(toJson(result))).bind(6, toCbor(details));
        insert.step();
        id = sqlite3_last_insert_rowid(db_);
        if (models) {
            Statement model(db_, "INSERT INTO models(run_id, data) VALUES (?, ?)");
            model.bind(1, id).bind(2, *models);
            model.step();
        }
    });
    return id;
}

namespace {

const char *const kEntryColumns =
    "SELECT id, created_at, name, note, spec, result, EXISTS(SELECT 1 FROM models WHERE run_id = runs.id) FROM runs";

HistoryEntry entryOf(const Statement &s)
{
    HistoryEntry e;
    e.id = s.integer(0);
    e.createdAt = s.text(1);
    e.name = s.text(2);
    e.note = s.text(3);
    e.spec = runSpecFromJson(parseJson(s.text(4)));
    e.result = runResultFromJson(parseJson(s.text(5)));
    e.hasModels = s.integer(6) != 0;
    return e;
}

} // namespace

std::vector<HistoryEntry> RunHistory::list() const
{
    try {
        std::vector<HistoryEntry> entries;
        Statement s(db_, (std::string(kEntryColumns) + " ORDER BY id DESC").c_str());
        while (s.step())
            entries.push_back(entryOf(s));
        return entries;
    } catch (const InputError &e) {
        fail(e.message());
    } catch (const std::exception &e) {
        fail(e.what());
    }
}

HistoryEntry RunHistory::get(std::int64_t id) const
{
    try {
        Statement s(db_, (std::string(kEntryColumns) + " WHERE id = ?").c_str());
        s.bind(1, id);
        if (!s.step())
            fail("there is no run " + std::to_string(id));
        return entryOf(s);
    } catch (const InputError &) {
        throw;
    } catch (const std::exception &e) {
        fail(e.what());
    }
}

RunDetails RunHistory::details(std::int64_t id) const
{
    try {
        Statement s(db_, "SELECT details FROM runs WHERE id = ?");
        s.bind(1, id);
        if (!s.step())
            fail("there is no run " + std::to_string(id));
        return runDetailsFromCbor(s.blob(0));
    } catch (const InputError &) {
        throw;
    } catch (const std::exception &e) {
        fail(e.what());
    }
}

std::optional<std::vector<std::uint8_t>> RunHistory::models(std::int64_t id) const
{
    try {
        Statement s(db_, "SELECT data FROM models WHERE run_id = ?");
        s.bind(1, id);
        if (!s.step())
            return std::nullopt;
        return s.blob(0);
    } catch (const std::exception &e) {
        fail(e.what());
    }
}

void RunHistory::rename(std::int64_t id, const std::string &name)
{
    write([&] {
        Statement s(db_, "UPDATE runs SET name = ? WHERE id = ?");
        s.bind(1, name).bind(2, id);
        s.step();
        if (sqlite3_changes(db_) == 0)
            fail("there is no run " + std::to_string(id));
    });
}

void RunHistory::setNote(std::int64_t id, const std::string &note)
{
    write([&] {
        Statement s(db_, "UPDATE runs SET note = ? WHERE id = ?");
        s.bind(1, note).bind(2, id);
        s.step();
        if (sqlite3_changes(db_) == 0)
            fail("there is no run " + std::to_string(id));
    });
}

void RunHistory::remove(std::int64_t id)
{
    write([&] {
        Statement s(db_, "DELETE FROM runs WHERE id = ?");
        s.bind(1, id);
        s.step();
        if (sqlite3_changes(db_) == 0)
            fail("there is no run " + std::to_string(id));
    });
}

} // namespace awb
