// Writes the seed corpora of the model-file and session-file fuzzers: a small trained run of every
// registered detector on the demo data, as a model file and as a session without its checksum (the
// session fuzzer appends one). usage: fuzz_seeds MODEL_DIR SESSION_DIR
#include <filesystem>
#include <fstream>
#include <sstream>

#include "models/DetectorRegistry.h"
#include "pipeline/ModelFile.h"
#include "pipeline/SessionFile.h"

int main(int argc, char **argv)
{
    if (argc != 3)
        return 2;
    awb::RunSpec spec;
    spec.data.demo = true;
    spec.data.demoRows = 400;
    for (const auto &d : awb::detectorRegistry().all())
        spec.detectors.push_back(awb::defaultDetectorSpec(d->id()));
    for (awb::DetectorSpec &d : spec.detectors) {
        if (d.detector == "iforest")
            d.params["trees"] = std::int64_t{3};
        if (d.detector == "autoencoder") {
            d.params["epochs"] = std::int64_t{1};
            d.params["encoder_layers"] = std::vector<std::int64_t>{4};
        }
    }
    const awb::PipelineOutput out = awb::Pipeline(spec).run();
    std::filesystem::create_directories(argv[1]);
    std::filesystem::create_directories(argv[2]);
    std::ofstream model(std::filesystem::path(argv[1]) / "seed.awbmodel", std::ios::binary);
    awb::writeModelFile(model, out.data->preprocessor, out.detectors);
    std::ostringstream session;
    awb::writeSession(session, {spec, "demo", out.result.dataset.fingerprint, awb::Json{{"tab", "iforest"}}},
                      &out.data->preprocessor, out.detectors);
    const std::string bytes = session.str();
    std::ofstream(std::filesystem::path(argv[2]) / "seed.awbsession", std::ios::binary)
        .write(bytes.data(), static_cast<std::streamsize>(bytes.size() - sizeof(std::uint64_t)));
    return model && session ? 0 : 1;
}
