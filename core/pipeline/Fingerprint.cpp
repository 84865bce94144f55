// Streams each file through XXH3 in 1 MiB reads; the options are hashed as their JSON text.
#include "pipeline/Fingerprint.h"

#include <xxhash.h>

#include <cstdio>
#include <memory>
#include <vector>

#include "common/InputError.h"
#include "common/Translatable.h"
#include "pipeline/RunDocument.h"

namespace awb {
namespace {

std::uint64_t hashFile(const std::string &path, const CancelFlag *cancel)
{
    std::unique_ptr<XXH3_state_t, XXH_errorcode (*)(XXH3_state_t *)> state(XXH3_createState(), &XXH3_freeState);
    XXH3_64bits_reset(state.get());
    std::unique_ptr<FILE, int (*)(FILE *)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
    if (!file)
        throw InputError(path, 0, 0, "Cannot open the file.");
    std::vector<char> buffer(1 << 20);
    std::size_t read = 0;
    while ((read = std::fread(buffer.data(), 1, buffer.size(), file.get())) > 0) {
        throwIfCancelled(cancel);
        XXH3_64bits_update(state.get(), buffer.data(), read);
    }
    if (std::ferror(file.get()))
        throw InputError(path, 0, 0, "Reading the file failed.");
    return XXH3_64bits_digest(state.get());
}

std::string hex(std::uint64_t value)
{
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(value));
    return text;
}

std::vector<std::string> parts(const std::string &fingerprint)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= fingerprint.size()) {
        const auto dash = fingerprint.find('-', start);
        out.push_back(fingerprint.substr(start, dash == std::string::npos ? std::string::npos : dash - start));
        if (dash == std::string::npos)
            break;
        start = dash + 1;
    }
    return out;
}

} // namespace

std::string inputFingerprint(const DataSpec &data, const std::string &trainFile, const CancelFlag *cancel)
{
    LoadOptions options = data.load;
    options.trainFile.clear();
    options.testFile = options.testFile.empty() ? "" : "separate";
    const std::string text = jsonText(toJson(options));
    return hex(hashFile(trainFile, cancel)) + "-" + hex(data.load.testFile.empty() ? 0 : hashFile(data.load.testFile, cancel)) + "-" +
           hex(XXH3_64bits(text.data(), text.size()));
}

std::vector<std::string> fingerprintDifferences(const std::string &stored, const std::string &current)
{
    const std::vector<std::string> a = parts(stored), b = parts(current);
    if (a.size() != 3 || b.size() != 3)
        return stored == current ? std::vector<std::string>{} : std::vector<std::string>{QT_TRANSLATE_NOOP("awb", "the input")};
    std::vector<std::string> out;
    const char *names[] = {QT_TRANSLATE_NOOP("awb", "the training file's contents"), QT_TRANSLATE_NOOP("awb", "the test file's contents"),
                           QT_TRANSLATE_NOOP("awb", "the load options")};
    for (std::size_t i = 0; i < 3; ++i)
        if (a[i] != b[i])
            out.emplace_back(names[i]);
    return out;
}

} // namespace awb
