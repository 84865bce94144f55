// Builds an ONNX model (a graph of standard operators with its constants) and writes it in ONNX's
// protobuf encoding, without a protobuf library: the handful of messages a scoring graph needs
// (ModelProto, GraphProto, NodeProto, AttributeProto, TensorProto, ValueInfoProto) written field by
// field as onnx.proto numbers them. Opsets: ai.onnx 13 and ai.onnx.ml 3; IR version 8.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace awb {

struct OnnxAttribute {
    std::string name;
    std::variant<std::int64_t, float, std::string, std::vector<std::int64_t>, std::vector<float>, std::vector<std::string>>
        value;
};

class OnnxGraph {
public:
    enum class Type { Float = 1, Int64 = 7, String = 8, Bool = 9, Double = 11 };

    // A graph input or output of `type` with rows of `columns` (0: a vector of N values); N is free.
    void input(const std::string &name, Type type, std::int64_t columns);
    void output(const std::string &name, Type type, std::int64_t columns);

    // Constants (initializers); each returns its name, made unique from `name`.
    std::string floats(const std::string &name, const std::vector<float> &values, const std::vector<std::int64_t> &dims);
    std::string doubles(const std::string &name, const std::vector<double> &values, const std::vector<std::int64_t> &dims);
    std::string int64s(const std::string &name, const std::vector<std::int64_t> &values, const std::vector<std::int64_t> &dims);
    std::string bools(const std::string &name, const std::vector<bool> &values, const std::vector<std::int64_t> &dims);

    // A node; returns its (first) output's name, made unique from `output`. `domain` "ai.onnx.ml"
    // for the ML operators.
    std::string node(const std::string &op, const std::vector<std::string> &inputs, const std::string &output,
                     const std::vector<OnnxAttribute> &attributes = {}, const std::string &domain = {});
    // Renames a node output to a graph output's name (an Identity node).
    void expose(const std::string &value, const std::string &outputName);

    // The model's bytes; `metadata` become metadata_props.
    std::string serialize(const std::string &producerVersion,
                          const std::vector<std::pair<std::string, std::string>> &metadata) const;

private:
    std::string unique(const std::string &name);
    std::string constant(const std::string &name, Type type, std::string raw, const std::vector<std::int64_t> &dims);
    std::vector<std::string> nodes_, initializers_, inputs_, outputs_;
    std::vector<std::string> names_;
};

} // namespace awb
