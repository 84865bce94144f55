// The model file container: magic, format version, the preprocessor, then each model as a kind
// byte followed by the model's own versioned record.
#include "pipeline/ModelFile.h"

#include <chrono>
#include <cstdint>
#include <fstream>

#include "common/BinaryStream.h"

namespace awb {
namespace {

constexpr char kMagic[8] = {'A', 'W', 'B', 'M', 'O', 'D', 'E', 'L'};
constexpr std::uint32_t kVersion = 1;

} // namespace

void saveModelFile(const std::string &path, const Preprocessor &preprocessor, const std::vector<ModelRun> &runs)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out)
        throw InputError(path, 0, 0, "Cannot write the model file.");
    BinaryWriter w(out);
    w.magic(kMagic);
    w.value<std::uint32_t>(kVersion);
    preprocessor.save(out);
    std::uint32_t count = 0;
    for (const ModelRun &run : runs)
        count += run.isolationForest || run.autoencoder;
    w.value<std::uint32_t>(count);
    for (const ModelRun &run : runs) {
        if (run.isolationForest) {
            w.value<std::uint8_t>(0);
            run.isolationForest->save(out);
        } else if (run.autoencoder) {
            w.value<std::uint8_t>(1);
            run.autoencoder->save(out);
        }
    }
    out.flush();
    if (!out)
        throw InputError(path, 0, 0, "Writing the model file failed (disk full?).");
}

ModelFile loadModelFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw InputError(path, 0, 0, "Cannot open the model file.");
    BinaryReader r(in, path, "The model file");
    r.expectMagic(kMagic, "This is not an Anomaly Workbench model file.");
    const auto version = r.value<std::uint32_t>();
    if (version != kVersion)
        throw InputError(path, 0, 0,
                         "The model file has format version " + std::to_string(version) + "; this program reads version " +
                             std::to_string(kVersion) + ".");
    ModelFile file;
    file.preprocessor = Preprocessor::load(in, path);
    const auto count = r.value<std::uint32_t>();
    if (count == 0 || count > 16)
        throw InputError(path, 0, 0, "The model file is damaged (it claims " + std::to_string(count) + " models).");
    for (std::uint32_t i = 0; i < count; ++i) {
        SavedModel model;
        const auto kind = r.value<std::uint8_t>();
        if (kind == 0) {
            model.kind = ModelKind::IsolationForest;
            model.isolationForest = std::make_shared<IsolationForest>(IsolationForest::load(in, path));
        } else if (kind == 1) {
            model.kind = ModelKind::Autoencoder;
            model.autoencoder = std::make_shared<Autoencoder>(Autoencoder::load(in, path));
        } else {
            throw InputError(path, 0, 0, "The model file is damaged (unknown model kind).");
        }
        file.models.push_back(std::move(model));
    }
    return file;
}

ModelRun scoreWithModel(const Dataset &data, const SavedModel &model, int threads, const ProgressFn &progress,
                        const CancelFlag *cancel)
{
    ModelRun run;
    run.kind = model.kind;
    const auto start = std::chrono::steady_clock::now();
    if (model.isolationForest) {
        run.isolationForestParams = model.isolationForest->params();
        run.trainScores = model.isolationForest->score(data.train(), threads, progress, cancel);
        run.testScores = model.isolationForest->score(data.test(), threads, progress, cancel);
        run.threshold = model.isolationForest->threshold();
        run.isolationForest = model.isolationForest;
    } else {
        run.autoencoderParams = model.autoencoder->params();
        run.history = model.autoencoder->history();
        run.trainScores = model.autoencoder->score(data.train(), threads);
        throwIfCancelled(cancel);
        run.testScores = model.autoencoder->score(data.test(), threads);
        run.threshold = model.autoencoder->threshold();
        run.autoencoder = model.autoencoder;
    }
    run.scoreSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    evaluateRun(data, run);
    return run;
}

} // namespace awb
