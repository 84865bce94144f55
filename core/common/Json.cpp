// Writer and recursive-descent parser for awb::Json (RFC 8259; numbers as double).
#include "common/Json.h"

#include <charconv>
#include <cmath>
#include <cstdio>

#include "common/InputError.h"

namespace awb {

Json &Json::operator[](const std::string &key)
{
    if (isNull())
        value_ = Object{};
    auto &object = std::get<Object>(value_);
    for (auto &[name, value] : object)
        if (name == key)
            return value;
    object.emplace_back(key, Json());
    return object.back().second;
}

const Json *Json::find(const std::string &key) const
{
    if (!isObject())
        return nullptr;
    for (const auto &[name, value] : std::get<Object>(value_))
        if (name == key)
            return &value;
    return nullptr;
}

void Json::push(Json value)
{
    if (isNull())
        value_ = Array{};
    std::get<Array>(value_).push_back(std::move(value));
}

namespace {

void writeString(std::string &out, const std::string &s)
{
    out += '"';
    for (const unsigned char c : s) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += static_cast<char>(c);
            }
        }
    }
    out += '"';
}

void writeNumber(std::string &out, double d)
{
    if (!std::isfinite(d)) {
        out += "null";
        return;
    }
    char buf[32];
    out.append(buf, std::to_chars(buf, buf + sizeof buf, d).ptr);  // shortest round-trip form
}

void newline(std::string &out, int indent, int depth)
{
    if (indent <= 0)
        return;
    out += '\n';
    out.append(static_cast<std::size_t>(indent * depth), ' ');
}

} // namespace

void Json::write(std::string &out, int indent, int depth) const
{
    if (isNull()) {
        out += "null";
    } else if (isBool()) {
        out += toBool() ? "true" : "false";
    } else if (isNumber()) {
        writeNumber(out, toNumber());
    } else if (isString()) {
        writeString(out, toString());
    } else if (isArray()) {
        const auto &array = toArray();
        // Arrays of numbers stay on one line: loss histories and matrices read better that way.
        // An indent of -1 means "pretty, but on one line".
        const bool pretty = indent != 0;
        bool flat = indent < 0;
        if (!flat) {
            flat = true;
            for (const auto &v : array)
                flat = flat && (v.isNumber() || v.isNull() || (v.isArray() && v.toArray().size() <= 4));
        }
        out += '[';
        for (std::size_t i = 0; i < array.size(); ++i) {
            if (i)
                out += pretty && flat ? ", " : ",";
            if (!flat)
                newline(out, indent, depth + 1);
            array[i].write(out, flat && pretty ? -1 : indent, depth + 1);
        }
        if (!flat && !array.empty())
            newline(out, indent, depth);
        out += ']';
    } else {
        const auto &object = toObject();
        out += '{';
        for (std::size_t i = 0; i < object.size(); ++i) {
            if (i)
                out += ',';
            newline(out, indent, depth + 1);
            writeString(out, object[i].first);
            out += indent != 0 ? ": " : ":";
            object[i].second.write(out, indent, depth + 1);
        }
        if (!object.empty())
            newline(out, indent, depth);
        out += '}';
    }
}

std::string Json::dump(int indent) const
{
    std::string out;
    write(out, indent, 0);
    return out;
}

namespace {

class Parser {
public:
    Parser(const std::string &text, const std::string &file) : text_(text), file_(file) {}

    Json document()
    {
        Json value = parseValue(0);
        skipSpace();
        if (pos_ != text_.size())
            fail("Unexpected text after the JSON document.");
        return value;
    }

private:
    static constexpr int kMaxDepth = 256;

    [[noreturn]] void fail(const std::string &message) const
    {
        std::uint64_t line = 1, column = 1;
        for (std::size_t i = 0; i < pos_ && i < text_.size(); ++i) {
            if (text_[i] == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        throw InputError(file_, line, column, message);
    }

    void skipSpace()
    {
        while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\n' || text_[pos_] == '\r' || text_[pos_] == '\t'))
            ++pos_;
    }

    bool consume(const char *word)
    {
        const std::string_view w(word);
        if (text_.compare(pos_, w.size(), w) == 0) {
            pos_ += w.size();
            return true;
        }
        return false;
    }

    Json parseValue(int depth)
    {
        if (depth > kMaxDepth)
            fail("The JSON document is nested too deeply.");
        skipSpace();
        if (pos_ >= text_.size())
            fail("Unexpected end of the JSON document.");
        const char c = text_[pos_];
        if (c == '{')
            return parseObject(depth);
        if (c == '[')
            return parseArray(depth);
        if (c == '"')
            return Json(parseString());
        if (consume("true"))
            return Json(true);
        if (consume("false"))
            return Json(false);
        if (consume("null"))
            return Json();
        return parseNumber();
    }

    Json parseObject(int depth)
    {
        ++pos_;
        Json object = Json::object();
        skipSpace();
        if (pos_ < text_.size() && text_[pos_] == '}') {
            ++pos_;
            return object;
        }
        for (;;) {
            skipSpace();
            if (pos_ >= text_.size() || text_[pos_] != '"')
                fail("Expected a quoted key in the JSON object.");
            std::string key = parseString();
            skipSpace();
            if (pos_ >= text_.size() || text_[pos_] != ':')
                fail("Expected ':' after the key \"" + key + "\".");
            ++pos_;
            object[key] = parseValue(depth + 1);
            skipSpace();
            if (pos_ < text_.size() && text_[pos_] == ',') {
                ++pos_;
                continue;
            }
            if (pos_ < text_.size() && text_[pos_] == '}') {
                ++pos_;
                return object;
            }
            fail("Expected ',' or '}' in the JSON object.");
        }
    }

    Json parseArray(int depth)
    {
        ++pos_;
        Json array = Json::array();
        skipSpace();
        if (pos_ < text_.size() && text_[pos_] == ']') {
            ++pos_;
            return array;
        }
        for (;;) {
            array.push(parseValue(depth + 1));
            skipSpace();
            if (pos_ < text_.size() && text_[pos_] == ',') {
                ++pos_;
                continue;
            }
            if (pos_ < text_.size() && text_[pos_] == ']') {
                ++pos_;
                return array;
            }
            fail("Expected ',' or ']' in the JSON array.");
        }
    }

    std::string parseString()
    {
        ++pos_;
        std::string out;
        while (pos_ < text_.size()) {
            const char c = text_[pos_++];
            if (c == '"')
                return out;
            if (static_cast<unsigned char>(c) < 0x20)
                fail("A control character inside a JSON string.");
            if (c != '\\') {
                out += c;
                continue;
            }
            if (pos_ >= text_.size())
                break;
            const char e = text_[pos_++];
            switch (e) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case '/': out += '/'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'u': appendCodePoint(out, parseHex4()); break;
            default: fail("An unknown escape sequence in a JSON string.");
            }
        }
        fail("A JSON string is not terminated.");
    }

    unsigned parseHex4()
    {
        if (pos_ + 4 > text_.size())
            fail("A \\u escape needs four hex digits.");
        unsigned value = 0;
        const auto result = std::from_chars(text_.data() + pos_, text_.data() + pos_ + 4, value, 16);
        if (result.ptr != text_.data() + pos_ + 4)
            fail("A \\u escape needs four hex digits.");
        pos_ += 4;
        return value;
    }

    void appendCodePoint(std::string &out, unsigned cp)
    {
        if (cp >= 0xD800 && cp <= 0xDBFF && consume("\\u")) {
            const unsigned low = parseHex4();
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        }
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (cp < 0x800) {
            out += static_cast<char>(0xC0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (cp >> 18));
            out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        }
    }

    Json parseNumber()
    {
        const std::size_t start = pos_;
        if (pos_ < text_.size() && text_[pos_] == '-')
            ++pos_;
        while (pos_ < text_.size() && std::string_view("0123456789.eE+-").find(text_[pos_]) != std::string_view::npos)
            ++pos_;
        double value = 0.0;
        const auto result = std::from_chars(text_.data() + start, text_.data() + pos_, value);
        if (start == pos_ || result.ec != std::errc() || result.ptr != text_.data() + pos_) {
            pos_ = start;
            fail("Expected a JSON value.");
        }
        return Json(value);
    }

    const std::string &text_;
    const std::string &file_;
    std::size_t pos_ = 0;
};

} // namespace

Json Json::parse(const std::string &text, const std::string &fileName)
{
    return Parser(text, fileName).document();
}

} // namespace awb
