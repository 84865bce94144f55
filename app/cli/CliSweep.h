// `anomaly-cli sweep --grid ...`: every combination of the grid's settings as one run on data
// loaded once, each recorded in the history, then one table of settings and test metrics.
#pragma once

#include <QCoreApplication>

#include "CliOptions.h"
#include "common/Progress.h"

class CliSweep {
    Q_DECLARE_TR_FUNCTIONS(CliSweep)

public:
    // Throws Cancelled (the finished points are recorded) and InputError.
    static void run(const CliOptions &options, const awb::CancelFlag *cancel);
};
