// The forest's saved form: magic, version, parameters, then each tree's node list.
// Every count, index and feature is checked before use, so a damaged or foreign file is a clear
// InputError and never an out-of-bounds walk.
#include <vector>

#include "common/BinaryStream.h"
#include "models/iforest/IsolationForest.h"

namespace awb {
namespace {

constexpr char kMagic[8] = {'A', 'W', 'B', 'I', 'F', 'O', 'R', '1'};
constexpr std::uint32_t kVersion = 2;

} // namespace

void IsolationForest::save(std::ostream &out) const
{
    BinaryWriter w(out);
    w.magic(kMagic);
    w.value(kVersion);
    w.value<std::int64_t>(params_.trees);
    w.value<std::uint8_t>(static_cast<std::uint8_t>(params_.maxSamples.kind));
    w.value(params_.maxSamples.value);
    w.value<std::uint8_t>(static_cast<std::uint8_t>(params_.maxFeatures.kind));
    w.value(params_.maxFeatures.value);
    w.value<std::uint8_t>(params_.bootstrap ? 1 : 0);
    w.value<std::uint64_t>(params_.seed);
    w.value<std::uint64_t>(features_);
    w.value<std::uint64_t>(sampleSize_);
    w.value<std::uint64_t>(trees_.size());
    for (const auto &tree : trees_) {
        w.value<std::uint64_t>(tree.size());
        for (const Node &n : tree) {
            w.value(n.splitValue);
            w.value(n.feature);
            w.value(n.left);
            w.value(n.right);
            w.value(n.leafPathLength);
        }
    }
}

IsolationForest IsolationForest::load(std::istream &in, const std::string &fileName)
{
    BinaryReader r(in, fileName, "The Isolation Forest in this model file");
    r.expectMagic(kMagic, "This model file holds no Isolation Forest where one was expected.");
    if (r.value<std::uint32_t>() != kVersion)
        r.damaged("its format version is unknown");
    IsolationForest f;
    IsolationForestParams &p = f.params_;
    p.trees = static_cast<int>(r.value<std::int64_t>());
    const auto samplesKind = r.value<std::uint8_t>();
    p.maxSamples.value = r.value<double>();
    const auto featuresKind = r.value<std::uint8_t>();
    p.maxFeatures.value = r.value<double>();
    p.bootstrap = r.value<std::uint8_t>() != 0;
    p.seed = r.value<std::uint64_t>();
    if (samplesKind > 2 || featuresKind > 2)
        r.damaged("a parameter is out of range");
    p.maxSamples.kind = static_cast<SizeValue::Kind>(samplesKind);
    p.maxFeatures.kind = static_cast<SizeValue::Kind>(featuresKind);
    f.features_ = r.value<std::uint64_t>();
    f.sampleSize_ = r.value<std::uint64_t>();
    const auto trees = r.value<std::uint64_t>();
    if (f.features_ == 0 || f.features_ > (1u << 24) || f.sampleSize_ == 0 || f.sampleSize_ > (1ull << 40) ||
        trees == 0 || trees > 100000)
        r.damaged("its sizes are out of range");
    r.need(trees * sizeof(std::uint64_t));
    f.trees_.resize(trees);
    for (auto &tree : f.trees_) {
        const auto nodes = r.value<std::uint64_t>();
        if (nodes == 0 || nodes > 2 * f.sampleSize_ + 1 || nodes > (1u << 26))
            r.damaged("a tree has an impossible size");
        r.need(nodes * (2 * sizeof(float) + 3 * sizeof(std::int32_t)));
        tree.resize(nodes);
        std::vector<std::uint8_t> depth(nodes, 0);
        for (std::size_t i = 0; i < nodes; ++i) {
            Node &n = tree[i];
            n.splitValue = r.value<float>();
            n.feature = r.value<std::int32_t>();
            n.left = r.value<std::int32_t>();
            n.right = r.value<std::int32_t>();
            n.leafPathLength = r.value<float>();
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
