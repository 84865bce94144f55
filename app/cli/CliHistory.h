// anomaly-cli's run history: recording a finished run (a warning, never a failure, when the
// history cannot take it), and the `history list|show|compare|delete` commands with their text
// tables or JSON.
#pragma once

#include <QCoreApplication>

#include <cstdint>
#include <memory>
#include <optional>

#include "CliOptions.h"
#include "history/RunHistory.h"
#include "pipeline/Pipeline.h"

class CliHistory {
    Q_DECLARE_TR_FUNCTIONS(CliHistory)

public:
    // The history the options name, opened for recording; null (after one warning line) when it
    // cannot be used or when --no-history was given.
    static std::unique_ptr<awb::RunHistory> openForRecording(const CliOptions &options);
    // Records a finished run (under a name that gives a sweep's settings of it); a failure is one
    // warning line. Returns the run's id.
    static std::optional<std::int64_t> record(awb::RunHistory *history, const CliOptions &options,
                                              const awb::PipelineOutput &out, const std::vector<std::string> &swept = {});
    // history list / show / compare / delete; returns the exit code.
    static int command(const CliOptions &options, const awb::CancelFlag *cancel);
};
