// The one pipeline: data -> encoded matrices -> detector -> scores -> threshold -> evaluation.
#include "pipeline/Pipeline.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <thread>

#include <unistd.h>

#include "common/InputError.h"
#include "common/Version.h"
#include "data/DatasetLoader.h"
#include "data/SyntheticTraffic.h"
#include "eval/Diagnostics.h"
#include "eval/NumberText.h"
#include "models/DetectorRegistry.h"
#include "pipeline/Fingerprint.h"
#include "pipeline/ModelFile.h"

namespace awb {
namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

void stepStarted(const PipelineObserver &observer, PipelineStep::Kind kind, const std::string &detector = {})
{
    if (observer.stepStarted)
        observer.stepStarted({kind, detector});
}

// The training rows a detector is fitted on: the labelled-normal ones for TrainOn::Normal.
std::vector<std::uint32_t> fittedRows(const Dataset &data, TrainOn trainOn)
{
    std::vector<std::uint32_t> rows;
    rows.reserve(data.trainRows);
    for (std::size_t i = 0; i < data.trainRows; ++i)
        if (trainOn == TrainOn::All || !data.labelled() || data.isAnomaly[i] == 0)
            rows.push_back(static_cast<std::uint32_t>(i));
    return rows;
}

std::vector<float> scoresOf(const std::vector<float> &scores, const std::vector<std::uint32_t> &rows)
{
    std::vector<float> picked;
    picked.reserve(rows.size());
    for (const std::uint32_t i : rows)
        picked.push_back(scores[i]);
    return picked;
}

ThresholdInputs thresholdInputs(const Dataset &data, const DetectorRun &run, const std::vector<float> &fittedScores)
{
    return {run.trainScores, std::span(data.isAnomaly).first(data.labelled() ? data.trainRows : 0), fittedScores,
            detectorRegistry().get(run.result.spec.detector).automaticThreshold(), {}};
}

} // namespace

std::string toString(const PipelineStep &step)
{
    switch (step.kind) {
    case PipelineStep::Kind::Load: return "load";
    case PipelineStep::Kind::Fit: return "fit " + step.detector;
    case PipelineStep::Kind::Score: return "score " + step.detector;
    case PipelineStep::Kind::Evaluate: return "evaluate " + step.detector;
    }
    return "";
}

ScoreSummary summarizeScores(std::span<const float> scores)
{
    ScoreSummary s;
    s.count = scores.size();
    if (scores.empty())
        return s;
    const auto [lo, hi] = std::minmax_element(scores.begin(), scores.end());
    s.min = *lo;
    s.max = *hi;
    double sum = 0.0;
    for (const float v : scores)
        sum += v;
    s.mean = sum / static_cast<double>(scores.size());
    s.median = percentile(scores, 50.0);
    return s;
}

DetectorSpec defaultDetectorSpec(const std::string &detectorId, const std::string &name)
{
    const Detector &detector = detectorRegistry().get(detectorId);
    DetectorSpec spec;
    spec.name = name.empty() ? detectorId : name;
    spec.detector = detectorId;
    spec.params = detector.schema().defaults();
    return spec;
}

double detectorSeconds(const std::vector<DetectorRun> &runs)
{
    double seconds = 0.0;
    for (const DetectorRun &run : runs)
        seconds += run.result.fitSeconds + run.result.scoreSeconds;
    return seconds;
}

std::string demoDatasetPath(const DataSpec &data)
{
    // Per user (a file another user wrote cannot be rewritten), each number named for what it is.
    const auto name = "anomaly-workbench-demo-" + std::to_string(data.demoRows) + "-rows-seed" + std::to_string(data.demoSeed) +
                      "-user" + std::to_string(getuid()) + ".csv";
    return (std::filesystem::temp_directory_path() / name).string();
}

Pipeline::Pipeline(RunSpec spec) : spec_(std::move(spec))
{
    if (spec_.threads <= 0)
        spec_.threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    // Settings a detector cannot use are refused before any data is read.
    for (std::size_t i = 0; i < spec_.detectors.size(); ++i) {
        const DetectorSpec &d = spec_.detectors[i];
        const Detector &detector = detectorRegistry().get(d.detector);
        if (d.threshold.kind == ThresholdPolicy::Kind::Automatic && !detector.automaticThreshold())
            throw InputError("", 0, 0, "\"" + d.name + "\" has no automatic threshold; use fixed, percentile or contamination.");
        for (std::size_t j = 0; j < i; ++j)
            if (spec_.detectors[j].name == d.name)
                throw InputError("", 0, 0, "Two detectors of the run are named \"" + d.name + "\".");
    }
}

Dataset Pipeline::load(const ProgressFn &progress, const CancelFlag *cancel, const Preprocessor *fitted) const
{
    LoadOptions options = spec_.data.load;
    if (spec_.data.demo) {
        // Written again when the file there is not the one written last (cut short or edited);
        // atomically, so a concurrent reader sees all of one version or the other.
        options.trainFile = demoDatasetPath(spec_.data);
        provideSyntheticTrafficFile(options.trainFile, {spec_.data.demoRows, spec_.data.demoSeed, 0.1});
    }
    Dataset data = loadDataset(options, progress, cancel, fitted);
    throwIfCancelled(cancel);
    data.summary.fingerprint = inputFingerprint(spec_.data, options.trainFile, cancel);
    return data;
}

DetectorRun Pipeline::train(const Dataset &data, const DetectorSpec &spec, const PipelineObserver &observer,
                            const CancelFlag *cancel) const
{
    const Detector &detector = detectorRegistry().get(spec.detector);
    DetectorRun run;
    DetectorResult &r = run.result;
    r.spec = spec;

    stepStarted(observer, PipelineStep::Kind::Fit, spec.name);
    auto start = Clock::now();
    const std::vector<std::uint32_t> rows = fittedRows(data, spec.trainOn);
    if (rows.size() < 2) {
        const std::string which = rows.size() < data.trainRows ? "normal training row" : "training row";
        throw InputError("", 0, 0, "\"" + spec.name + "\" has " + countText(rows.size()) + " " + which + (rows.size() == 1 ? "" : "s") +
                                       " to be fitted on; every detector needs at least two. Load more rows" +
                                       (which == "training row" ? "." : ", or fit on all training rows."));
    }
    r.trainedRows = rows.size();
    r.trainedOnNormalRows = rows.size() < data.trainRows;
    const TrainingRows fitted = rows.size() == data.trainRows ? TrainingRows(data.train()) : TrainingRows(data.train(), rows);
    const std::shared_ptr<const TrainedDetector> model = detector.fit(fitted, spec.params, spec_.threads, observer.progress, cancel);
    r.fitSeconds = secondsSince(start);
    r.history = model->history();
    r.fitted = model->fittedSummary();
    run.model = model;

    stepStarted(observer, PipelineStep::Kind::Score, spec.name);
    start = Clock::now();
    run.trainScores = model->score(data.train(), spec_.threads, observer.progress, cancel);
    run.testScores = model->score(data.test(), spec_.threads, observer.progress, cancel);
    r.scoreSeconds = secondsSince(start);

    stepStarted(observer, PipelineStep::Kind::Evaluate, spec.name);
    const ThresholdChoice choice = chooseThreshold(spec.threshold, thresholdInputs(data, run, scoresOf(run.trainScores, rows)));
    r.threshold = choice.threshold;
    r.thresholdPolicy = choice.policy;
    r.thresholdReason = choice.reasoning;
    evaluateRun(data, run);
    throwIfCancelled(cancel);
    return run;
}

DetectorRun Pipeline::score(const Dataset &data, const SavedDetector &saved, const PipelineObserver &observer,
                            const CancelFlag *cancel) const
{
    DetectorRun run;
    DetectorResult &r = run.result;
    r.spec = saved.spec;
    r.trainedRows = saved.trainedRows;
    r.trainedOnNormalRows = saved.trainedOnNormalRows;
    r.threshold = saved.threshold;
    r.thresholdPolicy = saved.thresholdPolicy;
    r.thresholdReason = saved.thresholdReason;
    r.history = saved.history;
    r.fitted = saved.model->fittedSummary();
    run.model = saved.model;
    stepStarted(observer, PipelineStep::Kind::Score, saved.spec.name);
    const auto start = Clock::now();
    run.trainScores = saved.model->score(data.train(), spec_.threads, observer.progress, cancel);
    run.testScores = saved.model->score(data.test(), spec_.threads, observer.progress, cancel);
    r.scoreSeconds = secondsSince(start);
    stepStarted(observer, PipelineStep::Kind::Evaluate, saved.spec.name);
    evaluateRun(data, run);
    throwIfCancelled(cancel);
    return run;
}

namespace {

DiagnosticFacts diagnosticFacts(const Dataset &data, const DetectorRun &run)
{
    const DetectorResult &r = run.result;
    DiagnosticFacts f;
    f.detector = detectorRegistry().get(r.spec.detector).displayName();
    f.trainedOnAllRows = !r.trainedOnNormalRows;
    f.trainRows = data.trainRows;
    f.trainAttacks = data.labelled() ? static_cast<std::size_t>(std::count(data.isAnomaly.begin(),
                                                                           data.isAnomaly.begin() + data.trainRows, 1))
                                     : 0;
    f.labelled = data.labelled();
    if (r.train)
        f.trainRocAuc = r.train->rocAuc;
    f.checkedTestRows = !run.testScores.empty();
    const std::vector<float> &checked = f.checkedTestRows ? run.testScores : run.trainScores;
    f.checkedRows = checked.size();
    if (f.labelled) {
        const auto first = data.isAnomaly.begin() + (f.checkedTestRows ? static_cast<std::ptrdiff_t>(data.trainRows) : 0);
        f.checkedAttacks = static_cast<std::size_t>(std::count(first, first + static_cast<std::ptrdiff_t>(checked.size()), 1));
    }
    f.flaggedRows = static_cast<std::size_t>(
        std::count_if(checked.begin(), checked.end(), [&](float s) { return s > r.threshold; }));
    f.thresholdPolicy = r.thresholdPolicy.text();
    return f;
}

} // namespace

void evaluateRun(const Dataset &data, DetectorRun &run)
{
    DetectorResult &r = run.result;
    r.trainScores = summarizeScores(run.trainScores);
    r.testScores = summarizeScores(run.testScores);
    if (!data.labelled()) {
        r.warnings = diagnose(diagnosticFacts(data, run));
        return;
    }
    // A part whose labels have one class only cannot be evaluated (no ROC, no precision-recall).
    const auto evaluated = [&](std::size_t first, std::size_t count, const std::vector<float> &scores) {
        const auto labels = std::span(data.isAnomaly).subspan(first, count);
        const auto anomalies = std::count(labels.begin(), labels.end(), std::uint8_t{1});
        if (anomalies == 0 || anomalies == std::ssize(labels))
            return std::optional<Evaluation>();
        Evaluation e = awb::evaluate(labels, scores, r.threshold);
        if (!data.labelCode.empty())
            e.byType = detectionByType(std::span(data.labelCode).subspan(first, count), data.labelValues, labels, scores,
                                       r.threshold);
        return std::optional(std::move(e));
    };
    r.train = evaluated(0, data.trainRows, run.trainScores);
    r.test = evaluated(data.trainRows, data.testRows(), run.testScores);
    r.warnings = diagnose(diagnosticFacts(data, run));
}

ThresholdChoice chooseThreshold(const Dataset &data, const DetectorRun &run, const ThresholdPolicy &policy)
{
    const std::vector<float> fitted = scoresOf(run.trainScores, fittedRows(data, run.result.spec.trainOn));
    return chooseThreshold(policy, thresholdInputs(data, run, fitted));
}

std::vector<PolicyComparison> compareThresholdPolicies(const Dataset &data, const DetectorRun &run,
                                                       const std::vector<ThresholdPolicy> &policies,
                                                       std::vector<thresholdrules::Cut> *cuts)
{
    const std::vector<float> fitted = scoresOf(run.trainScores, fittedRows(data, run.result.spec.trainOn));
    ThresholdInputs inputs = thresholdInputs(data, run, fitted);
    std::vector<thresholdrules::Cut> sorted = thresholdrules::cuts(inputs.trainScores, inputs.trainLabels);
    inputs.cuts = sorted;  // sorted once for every policy
    const auto testLabels = data.labelled() ? std::span(data.isAnomaly).subspan(data.trainRows) : std::span<const std::uint8_t>();
    std::vector<PolicyComparison> rows;
    for (const ThresholdPolicy &policy : policies)
        rows.push_back(comparePolicy(policy, inputs, run.testScores, testLabels));
    if (cuts)
        *cuts = std::move(sorted);
    return rows;
}

RunResult Pipeline::resultOf(const Dataset &data, const std::vector<DetectorRun> &runs, double seconds) const
{
    RunResult result;
    result.dataset = data.summary;
    result.appVersion = applicationVersion();
    result.threads = spec_.threads;
    result.seconds = seconds;
    for (const DetectorRun &run : runs)
        result.detectors.push_back(run.result);
    return result;
}

PipelineOutput Pipeline::run(const PipelineObserver &observer, const CancelFlag *cancel,
                             const std::vector<SavedDetector> *saved, const Preprocessor *fitted) const
{
    const auto start = Clock::now();
    PipelineOutput out;
    out.spec = spec_;
    stepStarted(observer, PipelineStep::Kind::Load);
    auto data = std::make_shared<Dataset>(load(observer.progress, cancel, fitted));
    out.data = data;
    if (observer.loaded)
        observer.loaded(*data);
    const auto finish = [&](DetectorRun run) {
        if (observer.detectorFinished)
            observer.detectorFinished(run);
        out.detectors.push_back(std::move(run));
    };
    if (saved) {
        out.spec.detectors.clear();
        for (const SavedDetector &s : *saved) {
            out.spec.detectors.push_back(s.spec);
            finish(score(*data, s, observer, cancel));
        }
    } else {
        for (const DetectorSpec &spec : spec_.detectors)
            finish(train(*data, spec, observer, cancel));
    }
    out.result = resultOf(*data, out.detectors, secondsSince(start));
    return out;
}

} // namespace awb
