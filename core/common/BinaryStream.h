// Reading and writing the versioned binary records of model files: fixed-size values in the
// machine's byte order, length-prefixed strings and float arrays. Every read is checked, and a
// short or inconsistent record becomes an InputError that says which part of the file is damaged.
#pragma once

#include <cstdint>
#include <cstring>
#include <istream>
#include <ostream>
#include <string>

#include "common/InputError.h"

namespace awb {

class BinaryWriter {
public:
    explicit BinaryWriter(std::ostream &out) : out_(out) {}
    template <typename T>
    void value(T v) { out_.write(reinterpret_cast<const char *>(&v), sizeof v); }
    void string(const std::string &s)
    {
        value<std::uint64_t>(s.size());
        out_.write(s.data(), static_cast<std::streamsize>(s.size()));
    }
    void floats(const float *data, std::size_t n)
    {
        out_.write(reinterpret_cast<const char *>(data), static_cast<std::streamsize>(n * sizeof(float)));
    }
    void magic(const char (&tag)[8]) { out_.write(tag, sizeof tag); }

private:
    std::ostream &out_;
};

class BinaryReader {
public:
    // `part` names what is read in messages, e.g. "The Isolation Forest in this model file".
    BinaryReader(std::istream &in, const std::string &file, std::string part)
        : in_(in), file_(file), part_(std::move(part)) {}

    // Checks the record's tag; a different one means the file holds something else here.
    void expectMagic(const char (&tag)[8], const std::string &otherwise)
    {
        char read[sizeof tag] = {};
        in_.read(read, sizeof read);
        if (!in_ || std::memcmp(read, tag, sizeof read) != 0)
            throw InputError(file_, 0, 0, otherwise);
    }
    template <typename T>
    T value()
    {
        T v{};
        if (!in_.read(reinterpret_cast<char *>(&v), sizeof v))
            damaged("it ends too early");
        return v;
    }
    // A count of things that take at least `bytesEach` bytes each in the file: never more than the
    // file still holds, so a damaged count cannot make a reader allocate what the file cannot fill.
    std::uint64_t count(std::uint64_t max, std::uint64_t bytesEach = 1)
    {
        const auto n = value<std::uint64_t>();
        if (n > max)
            damaged("a count is out of range");
        need(n * bytesEach);
        return n;
    }
    // Checks that the file holds at least `bytes` more before room for them is made (streams that
    // cannot tell their length are read as they come).
    void need(std::uint64_t bytes)
    {
        const auto here = in_.tellg();
        if (here < 0)
            return;
        in_.seekg(0, std::ios::end);
        const auto end = in_.tellg();
        in_.seekg(here);
        if (end >= here && bytes > static_cast<std::uint64_t>(end - here))
            damaged("it ends too early");
    }
    std::string string(std::uint64_t maxLength = 1u << 20)
    {
        std::string s(count(maxLength), '\0');
        if (!in_.read(s.data(), static_cast<std::streamsize>(s.size())))
            damaged("it ends too early");
        return s;
    }
    void floats(float *data, std::size_t n)
    {
        if (!in_.read(reinterpret_cast<char *>(data), static_cast<std::streamsize>(n * sizeof(float))))
            damaged("it ends too early");
    }
    [[noreturn]] void damaged(const std::string &why) const
    {
        throw InputError(file_, 0, 0, part_ + " is damaged: " + why + ".");
    }

private:
    std::istream &in_;
    const std::string &file_;
    std::string part_;
};

} // namespace awb
