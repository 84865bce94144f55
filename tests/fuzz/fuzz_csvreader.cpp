// libFuzzer target for the data layer: any bytes, written to a file, go through the import
// preview and the full load. An InputError (or a rejected parameter) is the expected answer to bad
// input; a crash, a sanitizer report, a hang or any other exception is a finding.
#include <cstdint>
#include <cstdio>
#include <stdexcept>
#include <string>

#include <unistd.h>

#include "common/InputError.h"
#include "data/DatasetLoader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const std::string path = "/tmp/awb-fuzz-" + std::to_string(::getpid()) + ".csv";
    if (std::FILE *f = std::fopen(path.c_str(), "wb")) {
        std::fwrite(data, 1, size, f);
        std::fclose(f);
    }
    try {
        awb::previewFile(path, {});
    } catch (const awb::InputError &) {
    }
    for (const auto missing : {awb::MissingPolicy::Impute, awb::MissingPolicy::DropRow}) {
        awb::LoadOptions options;
        options.trainFile = path;
        options.missing = missing;
        try {
            const awb::Dataset d = awb::loadDataset(options);
            if (d.features.rows() > 0)
                (void)d.originalRow(0);
        } catch (const awb::InputError &) {
        }
    }
    return 0;
}
