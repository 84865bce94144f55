// The checks every CLI parser shares: each turns an option's text into a value or throws BadValue
// with the sentence shown to the user.
#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <cmath>
#include <string>
#include <vector>

#include "CliOptions.h"
#include "common/InputError.h"

namespace cli {

// Thrown inside parsing; carries the one-line message shown to the user.
struct BadValue {
    QString message;
};

inline double number(const QString &option, const QString &text, double lo, double hi)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < lo || value > hi)
        throw BadValue{CliOptionParser::tr("--%1 expects a number from %2 to %3, not \"%4\".")
                           .arg(option).arg(lo).arg(hi).arg(text)};
    return value;
}

inline long long integer(const QString &option, const QString &text, long long lo, long long hi)
{
    bool ok = false;
    const long long value = text.toLongLong(&ok);
    if (!ok || value < lo || value > hi)
        throw BadValue{CliOptionParser::tr("--%1 expects a whole number from %2 to %3, not \"%4\".")
                           .arg(option).arg(lo).arg(hi).arg(text)};
    return value;
}

template <typename Enum>
Enum choice(const QString &option, const QString &text, std::initializer_list<std::pair<const char *, Enum>> choices)
{
    QStringList names;
    for (const auto &[name, value] : choices) {
        if (text.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return value;
        names << QLatin1String(name);
    }
    throw BadValue{CliOptionParser::tr("--%1 expects one of %2, not \"%3\".").arg(option, names.join(", "), text)};
}

inline char delimiter(const QString &text)
{
    if (text == "tab" || text == "\\t" || text == "\t")
        return '\t';
    if (text.size() == 1 && QString(",;|").contains(text))
        return text.at(0).toLatin1();
    throw BadValue{CliOptionParser::tr("--delimiter expects one of , ; | tab, not \"%1\".").arg(text)};
}

inline std::vector<std::string> list(const QString &text)
{
    std::vector<std::string> items;
    for (const QString &item : text.split(',', Qt::SkipEmptyParts))
        items.push_back(item.trimmed().toStdString());
    return items;
}

// Runs a core call that reports bad values as InputError, turning the error into a BadValue.
template <typename Fn>
auto checked(const QString &context, Fn fn)
{
    try {
        return fn();
    } catch (const awb::InputError &e) {
        throw BadValue{context + QString::fromStdString(e.message())};
    }
}

// --header, --no-header and --delimiter, where a command takes them.
inline void readDialect(const QCommandLineParser &p, awb::ReadOptions &read)
{
    const bool header = p.isSet(QStringLiteral("header")), noHeader = p.isSet(QStringLiteral("no-header"));
    if (header && noHeader)
        throw BadValue{CliOptionParser::tr("--header and --no-header exclude each other.")};
    if (header || noHeader)
        read.header = header;
    if (p.isSet(QStringLiteral("delimiter")))
        read.delimiter = delimiter(p.value(QStringLiteral("delimiter")));
}

} // namespace cli
