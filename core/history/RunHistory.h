// The run history: every completed run, from the GUI and from the CLI, in one SQLite database.
// A run is stored as its RunSpec and RunResult (JSON), its RunDetails (curves, histograms, flagged
// rows) and optionally its trained models, with a name and a note the user can edit. The schema
// carries a version (PRAGMA user_version) and is migrated forward on open; a database from a newer
// version, a damaged file or a file of another kind is refused with a sentence and left untouched.
// WAL mode, writes in IMMEDIATE transactions with a busy timeout, so several processes can record
// at once.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "history/RunDetails.h"
#include "pipeline/RunSpec.h"

struct sqlite3;

namespace awb {

struct HistoryEntry {
    std::int64_t id = 0;
    std::string createdAt;  // ISO 8601, UTC
    std::string name;
    std::string note;
    RunSpec spec;
    RunResult result;
    bool hasModels = false;
};

// "<data file>: <detectors>", and a sweep's settings of the run after them
// ("flows.csv: iforest (iforest.trees=50)").
std::string defaultRunName(const RunSpec &spec, const DatasetSummary &dataset, const std::vector<std::string> &swept = {});

class RunHistory {
public:
    static constexpr int schemaVersion = 1;
    enum class Access { ReadWrite, ReadOnly };

    // Opens (creating or migrating it for ReadWrite) or throws InputError naming the file.
    explicit RunHistory(const std::string &path, Access access = Access::ReadWrite);
    ~RunHistory();
    RunHistory(const RunHistory &) = delete;
    RunHistory &operator=(const RunHistory &) = delete;

    const std::string &path() const { return path_; }

    // Records a completed run; an empty name becomes defaultRunName's. Returns its id.
    std::int64_t record(const RunSpec &spec, const RunResult &result, const RunDetails &details,
                        const std::string &name = {}, const std::vector<std::uint8_t> *models = nullptr);
    std::vector<HistoryEntry> list() const;  // newest first
    HistoryEntry get(std::int64_t id) const;
    RunDetails details(std::int64_t id) const;
    std::optional<std::vector<std::uint8_t>> models(std::int64_t id) const;
    void rename(std::int64_t id, const std::string &name);
    void setNote(std::int64_t id, const std::string &note);
    void remove(std::int64_t id);

private:
    void validateAndMigrate(bool readOnly);  // refuses what it must not touch, then brings the schema up to date
    void migrate();
    void write(const std::function<void()> &statements);
    [[noreturn]] void fail(const std::string &what) const;

    std::string path_;
    sqlite3 *db_ = nullptr;
};

// Where the history lives by default: the XDG data home's "AnomalyWorkbench/Anomaly Workbench"
// folder, which is QStandardPaths::AppDataLocation for the GUI.
std::string defaultHistoryPath();

} // namespace awb
