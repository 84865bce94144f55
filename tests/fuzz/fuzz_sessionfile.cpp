// libFuzzer target for session files. A session ends in a checksum of everything before it, so a
// mutated input would almost always stop there; the input is therefore read twice: as it is, and
// with a correct checksum appended, which takes the bytes through the header's JSON and the model
// file inside. An InputError is the expected answer; anything else is a finding. Seeds: fuzz_seeds.
#include <xxhash.h>

#include <cstdint>
#include <sstream>
#include <string>

#include "common/InputError.h"
#include "pipeline/SessionFile.h"

namespace {

void read(const std::string &bytes)
{
    std::istringstream in(bytes);
    try {
        const awb::Session session = awb::readSession(in, "fuzz.awbsession");
        (void)awb::jsonText(session.header.view);
    } catch (const awb::InputError &) {
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    std::string bytes(reinterpret_cast<const char *>(data), size);
    read(bytes);
    const std::uint64_t checksum = XXH3_64bits(bytes.data(), bytes.size());
    bytes.append(reinterpret_cast<const char *>(&checksum), sizeof checksum);
    read(bytes);
    return 0;
}
