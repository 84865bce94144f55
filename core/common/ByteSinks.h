// Output streams for writers whose bytes are not wanted in a file as such: one that only counts
// them (to write a length before a record without holding the record), one that collects them in
// a byte vector (without the extra copy an ostringstream's str() makes).
#pragma once

#include <cstdint>
#include <ostream>
#include <streambuf>
#include <vector>

namespace awb {

class CountingBuffer : public std::streambuf {
public:
    std::uint64_t count() const { return count_; }

protected:
    std::streamsize xsputn(const char *, std::streamsize n) override
    {
        count_ += static_cast<std::uint64_t>(n);
        return n;
    }
    int_type overflow(int_type c) override
    {
        if (!traits_type::eq_int_type(c, traits_type::eof()))
            ++count_;
        return traits_type::not_eof(c);
    }

private:
    std::uint64_t count_ = 0;
};

// The number of bytes `write(std::ostream &)` writes.
template <typename Write>
std::uint64_t byteCount(Write write)
{
    CountingBuffer counter;
    std::ostream out(&counter);
    write(out);
    return counter.count();
}

class VectorBuffer : public std::streambuf {
public:
    explicit VectorBuffer(std::vector<std::uint8_t> &bytes) : bytes_(bytes) {}

protected:
    std::streamsize xsputn(const char *s, std::streamsize n) override
    {
        bytes_.insert(bytes_.end(), s, s + n);
        return n;
    }
    int_type overflow(int_type c) override
    {
        if (!traits_type::eq_int_type(c, traits_type::eof()))
            bytes_.push_back(static_cast<std::uint8_t>(traits_type::to_char_type(c)));
        return traits_type::not_eof(c);
    }

private:
    std::vector<std::uint8_t> &bytes_;
};

// What `write(std::ostream &)` writes, in a vector reserved to `size` bytes first.
template <typename Write>
std::vector<std::uint8_t> bytesOf(Write write, std::uint64_t size = 0)
{
    std::vector<std::uint8_t> bytes;
    bytes.reserve(size);
    VectorBuffer buffer(bytes);
    std::ostream out(&buffer);
    write(out);
    return bytes;
}

} // namespace awb
