// The forest's saved form: magic, version, parameters, threshold, then each tree's node list.
// Every count, index and feature is checked before use, so a damaged or foreign file is a clear
// InputError and never an out-of-bounds walk.
#include <cstring>
#include <vector>
#include <istream>
#include <ostream>

#include "common/InputError.h"
#include "models/IsolationForest.h"

namespace awb {
namespace {

constexpr char kMagic[8] = {'A', 'W', 'B', 'I', 'F', 'O', 'R', '1'};
constexpr std::uint32_t kVersion = 1;

template <typename T>
void put(std::ostream &out, T v)
{
    out.write(reinterpret_cast<const char *>(&v), sizeof v);
}

class Reader {
public:
    Reader(std::istream &in, const std::string &file) : in_(in), file_(file) {}
    template <typename T>
    T get()
    {
        T v{};
        if (!in_.read(reinterpret_cast<char *>(&v), sizeof v))
            damaged("it ends too early");
        return v;
    }
    [[noreturn]] void damaged(const std::string &why) const
    {
        throw InputError(file_, 0, 0, "The Isolation Forest in this model file is damaged: " + why + ".");
    }

private:
    std::istream &in_;
    const std::string &file_;
};

} // namespace

void IsolationForest::save(std::ostream &out) const
{
    out.write(kMagic, sizeof kMagic);
    put(out, kVersion);
    put<std::int64_t>(out, params_.trees);
    put<std::uint8_t>(out, static_cast<std::uint8_t>(params_.maxSamplesKind));
    put(out, params_.maxSamples);
    put<std::uint8_t>(out, params_.contaminationAuto ? 1 : 0);
    put(out, params_.contamination);
    put<std::uint8_t>(out, static_cast<std::uint8_t>(params_.maxFeaturesKind));
    put(out, params_.maxFeatures);
    put<std::uint8_t>(out, params_.bootstrap ? 1 : 0);
    put<std::uint64_t>(out, params_.seed);
    put<std::int64_t>(out, params_.threads);
    put<std::uint64_t>(out, features_);
    put<std::uint64_t>(out, sampleSize_);
    put(out, threshold_);
    put<std::uint64_t>(out, trees_.size());
    for (const auto &tree : trees_) {
        put<std::uint64_t>(out, tree.size());
        for (const Node &n : tree) {
            put(out, n.splitValue);
            put(out, n.feature);
            put(out, n.left);
            put(out, n.right);
            put(out, n.leafPathLength);
        }
    }
}

IsolationForest IsolationForest::load(std::istream &in, const std::string &fileName)
{
    char magic[sizeof kMagic] = {};
    in.read(magic, sizeof magic);
    if (!in || std::memcmp(magic, kMagic, sizeof magic) != 0)
        throw InputError(fileName, 0, 0, "This model file holds no Isolation Forest where one was expected.");
    Reader r(in, fileName);
    if (r.get<std::uint32_t>() != kVersion)
        r.damaged("its format version is unknown");
    IsolationForest f;
    IsolationForestParams &p = f.params_;
    p.trees = static_cast<int>(r.get<std::int64_t>());
    const auto samplesKind = r.get<std::uint8_t>();
    p.maxSamples = r.get<double>();
    p.contaminationAuto = r.get<std::uint8_t>() != 0;
    p.contamination = r.get<double>();
    const auto featuresKind = r.get<std::uint8_t>();
    p.maxFeatures = r.get<double>();
    p.bootstrap = r.get<std::uint8_t>() != 0;
    p.seed = r.get<std::uint64_t>();
    p.threads = static_cast<int>(r.get<std::int64_t>());
    if (samplesKind > 2 || featuresKind > 2)
        r.damaged("a parameter is out of range");
    p.maxSamplesKind = static_cast<IsolationForestParams::SizeKind>(samplesKind);
    p.maxFeaturesKind = static_cast<IsolationForestParams::SizeKind>(featuresKind);
    f.features_ = r.get<std::uint64_t>();
    f.sampleSize_ = r.get<std::uint64_t>();
    f.threshold_ = r.get<double>();
    const auto trees = r.get<std::uint64_t>();
    if (f.features_ == 0 || f.features_ > (1u << 24) || f.sampleSize_ == 0 || f.sampleSize_ > (1ull << 40) ||
        trees == 0 || trees > 100000)
        r.damaged("its sizes are out of range");
    f.trees_.resize(trees);
    for (auto &tree : f.trees_) {
        const auto nodes = r.get<std::uint64_t>();
        if (nodes == 0 || nodes > 2 * f.sampleSize_ + 1 || nodes > (1u << 26))
            r.damaged("a tree has an impossible size");
        tree.resize(nodes);
        std::vector<std::uint8_t> depth(nodes, 0);
        for (std::size_t i = 0; i < nodes; ++i) {
            Node &n = tree[i];
            n.splitValue = r.get<float>();
            n.feature = r.get<std::int32_t>();
            n.left = r.get<std::int32_t>();
            n.right = r.get<std::int32_t>();
            n.leafPathLength = r.get<float>();
            // Children come after their parent, so a walk always moves forward and ends.
            const bool split = n.feature >= 0;
            if (split && (static_cast<std::uint64_t>(n.feature) >= f.features_ || n.left <= static_cast<std::int32_t>(i) ||
                          n.right <= static_cast<std::int32_t>(i) || static_cast<std::uint64_t>(n.left) >= nodes ||
                          static_cast<std::uint64_t>(n.right) >= nodes))
                r.damaged("a tree's links are broken");
            if (split) {
                if (depth[i] >= 64)
                    r.damaged("a tree is implausibly deep");
                depth[static_cast<std::size_t>(n.left)] = depth[static_cast<std::size_t>(n.right)] =
                    static_cast<std::uint8_t>(depth[i] + 1);
            }
        }
    }
    f.compile();
    return f;
}

} // namespace awb
