// The demo data generator. Each flow is drawn from a per-service profile of normal traffic or from
// one attack family whose signature shows in a few features, with enough spread that the classes
// overlap (the demo must not be trivially separable). Numbers are written with std::to_chars so
// that a million rows take seconds, and draws come from awb::Random so that a seed gives the same
// bytes everywhere.
#include "data/SyntheticTraffic.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <stdexcept>

#include "common/AtomicFile.h"
#include "common/Random.h"

namespace awb {
namespace {

enum class Family { Normal, PortScan, SynFlood, BruteForce, Exfiltration };

struct Flow {
    Family family = Family::Normal;
    const char *protocol = "tcp";
    const char *service = "http";
    double duration = 0.0;
    double srcBytes = 0.0, dstBytes = 0.0;
    double srcPackets = 1.0, dstPackets = 0.0;
    int syn = 0, fin = 0, rst = 0, psh = 0;
    int authFailures = 0;
    int sameDstCount = 1;
    double sameSrvRate = 1.0;
    int distinctDstPorts = 1;
    double serrorRate = 0.0, rerrorRate = 0.0;
    int dstPort = 80;
};

struct ServiceProfile {
    const char *service;
    const char *protocol;
    int port;
    double weight;
    double durationMu, durationSigma;
    double srcMu, srcSigma;
    double dstMu, dstSigma;
    double packetSize;  // mean payload per packet, bytes
};

// Weights sum to 1; log-normal parameters are ln(bytes) and ln(seconds).
constexpr std::array<ServiceProfile, 8> kServices{{
    {"http", "tcp", 80, 0.33, -1.0, 1.2, 6.0, 0.8, 8.5, 1.5, 900.0},
    {"https", "tcp", 443, 0.30, 0.0, 1.3, 7.0, 1.0, 9.0, 1.6, 1100.0},
    {"dns", "udp", 53, 0.15, -4.0, 0.5, 4.0, 0.3, 5.0, 0.4, 90.0},
    {"smtp", "tcp", 25, 0.05, 0.5, 0.8, 9.0, 1.5, 6.0, 0.6, 700.0},
    {"ssh", "tcp", 22, 0.05, 3.0, 1.5, 8.0, 1.5, 8.0, 2.0, 300.0},
    {"ftp", "tcp", 21, 0.03, 1.0, 1.2, 6.0, 1.0, 10.0, 2.0, 1200.0},
    {"ntp", "udp", 123, 0.04, -5.0, 0.3, 4.4, 0.1, 4.4, 0.1, 76.0},
    {"icmp_echo", "icmp", 0, 0.05, -3.0, 1.0, 4.2, 0.3, 4.2, 0.3, 64.0},
}};

const ServiceProfile &pickService(Random &rng)
{
    double u = rng.uniform();
    for (const auto &profile : kServices) {
        if (u < profile.weight)
            return profile;
        u -= profile.weight;
    }
    return kServices.front();
}

int clampInt(double value, int lo, int hi)
{
    return static_cast<int>(std::clamp(std::round(value), static_cast<double>(lo), static_cast<double>(hi)));
}

Flow normalFlow(Random &rng)
{
    const ServiceProfile &p = pickService(rng);
    Flow f;
    f.protocol = p.protocol;
    f.service = p.service;
    f.dstPort = p.port;
    f.duration = rng.logNormal(p.durationMu, p.durationSigma);
    f.srcBytes = std::round(rng.logNormal(p.srcMu, p.srcSigma));
    f.dstBytes = std::round(rng.logNormal(p.dstMu, p.dstSigma));
    f.srcPackets = std::max(1.0, std::round(f.srcBytes / p.packetSize + rng.uniform(0.0, 3.0)));
    f.dstPackets = std::max(1.0, std::round(f.dstBytes / p.packetSize + rng.uniform(0.0, 3.0)));
    const bool tcp = f.protocol[0] == 't';
    f.syn = tcp ? 1 : 0;
    f.fin = tcp && rng.chance(0.95) ? 1 + static_cast<int>(rng.below(2)) : 0;
    f.rst = tcp && rng.chance(0.04) ? 1 : 0;
    f.psh = tcp ? static_cast<int>(std::round((f.srcPackets + f.dstPackets) * rng.uniform(0.1, 0.5))) : 0;
    f.authFailures = (p.port == 22 || p.port == 21) && rng.chance(0.04) ? 1 : 0;
    f.sameDstCount = clampInt(rng.logNormal(1.5, 0.9), 1, 511);
    f.sameSrvRate = std::clamp(rng.normal(0.85, 0.12), 0.0, 1.0);
    f.distinctDstPorts = 1 + static_cast<int>(rng.below(3));
    f.serrorRate = rng.chance(0.1) ? rng.uniform(0.0, 0.2) : 0.0;
    f.rerrorRate = rng.chance(0.1) ? rng.uniform(0.0, 0.2) : 0.0;
    return f;
}

// A tenth of each family is "subtle": slower or smaller, so it overlaps normal traffic.
Flow attackFlow(Random &rng, Family family)
{
    const bool subtle = rng.chance(0.1);
    Flow f;
    f.family = family;
    switch (family) {
    case Family::PortScan:
        f.protocol = rng.chance(0.8) ? "tcp" : "udp";
        f.service = rng.chance(0.6) ? "other" : kServices[rng.below(6)].service;
        f.dstPort = static_cast<int>(1 + rng.below(65535));
        f.duration = rng.logNormal(-6.0, 1.0);
        f.srcBytes = rng.chance(0.3) ? 0.0 : std::round(rng.uniform(40.0, 60.0));
        f.dstBytes = rng.chance(0.8) ? 0.0 : std::round(rng.uniform(40.0, 60.0));
        f.srcPackets = 1.0 + static_cast<double>(rng.below(2));
        f.dstPackets = static_cast<double>(rng.below(2));
        f.syn = f.protocol[0] == 't' ? 1 : 0;
        f.rst = rng.chance(0.7) ? 1 : 0;
        f.sameDstCount = subtle ? clampInt(rng.uniform(3, 15), 1, 511) : clampInt(rng.uniform(50, 500), 1, 511);
        f.sameSrvRate = rng.uniform(0.0, subtle ? 0.5 : 0.1);
        f.distinctDstPorts = subtle ? clampInt(rng.uniform(3, 12), 1, 65535) : clampInt(rng.logNormal(5.0, 1.0), 10, 65535);
        f.serrorRate = rng.uniform(subtle ? 0.0 : 0.3, 1.0);
        f.rerrorRate = rng.uniform(subtle ? 0.1 : 0.5, 1.0);
        break;
    case Family::SynFlood:
        f.protocol = "tcp";
        f.service = rng.chance(0.7) ? "http" : "https";
        f.dstPort = f.service[4] == 's' ? 443 : 80;
        f.duration = rng.uniform(0.0, 1e-4);
        f.srcBytes = rng.chance(0.5) ? 0.0 : std::round(rng.uniform(40.0, 60.0));
        f.dstBytes = 0.0;
        f.srcPackets = 1.0;
        f.dstPackets = 0.0;
        f.syn = 1;
        f.sameDstCount = subtle ? clampInt(rng.uniform(20, 80), 1, 511) : clampInt(rng.uniform(300, 511), 1, 511);
        f.sameSrvRate = rng.uniform(0.9, 1.0);
        f.serrorRate = rng.uniform(subtle ? 0.4 : 0.9, 1.0);
        break;
    case Family::BruteForce:
        f.protocol = "tcp";
        f.service = rng.chance(0.6) ? "ssh" : "ftp";
        f.dstPort = f.service[0] == 's' ? 22 : 21;
        f.duration = rng.logNormal(0.5, 0.5);
        f.srcBytes = std::round(rng.logNormal(7.0, 0.3));
        f.dstBytes = std::round(rng.logNormal(7.3, 0.3));
        f.srcPackets = std::round(rng.uniform(10, 30));
        f.dstPackets = std::round(rng.uniform(8, 25));
        f.syn = 1;
        f.fin = 1;
        f.psh = static_cast<int>(f.srcPackets / 2);
        f.authFailures = subtle ? 1 : 1 + static_cast<int>(rng.below(6));
        f.sameDstCount = subtle ? clampInt(rng.uniform(2, 12), 1, 511) : clampInt(rng.uniform(20, 150), 1, 511);
        f.sameSrvRate = rng.uniform(0.95, 1.0);
        f.rerrorRate = rng.uniform(0.0, 0.2);
        break;
    case Family::Exfiltration:
        if (rng.chance(0.6)) {
            f.protocol = "tcp";
            f.service = "https";
            f.dstPort = 443;
            f.duration = rng.logNormal(5.0, 1.0);
            f.srcBytes = std::round(rng.logNormal(subtle ? 12.0 : 17.0, 1.0));
            f.dstBytes = std::round(rng.logNormal(8.0, 1.0));
            f.srcPackets = std::max(1.0, std::round(f.srcBytes / 1400.0));
            f.dstPackets = std::max(1.0, std::round(f.srcPackets / 2.0));
            f.syn = 1;
            f.fin = 1;
            f.psh = static_cast<int>(f.srcPackets / 3);
        } else {
            f.protocol = "udp";
            f.service = "dns";
            f.dstPort = 53;
            f.duration = rng.logNormal(subtle ? -3.0 : 1.0, 0.7);
            f.srcBytes = std::round(rng.logNormal(subtle ? 5.0 : 9.0, 0.5));
            f.dstBytes = std::round(rng.logNormal(5.0, 0.4));
            f.srcPackets = std::max(1.0, std::round(f.srcBytes / 200.0));
            f.dstPackets = f.srcPackets;
        }
        f.sameDstCount = clampInt(rng.logNormal(1.5, 0.9), 1, 511);
        f.sameSrvRate = std::clamp(rng.normal(0.9, 0.08), 0.0, 1.0);
        break;
    case Family::Normal:
        return normalFlow(rng);
    }
    return f;
}

Family pickAttack(Random &rng)
{
    const double u = rng.uniform();
    if (u < 0.35)
        return Family::PortScan;
    if (u < 0.70)
        return Family::SynFlood;
    if (u < 0.90)
        return Family::BruteForce;
    return Family::Exfiltration;
}

const char *labelOf(Family family)
{
    switch (family) {
    case Family::Normal: return "normal";
    case Family::PortScan: return "portscan";
    case Family::SynFlood: return "synflood";
    case Family::BruteForce: return "bruteforce";
    case Family::Exfiltration: return "exfiltration";
    }
    return "normal";
}

class LineWriter {
public:
    explicit LineWriter(std::string &out) : out_(out) {}
    LineWriter &text(const char *s)
    {
        separate();
        out_ += s;
        return *this;
    }
    LineWriter &integer(long long v)
    {
        separate();
        char buf[24];
        out_.append(buf, std::to_chars(buf, buf + sizeof buf, v).ptr);
        return *this;
    }
    LineWriter &fixed(double v, int decimals)
    {
        separate();
        char buf[64];
        out_.append(buf, std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, decimals).ptr);
        return *this;
    }
    void end()
    {
        out_ += '\n';
        first_ = true;
    }

private:
    void separate()
    {
        if (!first_)
            out_ += ',';
        first_ = false;
    }
    std::string &out_;
    bool first_ = true;
};

void writeFlow(LineWriter &w, const Flow &f, Random &rng, double timestampMs)
{
    // Flow ID as CICIDS2017 spells it: src-dst-srcport-dstport-protocol; nearly unique.
    char id[96];
    const int protoNumber = f.protocol[0] == 't' ? 6 : f.protocol[0] == 'u' ? 17 : 1;
    std::snprintf(id, sizeof id, "10.0.%u.%u-172.16.%u.%u-%u-%d-%d", static_cast<unsigned>(rng.below(16)),
                  static_cast<unsigned>(1 + rng.below(254)), static_cast<unsigned>(rng.below(4)),
                  static_cast<unsigned>(1 + rng.below(254)), static_cast<unsigned>(1024 + rng.below(64511)),
                  f.dstPort, protoNumber);
    const long long totalMs = static_cast<long long>(timestampMs);
    const long long seconds = totalMs / 1000;
    char stamp[48];
    std::snprintf(stamp, sizeof stamp, "2026-11-%02lld %02lld:%02lld:%02lld.%03lld", 2 + seconds / 86400,
                  (seconds / 3600) % 24, (seconds / 60) % 60, seconds % 60, totalMs % 1000);

    const double bytes = f.srcBytes + f.dstBytes;
    const double packets = f.srcPackets + f.dstPackets;
    const double seconds_ = std::max(f.duration, 1e-3);
    w.text(id).text(stamp).fixed(f.duration, 6).text(f.protocol).text(f.service);
    w.integer(static_cast<long long>(f.srcBytes)).integer(static_cast<long long>(f.dstBytes));
    w.integer(static_cast<long long>(f.srcPackets)).integer(static_cast<long long>(f.dstPackets));
    w.fixed(bytes / seconds_, 3).fixed(packets / seconds_, 3).fixed(packets > 0 ? bytes / packets : 0.0, 2);
    w.integer(f.syn).integer(f.fin).integer(f.rst).integer(f.psh).integer(f.authFailures);
    w.integer(f.sameDstCount).fixed(f.sameSrvRate, 2).integer(f.distinctDstPorts);
    w.fixed(f.serrorRate, 2).fixed(f.rerrorRate, 2).text(labelOf(f.family));
    w.end();
}

} // namespace

void writeSyntheticTraffic(std::ostream &out, const SyntheticTrafficParams &params)
{
    out << "flow_id,timestamp,duration,protocol,service,src_bytes,dst_bytes,src_packets,dst_packets,"
           "bytes_per_s,packets_per_s,mean_packet_size,syn_count,fin_count,rst_count,psh_count,"
           "auth_failures,same_dst_count,same_srv_rate,distinct_dst_ports,serror_rate,rerror_rate,label\n";
    Random rng(params.seed);
    std::string buffer;
    buffer.reserve(1 << 20);
    LineWriter writer(buffer);
    double timestampMs = 8.0 * 3600.0 * 1000.0;
    for (std::size_t row = 0; row < params.rows; ++row) {
        const bool attack = rng.chance(params.anomalyFraction);
        const Flow flow = attack ? attackFlow(rng, pickAttack(rng)) : normalFlow(rng);
        timestampMs += -std::log(1.0 - rng.uniform()) * 5.0;
        writeFlow(writer, flow, rng, timestampMs);
        if (buffer.size() > (1u << 20) - 512) {
            out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
            buffer.clear();
        }
    }
    out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
}

void writeSyntheticTrafficFile(const std::string &path, const SyntheticTrafficParams &params)
{
    writeFileAtomically(path, [&](std::ostream &out) { writeSyntheticTraffic(out, params); });
}

namespace {

// What a generated file's stamp records: the generator's parameters, and the file's size and
// modification time (empty when there is no such file).
std::string stampOf(const std::string &path, const SyntheticTrafficParams &params)
{
    std::error_code error;
    const auto size = std::filesystem::file_size(path, error);
    const auto modified = std::filesystem::last_write_time(path, error);
    if (error)
        return {};
    return std::to_string(params.rows) + ' ' + std::to_string(params.seed) + ' ' + std::to_string(params.anomalyFraction) +
           ' ' + std::to_string(size) + ' ' + std::to_string(modified.time_since_epoch().count());
}

} // namespace

void provideSyntheticTrafficFile(const std::string &path, const SyntheticTrafficParams &params)
{
    const std::string stampPath = path + ".stamp";
    std::string stamp;
    if (std::ifstream in(stampPath); in)
        std::getline(in, stamp);
    if (const std::string current = stampOf(path, params); !current.empty() && stamp == current)
        return;
    writeSyntheticTrafficFile(path, params);
    writeFileAtomically(stampPath, [&](std::ostream &out) { out << stampOf(path, params) << '\n'; });
}

} // namespace awb
