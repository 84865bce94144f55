// The error every reader and model loader throws for bad user input: it names the file, the line
// and the column, and carries a sentence the user can act on. Front ends show what() unchanged.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>

namespace awb {

class InputError : public std::runtime_error {
public:
    // line and column are 1-based; 0 means "not applicable" (e.g. an empty file has no line).
    InputError(std::string file, std::uint64_t line, std::uint64_t column, const std::string &message)
        : std::runtime_error(format(file, line, column, message)), file_(std::move(file)), line_(line),
          column_(column), message_(message)
    {
    }

    const std::string &file() const { return file_; }
    std::uint64_t line() const { return line_; }
    std::uint64_t column() const { return column_; }
    const std::string &message() const { return message_; }

private:
    static std::string format(const std::string &file, std::uint64_t line, std::uint64_t column,
                              const std::string &message)
    {
        std::string where = file;
        if (line > 0)
            where.append(":").append(std::to_string(line));
        if (column > 0)
            where.append(":").append(std::to_string(column));
        if (where.empty())
            return message;
        return where.append(": ").append(message);
    }

    std::string file_;
    std::uint64_t line_ = 0;
    std::uint64_t column_ = 0;
    std::string message_;
};

} // namespace awb
