// Shows any row as it stood in the file, for the flagged-rows table, without keeping a second copy
// of the numeric values: it keeps the byte offset of each data line and re-splits that line on
// demand from the file's bytes (memory-mapped for a plain file, the inflated text for .gz).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace awb {

class RowSource {
public:
    virtual ~RowSource() = default;
    virtual const std::string &fileName() const = 0;
    virtual std::size_t rowCount() const = 0;
    // The cells of data row `row` (0-based, header excluded), unquoted.
    virtual std::vector<std::string> cells(std::size_t row) const = 0;
    // The 1-based line number of data row `row` in the file, for messages.
    virtual std::uint64_t lineNumber(std::size_t row) const = 0;
};

} // namespace awb
