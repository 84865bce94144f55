// The fitted encoding's shape, names and saved form (magic, version, counts checked before use).
#include "data/Preprocessor.h"

#include <cstdint>

#include "common/BinaryStream.h"

namespace awb {
namespace {

constexpr char kMagic[8] = {'A', 'W', 'B', 'P', 'R', 'E', 'P', '1'};
constexpr std::uint32_t kVersion = 2;
constexpr std::uint64_t kMaxCount = 1u << 24;

} // namespace

std::size_t Preprocessor::encodedWidth() const
{
    std::size_t width = numeric.size();
    for (const auto &c : categorical)
        width += c.categories.size();
    return width;
}

std::vector<std::string> Preprocessor::featureNames() const
{
    std::vector<std::string> names;
    names.reserve(encodedWidth());
    for (const auto &n : numeric)
        names.push_back(n.name);
    for (const auto &c : categorical)
        for (const auto &category : c.categories)
            names.push_back(c.name + "=" + category);
    return names;
}

void Preprocessor::save(std::ostream &out) const
{
    BinaryWriter w(out);
    w.magic(kMagic);
    w.value(kVersion);
    w.value<std::uint8_t>(static_cast<std::uint8_t>(scaling));
    w.value<std::uint64_t>(numeric.size());
    for (const auto &n : numeric) {
        w.value<std::int64_t>(n.sourceColumn);
        w.string(n.name);
        w.value(n.median);
        w.value(n.offset);
        w.value(n.scale);
        w.value<std::uint8_t>(n.constant ? 1 : 0);
        w.value<std::uint8_t>(n.log1p ? 1 : 0);
    }
    w.value<std::uint64_t>(categorical.size());
    for (const auto &c : categorical) {
        w.value<std::int64_t>(c.sourceColumn);
        w.string(c.name);
        w.value<std::uint64_t>(c.categories.size());
        for (const auto &category : c.categories)
            w.string(category);
    }
}

Preprocessor Preprocessor::load(std::istream &in, const std::string &fileName)
{
    BinaryReader r(in, fileName, "The preprocessing saved in this model file");
    r.expectMagic(kMagic, "The model file holds no preprocessing where one was expected.");
    if (r.value<std::uint32_t>() != kVersion)
        r.damaged("its format version is unknown");
    Preprocessor p;
    const auto scaling = r.value<std::uint8_t>();
    if (scaling > 3)
        r.damaged("its scaling is unknown");
    p.scaling = static_cast<Scaling>(scaling);
    p.numeric.resize(r.count(kMaxCount));
    for (auto &n : p.numeric) {
        n.sourceColumn = static_cast<int>(r.value<std::int64_t>());
        n.name = r.string();
        n.median = r.value<float>();
        n.offset = r.value<float>();
        n.scale = r.value<float>();
        n.constant = r.value<std::uint8_t>() != 0;
        n.log1p = r.value<std::uint8_t>() != 0;
        if (n.sourceColumn < 0)
            r.damaged("a column number is negative");
    }
    p.categorical.resize(r.count(kMaxCount));
    for (auto &c : p.categorical) {
        c.sourceColumn = static_cast<int>(r.value<std::int64_t>());
        c.name = r.string();
        c.categories.resize(r.count(kMaxCount));
        for (auto &category : c.categories)
            category = r.string();
        if (c.sourceColumn < 0)
            r.damaged("a column number is negative");
    }
    return p;
}

} // namespace awb
