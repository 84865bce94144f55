// A small JSON value (null, bool, number, string, array, object with keys kept in insertion
// order) with a writer and a strict parser: enough for run documents, saved sessions and the run
// history, without a dependency. Parsing errors are InputErrors with line and column.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace awb {

class Json {
public:
    using Array = std::vector<Json>;
    using Object = std::vector<std::pair<std::string, Json>>;

    Json() = default;  // null
    Json(std::nullptr_t) {}
    Json(bool b) : value_(b) {}
    Json(double d) : value_(d) {}
    Json(float f) : value_(static_cast<double>(f)) {}
    Json(int i) : value_(static_cast<double>(i)) {}
    Json(long i) : value_(static_cast<double>(i)) {}
    Json(long long i) : value_(static_cast<double>(i)) {}
    Json(unsigned i) : value_(static_cast<double>(i)) {}
    Json(unsigned long i) : value_(static_cast<double>(i)) {}
    Json(unsigned long long i) : value_(static_cast<double>(i)) {}
    Json(const char *s) : value_(std::string(s)) {}
    Json(std::string s) : value_(std::move(s)) {}
    Json(Array a) : value_(std::move(a)) {}

    static Json object() { Json j; j.value_ = Object{}; return j; }
    static Json array() { Json j; j.value_ = Array{}; return j; }

    bool isNull() const { return std::holds_alternative<std::monostate>(value_); }
    bool isBool() const { return std::holds_alternative<bool>(value_); }
    bool isNumber() const { return std::holds_alternative<double>(value_); }
    bool isString() const { return std::holds_alternative<std::string>(value_); }
    bool isArray() const { return std::holds_alternative<Array>(value_); }
    bool isObject() const { return std::holds_alternative<Object>(value_); }

    bool toBool() const { return std::get<bool>(value_); }
    double toNumber() const { return std::get<double>(value_); }
    const std::string &toString() const { return std::get<std::string>(value_); }
    const Array &toArray() const { return std::get<Array>(value_); }
    const Object &toObject() const { return std::get<Object>(value_); }

    // Object access: operator[] inserts (turning null into an object); find() returns nullptr.
    Json &operator[](const std::string &key);
    const Json *find(const std::string &key) const;
    void push(Json value);  // arrays (turning null into an array)

    // NaN and infinities are written as null: JSON has no spelling for them.
    std::string dump(int indent = 2) const;
    static Json parse(const std::string &text, const std::string &fileName = "");

private:
    void write(std::string &out, int indent, int depth) const;
    std::variant<std::monostate, bool, double, std::string, Array, Object> value_;
};

} // namespace awb
