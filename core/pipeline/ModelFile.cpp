// The model file container: magic, format version, the preprocessor, then per detector its spec
// as JSON text, its threshold and training facts, and the detector's own versioned record.
#include "pipeline/ModelFile.h"

#include <cstdint>
#include <fstream>

#include "common/AtomicFile.h"
#include "common/BinaryStream.h"
#include "models/DetectorRegistry.h"
#include "pipeline/RunDocument.h"

namespace awb {
namespace {

constexpr char kMagic[8] = {'A', 'W', 'B', 'M', 'O', 'D', 'E', 'L'};
constexpr std::uint32_t kVersion = 3;
constexpr std::uint32_t kMaxDetectors = 64;

} // namespace

ModelFile modelFileOf(const Preprocessor &preprocessor, const std::vector<DetectorRun> &runs)
{
    ModelFile file{preprocessor, {}};
    for (const DetectorRun &run : runs) {
        if (!run.model)
            continue;
        const DetectorResult &r = run.result;
        file.detectors.push_back({r.spec, r.threshold, r.thresholdReason, r.thresholdPolicy, r.trainedRows,
                                  r.trainedOnNormalRows, r.history, run.model});
    }
    return file;
}

void writeModelFile(std::ostream &out, const Preprocessor &preprocessor, const std::vector<DetectorRun> &runs)
{
    BinaryWriter w(out);
    w.magic(kMagic);
    w.value<std::uint32_t>(kVersion);
    preprocessor.save(out);
    std::uint32_t count = 0;
    for (const DetectorRun &run : runs)
        count += run.model != nullptr;
    w.value<std::uint32_t>(count);
    for (const DetectorRun &run : runs) {
        if (!run.model)
            continue;
        const DetectorResult &r = run.result;
        w.string(jsonText(toJson(r.spec)));
        w.value(r.threshold);
        w.string(r.thresholdReason);
        w.string(r.thresholdPolicy.text());
        w.value<std::uint64_t>(r.trainedRows);
        w.value<std::uint8_t>(r.trainedOnNormalRows ? 1 : 0);
        w.string(jsonText(toJson(r.history)));
        run.model->save(out);
    }
}

void saveModelFile(const std::string &path, const Preprocessor &preprocessor, const std::vector<DetectorRun> &runs)
{
    writeFileAtomically(path, [&](std::ostream &out) { writeModelFile(out, preprocessor, runs); });
}

ModelFile loadModelFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw InputError(path, 0, 0, "Cannot open the model file.");
    return readModelFile(in, path);
}

ModelFile readModelFile(std::istream &in, const std::string &path)
{
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
    if (count == 0 || count > kMaxDetectors)
        throw InputError(path, 0, 0, "The model file is damaged (it claims " + std::to_string(count) + " detectors).");
    for (std::uint32_t i = 0; i < count; ++i) {
        SavedDetector saved;
        try {
            saved.spec = detectorSpecFromJson(parseJson(r.string()));
            saved.threshold = r.value<double>();
            saved.thresholdReason = r.string();
            saved.thresholdPolicy = ThresholdPolicy::parse(r.string());
            saved.trainedRows = r.value<std::uint64_t>();
            saved.trainedOnNormalRows = r.value<std::uint8_t>() != 0;
            saved.history = trainingHistoryFromJson(parseJson(r.string()));
        } catch (const InputError &e) {
            if (!e.file().empty())
                throw;
            throw InputError(path, 0, 0, "The model file is damaged: " + e.message());
        }
        saved.model = detectorRegistry().get(saved.spec.detector).load(in, path);
        if (saved.model->featureCount() != file.preprocessor.encodedWidth())
            throw InputError(path, 0, 0, "The model file is damaged: a detector's width does not match its preprocessing.");
        file.detectors.push_back(std::move(saved));
    }
    return file;
}

} // namespace awb
