#include "common/OnnxGraph.h"

#include <algorithm>
#include <cstring>

namespace awb {
namespace {

// Protobuf wire format: each field is a key (number << 3 | wire type) then its value.
enum Wire { Varint = 0, Fixed32 = 5, Bytes = 2 };

void varint(std::string &out, std::uint64_t value)
{
    while (value >= 0x80) {
        out.push_back(static_cast<char>(value | 0x80));
        value >>= 7;
    }
    out.push_back(static_cast<char>(value));
}

void key(std::string &out, int field, Wire wire)
{
    varint(out, static_cast<std::uint64_t>(field) << 3 | wire);
}

void integer(std::string &out, int field, std::int64_t value)
{
    key(out, field, Varint);
    varint(out, static_cast<std::uint64_t>(value));
}

void bytes(std::string &out, int field, const std::string &value)
{
    key(out, field, Bytes);
    varint(out, value.size());
    out += value;
}

void real(std::string &out, int field, float value)
{
    key(out, field, Fixed32);
    char raw[4];
    std::memcpy(raw, &value, 4);
    out.append(raw, 4);
}

template <typename T>
std::string littleEndian(const std::vector<T> &values)
{
    std::string raw(values.size() * sizeof(T), '\0');
    if (!values.empty())
        std::memcpy(raw.data(), values.data(), raw.size());
    return raw;
}

// AttributeProto: name 1, f 2, i 3, s 4, floats 7, ints 8, strings 9, type 20.
std::string attribute(const OnnxAttribute &a)
{
    enum { FloatType = 1, IntType = 2, StringType = 3, FloatsType = 6, IntsType = 7, StringsType = 8 };
    std::string out;
    bytes(out, 1, a.name);
    if (const auto *i = std::get_if<std::int64_t>(&a.value)) {
        integer(out, 3, *i);
        integer(out, 20, IntType);
    } else if (const auto *f = std::get_if<float>(&a.value)) {
        real(out, 2, *f);
        integer(out, 20, FloatType);
    } else if (const auto *s = std::get_if<std::string>(&a.value)) {
        bytes(out, 4, *s);
        integer(out, 20, StringType);
    } else if (const auto *is = std::get_if<std::vector<std::int64_t>>(&a.value)) {
        std::string packed;
        for (const std::int64_t v : *is)
            varint(packed, static_cast<std::uint64_t>(v));
        bytes(out, 8, packed);
        integer(out, 20, IntsType);
    } else if (const auto *fs = std::get_if<std::vector<float>>(&a.value)) {
        bytes(out, 7, littleEndian(*fs));
        integer(out, 20, FloatsType);
    } else {
        for (const std::string &s : std::get<std::vector<std::string>>(a.value))
            bytes(out, 9, s);
        integer(out, 20, StringsType);
    }
    return out;
}

// ValueInfoProto (name 1, type 2) with TypeProto.tensor_type 1 {elem_type 1, shape 2 {dim 1
// {dim_value 1 | dim_param 2}}}: N rows, then `columns` when > 0.
std::string valueInfo(const std::string &name, OnnxGraph::Type type, std::int64_t columns)
{
    std::string rows, shape, tensor, typeProto, out;
    bytes(rows, 2, "N");
    bytes(shape, 1, rows);
    if (columns > 0) {
        std::string dim;
        integer(dim, 1, columns);
        bytes(shape, 1, dim);
    }
    integer(tensor, 1, static_cast<std::int64_t>(type));
    bytes(tensor, 2, shape);
    bytes(typeProto, 1, tensor);
    bytes(out, 1, name);
    bytes(out, 2, typeProto);
    return out;
}

} // namespace

std::string OnnxGraph::unique(const std::string &name)
{
    std::string candidate = name;
    for (int n = 2; std::find(names_.begin(), names_.end(), candidate) != names_.end(); ++n)
        candidate = name + "_" + std::to_string(n);
    names_.push_back(candidate);
    return candidate;
}

void OnnxGraph::input(const std::string &name, Type type, std::int64_t columns)
{
    inputs_.push_back(valueInfo(unique(name), type, columns));
}

void OnnxGraph::output(const std::string &name, Type type, std::int64_t columns)
{
    outputs_.push_back(valueInfo(name, type, columns));
}

// TensorProto: dims 1, data_type 2, name 8, raw_data 9.
std::string OnnxGraph::constant(const std::string &name, Type type, std::string raw, const std::vector<std::int64_t> &dims)
{
    const std::string unique = this->unique(name);
    std::string tensor;
    for (const std::int64_t d : dims)
        integer(tensor, 1, d);
    integer(tensor, 2, static_cast<std::int64_t>(type));
    bytes(tensor, 8, unique);
    bytes(tensor, 9, raw);
    initializers_.push_back(std::move(tensor));
    return unique;
}

std::string OnnxGraph::floats(const std::string &name, const std::vector<float> &values, const std::vector<std::int64_t> &dims)
{
    return constant(name, Type::Float, littleEndian(values), dims);
}

std::string OnnxGraph::doubles(const std::string &name, const std::vector<double> &values,
                               const std::vector<std::int64_t> &dims)
{
    return constant(name, Type::Double, littleEndian(values), dims);
}

std::string OnnxGraph::int64s(const std::string &name, const std::vector<std::int64_t> &values,
                              const std::vector<std::int64_t> &dims)
{
    return constant(name, Type::Int64, littleEndian(values), dims);
}

std::string OnnxGraph::bools(const std::string &name, const std::vector<bool> &values, const std::vector<std::int64_t> &dims)
{
    std::string raw;
    for (const bool b : values)
        raw.push_back(b ? 1 : 0);
    return constant(name, Type::Bool, raw, dims);
}

// NodeProto: input 1, output 2, name 3, op_type 4, attribute 5, domain 7.
std::string OnnxGraph::node(const std::string &op, const std::vector<std::string> &inputs, const std::string &output,
                            const std::vector<OnnxAttribute> &attributes, const std::string &domain)
{
    const std::string name = unique(output);
    std::string node;
    for (const std::string &in : inputs)
        bytes(node, 1, in);
    bytes(node, 2, name);
    bytes(node, 3, name);
    bytes(node, 4, op);
    for (const OnnxAttribute &a : attributes)
        bytes(node, 5, attribute(a));
    if (!domain.empty())
        bytes(node, 7, domain);
    nodes_.push_back(std::move(node));
    return name;
}

void OnnxGraph::expose(const std::string &value, const std::string &outputName)
{
    std::string node;
    bytes(node, 1, value);
    bytes(node, 2, outputName);
    bytes(node, 3, outputName);
    bytes(node, 4, "Identity");
    nodes_.push_back(std::move(node));
    names_.push_back(outputName);
}

// ModelProto: ir_version 1, producer_name 2, producer_version 3, graph 7, opset_import 8
// {domain 1, version 2}, metadata_props 14 {key 1, value 2}. GraphProto: node 1, name 2,
// initializer 5, input 11, output 12.
std::string OnnxGraph::serialize(const std::string &producerVersion,
                                 const std::vector<std::pair<std::string, std::string>> &metadata) const
{
    std::string graph;
    for (const std::string &n : nodes_)
        bytes(graph, 1, n);
    bytes(graph, 2, "anomaly_workbench");
    for (const std::string &t : initializers_)
        bytes(graph, 5, t);
    for (const std::string &i : inputs_)
        bytes(graph, 11, i);
    for (const std::string &o : outputs_)
        bytes(graph, 12, o);
    std::string model;
    integer(model, 1, 8);
    bytes(model, 2, "Anomaly Workbench");
    bytes(model, 3, producerVersion);
    bytes(model, 7, graph);
    for (const auto &[domain, version] : {std::pair<std::string, int>{"", 13}, {"ai.onnx.ml", 3}}) {
        std::string opset;
        bytes(opset, 1, domain);
        integer(opset, 2, version);
        bytes(model, 8, opset);
    }
    for (const auto &[k, v] : metadata) {
        std::string entry;
        bytes(entry, 1, k);
        bytes(entry, 2, v);
        bytes(model, 14, entry);
    }
    return model;
}

} // namespace awb
