// Everything that decides how a dataset is read, typed and encoded. Plain values with their
// defaults here and only here; the CLI, the GUI and saved sessions all fill this struct.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "data/Schema.h"

namespace awb {

enum class MissingPolicy { Impute, DropRow, Fail };  // Impute = the training median
// Robust: (x - median) / interquartile range, as scikit-learn's RobustScaler.
enum class Scaling { MinMax, Standard, None, Robust };
// log1p before scaling: off, or for the heavy-tailed non-negative counters (bytes, packets,
// durations: see ColumnInfo::heavyTailed); a column can be switched either way by name.
enum class LogTransform { Off, HeavyTailed };

// A column named by its header name or by its 0-based index.
struct ColumnRef {
    std::string name;
    int index = -1;

    static ColumnRef parse(const std::string &text);  // trimmed; all digits -> index, otherwise name
    bool matches(int columnIndex, const std::string &columnName) const;
    bool operator==(const ColumnRef &) const = default;
};

struct ReadOptions {
    std::optional<char> delimiter;  // unset: detect among , ; tab |
    std::optional<bool> header;     // unset: detect
    bool operator==(const ReadOptions &) const = default;
};

struct LoadOptions {
    std::string trainFile;
    std::string testFile;           // empty: split trainFile
    double testFraction = 0.3;      // stratified split when no test file
    std::uint64_t seed = 42;
    // > 0: trainFile is read in one pass and only a uniform sample of this many of its data rows is
    // loaded (reservoir sampling with `seed`): training on a file larger than memory. The front ends
    // ask for kMinSampleRows to kMaxSampleRows.
    std::size_t sampleRows = 0;
    static constexpr std::size_t kMinSampleRows = 100, kMaxSampleRows = 1'000'000'000;
    ReadOptions read;

    std::optional<ColumnRef> label;          // unset: the last column named like a label, else none
    std::optional<ColumnRef> attackType;     // a second target for recall per attack type; unset: none
    std::vector<std::string> normalValues;   // empty: detect (normal, benign, 0, ...)
    std::vector<ColumnRef> ignore;
    // Explicit roles win over inference and over `label`/`ignore` (the GUI's per-column choice).
    std::vector<std::pair<ColumnRef, ColumnRole>> roleOverrides;

    MissingPolicy missing = MissingPolicy::Impute;
    // Defaults from measurements (README, "Scaling"): on NSL-KDD log1p of heavy-tailed counters
    // adds little ROC-AUC (+0.006) and moves ECOD's default threshold 0.10 from the best test F1, so
    // min-max without a log stays the default; on the generated data the log helps more.
    Scaling scaling = Scaling::MinMax;
    LogTransform log = LogTransform::Off;
    std::vector<std::pair<ColumnRef, bool>> logOverrides;  // per column: log1p on or off
    bool operator==(const LoadOptions &) const = default;
};

const char *nameOf(MissingPolicy policy);
const char *nameOf(Scaling scaling);
const char *nameOf(LogTransform log);

} // namespace awb
