// The fitted encoding's shape, names and saved form (magic, version, counts checked before use).
#include "data/Preprocessor.h"

#include <cstdint>
#include <cstring>
#include <istream>
#include <ostream>

#include "common/InputError.h"

namespace awb {
namespace {

constexpr char kMagic[8] = {'A', 'W', 'B', 'P', 'R', 'E', 'P', '1'};
constexpr std::uint32_t kVersion = 1;
constexpr std::uint64_t kMaxCount = 1u << 24;

void writeString(std::ostream &out, const std::string &s)
{
    const auto n = static_cast<std::uint64_t>(s.size());
    out.write(reinterpret_cast<const char *>(&n), sizeof n);
    out.write(s.data(), static_cast<std::streamsize>(s.size()));
}

template <typename T>
void writeValue(std::ostream &out, T v)
{
    out.write(reinterpret_cast<const char *>(&v), sizeof v);
}

class Reader {
public:
    Reader(std::istream &in, const std::string &file) : in_(in), file_(file) {}
    template <typename T>
    T value()
    {
        T v{};
        if (!in_.read(reinterpret_cast<char *>(&v), sizeof v))
            damaged();
        return v;
    }
    std::uint64_t count()
    {
        const auto n = value<std::uint64_t>();
        if (n > kMaxCount)
            damaged();
        return n;
    }
    std::string string()
    {
        std::string s(count(), '\0');
        if (!in_.read(s.data(), static_cast<std::streamsize>(s.size())))
            damaged();
        return s;
    }
    [[noreturn]] void damaged() const
    {
        throw InputError(file_, 0, 0, "The preprocessing saved in this model file is damaged or truncated.");
    }

private:
    std::istream &in_;
    const std::string &file_;
};

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
    out.write(kMagic, sizeof kMagic);
    writeValue(out, kVersion);
    writeValue<std::uint8_t>(out, static_cast<std::uint8_t>(scaling));
    writeValue<std::uint64_t>(out, numeric.size());
    for (const auto &n : numeric) {
        writeValue<std::int64_t>(out, n.sourceColumn);
        writeString(out, n.name);
        writeValue(out, n.median);
        writeValue(out, n.offset);
        writeValue(out, n.scale);
        writeValue<std::uint8_t>(out, n.constant ? 1 : 0);
    }
    writeValue<std::uint64_t>(out, categorical.size());
    for (const auto &c : categorical) {
        writeValue<std::int64_t>(out, c.sourceColumn);
        writeString(out, c.name);
        writeValue<std::uint64_t>(out, c.categories.size());
        for (const auto &category : c.categories)
            writeString(out, category);
    }
}

Preprocessor Preprocessor::load(std::istream &in, const std::string &fileName)
{
    char magic[sizeof kMagic] = {};
    in.read(magic, sizeof magic);
    if (!in || std::memcmp(magic, kMagic, sizeof magic) != 0)
        throw InputError(fileName, 0, 0, "The model file holds no preprocessing where one was expected.");
    Reader r(in, fileName);
    if (r.value<std::uint32_t>() != kVersion)
        r.damaged();
    Preprocessor p;
    const auto scaling = r.value<std::uint8_t>();
    if (scaling > 2)
        r.damaged();
    p.scaling = static_cast<Scaling>(scaling);
    p.numeric.resize(r.count());
    for (auto &n : p.numeric) {
        n.sourceColumn = static_cast<int>(r.value<std::int64_t>());
        n.name = r.string();
        n.median = r.value<float>();
        n.offset = r.value<float>();
        n.scale = r.value<float>();
        n.constant = r.value<std::uint8_t>() != 0;
        if (n.sourceColumn < 0)
            r.damaged();
    }
    p.categorical.resize(r.count());
    for (auto &c : p.categorical) {
        c.sourceColumn = static_cast<int>(r.value<std::int64_t>());
        c.name = r.string();
        c.categories.resize(r.count());
        for (auto &category : c.categories)
            category = r.string();
        if (c.sourceColumn < 0)
            r.damaged();
    }
    return p;
}

} // namespace awb
