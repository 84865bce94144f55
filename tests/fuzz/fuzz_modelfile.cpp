// libFuzzer target for model files: any bytes go through readModelFile(), and what it returns
// scores a row. An InputError is the expected answer to bad input; a crash, a sanitizer report, a
// hang, an allocation past the RSS limit or any other exception is a finding. Seeds: fuzz_seeds.
#include <cstdint>
#include <sstream>
#include <string>

#include "common/InputError.h"
#include "common/Matrix.h"
#include "pipeline/ModelFile.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    std::istringstream in(std::string(reinterpret_cast<const char *>(data), size));
    try {
        const awb::ModelFile file = awb::readModelFile(in, "fuzz.awbmodel");
        for (const awb::SavedDetector &saved : file.detectors) {
            const awb::Matrix rows = awb::Matrix::Constant(2, static_cast<Eigen::Index>(saved.model->featureCount()), 0.5f);
            (void)saved.model->score(rows, 1, {}, nullptr);
            (void)saved.model->explain(rows.data());
        }
    } catch (const awb::InputError &) {
    }
    return 0;
}
