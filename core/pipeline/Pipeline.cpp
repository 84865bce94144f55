// The one pipeline: data -> encoded matrices -> detector -> scores -> evaluation. Each step is a
// function the GUI can also call on its own thread; runPipeline() chains them for the CLI.
#include "pipeline/Pipeline.h"

#include <chrono>
#include <filesystem>
#include <thread>

#include "data/DatasetLoader.h"
#include "data/SyntheticTraffic.h"

namespace awb {
namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

int resolveThreads(int configured, int modelThreads)
{
    const int threads = configured > 0 ? configured : modelThreads;
    if (threads > 0)
        return threads;
    return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

// The autoencoder learns what normal looks like: by default only the labelled-normal training rows.
bool trainsOn(const Dataset &data, TrainOn trainOn, std::size_t trainRow)
{
    return trainOn == TrainOn::AllRows || !data.labelled() || data.isAnomaly[trainRow] == 0;
}

Matrix autoencoderTrainingRows(const Dataset &data, TrainOn trainOn)
{
    const ConstMatrixRef train = data.train();
    std::size_t count = 0;
    for (std::size_t i = 0; i < data.trainRows; ++i)
        count += trainsOn(data, trainOn, i);
    if (count == data.trainRows)
        return train;
    Matrix rows(static_cast<Eigen::Index>(count), train.cols());
    Eigen::Index out = 0;
    for (std::size_t i = 0; i < data.trainRows; ++i)
        if (trainsOn(data, trainOn, i))
            rows.row(out++) = train.row(static_cast<Eigen::Index>(i));
    return rows;
}

void trainIsolationForest(const Dataset &data, const PipelineConfig &config, ModelRun &run,
                          const ProgressFn &progress, const CancelFlag *cancel)
{
    IsolationForestParams params = config.isolationForest;
    params.threads = resolveThreads(config.threads, params.threads);
    run.isolationForestParams = params;

    auto start = Clock::now();
    auto model = std::make_shared<IsolationForest>(IsolationForest::fit(data.train(), params, progress, cancel));
    run.fitSeconds = secondsSince(start);

    start = Clock::now();
    run.trainScores = model->score(data.train(), params.threads, progress, cancel);
    run.testScores = model->score(data.test(), params.threads, progress, cancel);
    run.scoreSeconds = secondsSince(start);
    run.threshold = model->threshold();
    run.isolationForest = std::move(model);
}

void trainAutoencoder(const Dataset &data, const PipelineConfig &config, ModelRun &run,
                      const ProgressFn &progress, const CancelFlag *cancel)
{
    AutoencoderParams params = config.autoencoder;
    params.threads = resolveThreads(config.threads, params.threads);
    run.autoencoderParams = params;

    auto start = Clock::now();
    const Matrix rows = autoencoderTrainingRows(data, params.trainOn);
    auto model = std::make_shared<Autoencoder>(Autoencoder::fit(rows, params, progress, cancel));
    run.fitSeconds = secondsSince(start);
    run.history = model->history();
    if (run.history.cancelled)
        return;  // best weights so far are kept in the model, but no scores are presented as a result

    start = Clock::now();
    run.trainScores = model->score(data.train(), params.threads);
    throwIfCancelled(cancel);
    // The threshold comes from the errors of the rows it trained on: a subset of the training scores.
    std::vector<float> trainedOn;
    for (std::size_t i = 0; i < data.trainRows; ++i)
        if (trainsOn(data, params.trainOn, i))
            trainedOn.push_back(run.trainScores[i]);
    model->calibrateThreshold(trainedOn);
    run.testScores = model->score(data.test(), params.threads);
    run.scoreSeconds = secondsSince(start);
    run.threshold = model->threshold();
    run.autoencoder = std::move(model);
}

} // namespace

void evaluateRun(const Dataset &data, ModelRun &run)
{
    if (!data.labelled())
        return;
    const std::span<const std::uint8_t> labels(data.isAnomaly);
    run.train = evaluate(labels.first(data.trainRows), run.trainScores, run.threshold);
    if (data.testRows() > 0)
        run.test = evaluate(labels.subspan(data.trainRows), run.testScores, run.threshold);
}

const char *toString(ModelKind kind)
{
    return kind == ModelKind::IsolationForest ? "isolation_forest" : "autoencoder";
}

std::string demoDatasetPath(const PipelineConfig &config)
{
    const auto name = "anomaly-workbench-demo-" + std::to_string(config.demoRows) + "-seed" +
                      std::to_string(config.demoSeed) + ".csv";
    return (std::filesystem::temp_directory_path() / name).string();
}

Dataset prepareData(const PipelineConfig &config, const ProgressFn &progress, const CancelFlag *cancel,
                    const Preprocessor *fitted)
{
    if (!config.useDemo)
        return loadDataset(config.data, progress, cancel, fitted);

    LoadOptions options = config.data;
    options.trainFile = demoDatasetPath(config);
    if (!std::filesystem::exists(options.trainFile)) {
        // Written beside and renamed into place, so that a concurrent reader never sees half a file.
        const std::string partial = options.trainFile + ".partial-" +
                                    std::to_string(std::hash<std::thread::id>()(std::this_thread::get_id()));
        writeSyntheticTrafficFile(partial, {config.demoRows, config.demoSeed, 0.1});
        std::filesystem::rename(partial, options.trainFile);
    }
    return loadDataset(options, progress, cancel, fitted);
}

ModelRun trainModel(const Dataset &data, ModelKind kind, const PipelineConfig &config,
                    const ProgressFn &progress, const CancelFlag *cancel)
{
    ModelRun run;
    run.kind = kind;
    if (kind == ModelKind::IsolationForest)
        trainIsolationForest(data, config, run, progress, cancel);
    else
        trainAutoencoder(data, config, run, progress, cancel);
    if (!run.history.cancelled)
        evaluateRun(data, run);
    return run;
}

RunResult runPipeline(const PipelineConfig &config, const ProgressFn &progress, const CancelFlag *cancel)
{
    RunResult result;
    const Dataset data = prepareData(config, progress, cancel);
    result.dataset = data.summary;
    for (const ModelKind kind : config.models)
        result.models.push_back(trainModel(data, kind, config, progress, cancel));
    return result;
}

} // namespace awb
