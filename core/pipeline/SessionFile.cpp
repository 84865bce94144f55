#include "pipeline/SessionFile.h"

#include <xxhash.h>

#include <cstring>
#include <fstream>
#include <iterator>
#include <new>
#include <sstream>

#include "common/AtomicFile.h"
#include "common/BinaryStream.h"
#include "common/ByteSinks.h"
#include "common/InputError.h"
#include "pipeline/RunDocument.h"

namespace awb {

namespace {

constexpr char kMagic[8] = {'A', 'W', 'B', 'S', 'E', 'S', 'S', 'N'};
constexpr std::size_t kChecksumBytes = sizeof(std::uint64_t);
constexpr std::uint64_t kMaxHeaderBytes = 64u << 20;

std::uint64_t checksum(std::string_view bytes)
{
    return XXH3_64bits(bytes.data(), bytes.size());
}

// Passes bytes on to `out` and keeps the checksum of all of them, so a session is written as it
// goes rather than assembled in memory first.
class HashingBuffer : public std::streambuf {
public:
    explicit HashingBuffer(std::ostream &out) : out_(out), state_(XXH3_createState())
    {
        if (!state_)
            throw std::bad_alloc();
        XXH3_64bits_reset(state_);
    }
    ~HashingBuffer() override { XXH3_freeState(state_); }
    HashingBuffer(const HashingBuffer &) = delete;
    HashingBuffer &operator=(const HashingBuffer &) = delete;
    std::uint64_t digest() const { return XXH3_64bits_digest(state_); }

protected:
    std::streamsize xsputn(const char *s, std::streamsize n) override
    {
        XXH3_64bits_update(state_, s, static_cast<std::size_t>(n));
        out_.write(s, n);
        return out_ ? n : 0;
    }
    int_type overflow(int_type c) override
    {
        if (traits_type::eq_int_type(c, traits_type::eof()))
            return traits_type::not_eof(c);
        const char ch = traits_type::to_char_type(c);
        return xsputn(&ch, 1) == 1 ? c : traits_type::eof();
    }

private:
    std::ostream &out_;
    XXH3_state_t *state_;
};

Json headerJson(const SessionHeader &header)
{
    return Json{{"spec", toJson(header.spec)},
                {"dataset_name", header.datasetName},
                {"fingerprint", header.fingerprint},
                {"view", header.view}};
}

SessionHeader headerFromJson(const Json &json, const std::string &fileName)
{
    try {
        SessionHeader header;
        header.spec = runSpecFromJson(json.at("spec"));
        header.datasetName = json.at("dataset_name").get<std::string>();
        header.fingerprint = json.at("fingerprint").get<std::string>();
        header.view = json.at("view");
        if (!header.view.is_object())
            throw InputError(fileName, 0, 0, "The session file is damaged: its view state is not an object.");
        return header;
    } catch (const Json::exception &e) {
        throw InputError(fileName, 0, 0, std::string("The session file is damaged: ") + e.what());
    }
}

} // namespace

void writeSession(std::ostream &out, const SessionHeader &header, const Preprocessor *preprocessor,
                  const std::vector<DetectorRun> &runs)
{
    HashingBuffer hashing(out);
    std::ostream body(&hashing);
    BinaryWriter w(body);
    w.magic(kMagic);
    w.value<std::uint32_t>(kSessionVersion);
    w.string(jsonText(headerJson(header)));
    const auto writeModels = [&](std::ostream &to) {
        if (preprocessor && !runs.empty())
            writeModelFile(to, *preprocessor, runs);
    };
    w.value<std::uint64_t>(byteCount(writeModels));  // the models as a length-prefixed string, written as they go
    writeModels(body);
    BinaryWriter(out).value<std::uint64_t>(hashing.digest());
}

Session readSession(std::istream &in, const std::string &fileName)
{
    const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (bytes.size() < sizeof kMagic || bytes.compare(0, sizeof kMagic, kMagic, sizeof kMagic) != 0)
        throw InputError(fileName, 0, 0, "This is not an Anomaly Workbench session file.");
    std::istringstream body(bytes);
    BinaryReader r(body, fileName, "The session file");
    r.expectMagic(kMagic, "This is not an Anomaly Workbench session file.");
    const auto version = r.value<std::uint32_t>();
    if (version > kSessionVersion)
        throw InputError(fileName, 0, 0,
                         "The session was saved by a newer version of Anomaly Workbench (session format " +
                             std::to_string(version) + "); this version reads format " + std::to_string(kSessionVersion) +
                             " and older.");
    if (version == 0)
        throw InputError(fileName, 0, 0, "The session file is damaged (format version 0).");
    if (bytes.size() < sizeof kMagic + sizeof version + kChecksumBytes)
        throw InputError(fileName, 0, 0, "The session file is damaged or incomplete.");
    const std::string_view covered(bytes.data(), bytes.size() - kChecksumBytes);
    std::uint64_t stored = 0;
    std::memcpy(&stored, bytes.data() + covered.size(), kChecksumBytes);
    if (stored != checksum(covered))
        throw InputError(fileName, 0, 0, "The session file is damaged or incomplete (its checksum does not match); "
                                         "it was changed or cut short after it was saved.");
    Session session;
    session.header = headerFromJson(parseJson(r.string(kMaxHeaderBytes), fileName), fileName);
    const std::string models = r.string(covered.size());
    if (!models.empty()) {
        std::istringstream modelStream(models);
        session.models = readModelFile(modelStream, fileName);
    }
    return session;
}

void saveSession(const std::string &path, const SessionHeader &header, const Preprocessor *preprocessor,
                 const std::vector<DetectorRun> &runs)
{
    writeFileAtomically(path, [&](std::ostream &out) { writeSession(out, header, preprocessor, runs); });
}

Session loadSession(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw InputError(path, 0, 0, "Cannot open the session file.");
    return readSession(in, path);
}

} // namespace awb
