// The analyst's preferences, kept with QSettings under "preferences/": the language, the defaults a
// new import and a detector's "Reset to defaults" start from, where the run history lives, how many
// threads training uses and the reports' page size. Empty or zero values mean "as the system has it".
#pragma once

#include <QPageSize>
#include <QString>

#include "data/LoadOptions.h"
#include "eval/ThresholdPolicy.h"

struct Preferences {
    QString language;                            // "" follows the system; otherwise "en", "de", "fr"
    awb::Scaling scaling = awb::Scaling::MinMax;  // of a file opened for the first time
    awb::ThresholdPolicy threshold;               // every detector's default policy
    QString historyFile;                         // "" = the default in the user's data folder
    int threads = 0;                              // 0 = every core
    QString pageSize;                            // "" follows the locale; "a4" or "letter"

    static Preferences load();
    void save() const;
    QString historyPath() const;   // historyFile, or the default
    QPageSize reportPageSize() const;
    bool operator==(const Preferences &) const = default;
};
