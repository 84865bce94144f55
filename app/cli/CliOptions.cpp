// Maps anomaly-cli's options onto a RunSpec, validating each value as it goes.
#include "CliOptions.h"
#include "CliValues.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include <cmath>

#include "common/InputError.h"
#include "history/RunHistory.h"
#include "models/DetectorRegistry.h"
#include "pipeline/RunDocument.h"

using namespace cli;

namespace {

std::vector<awb::DetectorSpec> detectorsFrom(const QString &text)
{
    std::vector<awb::DetectorSpec> specs;
    const auto &registry = awb::detectorRegistry();
    for (const std::string &id : list(text)) {
        if (id == "none")
            continue;
        if (id == "all") {
            for (const auto &d : registry.all())
                specs.push_back(awb::defaultDetectorSpec(d->id()));
            continue;
        }
        if (!registry.find(id))
            throw BadValue{CliOptionParser::tr("--models expects detector ids (%1), all or none, not \"%2\".")
                               .arg(QString::fromStdString(registry.idList()), QString::fromStdString(id))};
        specs.push_back(awb::defaultDetectorSpec(id));
    }
    for (std::size_t i = 0; i < specs.size(); ++i)
        for (std::size_t j = 0; j < i; ++j)
            if (specs[i].name == specs[j].name)
                throw BadValue{CliOptionParser::tr("--models names %1 twice.").arg(QString::fromStdString(specs[i].name))};
    return specs;
}

// Sets KEY=VALUE on one detector spec: a schema parameter, "threshold" or "train_on". Errors start
// with `option`, the option the user wrote.
void setOnDetector(awb::DetectorSpec &spec, const std::string &key, const std::string &value, const QString &option)
{
    const QString context = option + QStringLiteral(": ");
    if (key == "threshold") {
        spec.threshold = checked(context, [&] { return awb::ThresholdPolicy::parse(value); });
        if (spec.threshold.kind == awb::ThresholdPolicy::Kind::Automatic &&
            !awb::detectorRegistry().get(spec.detector).automaticThreshold())
            throw BadValue{context + CliOptionParser::tr("%1 has no automatic threshold; choose another policy (see "
                                                         "--help).").arg(QString::fromStdString(spec.name))};
    } else if (key == "train_on") {
        spec.trainOn = checked(context, [&] { return awb::trainOnFromString(value); });
    } else {
        const awb::ParamSchema &schema = awb::detectorRegistry().get(spec.detector).schema();
        spec.params = checked(context, [&] { return schema.set(spec.params, key, value); });
    }
}

awb::DetectorSpec &detectorNamed(std::vector<awb::DetectorSpec> &specs, const std::string &name, const QString &option)
{
    for (auto &s : specs)
        if (s.name == name)
            return s;
    throw BadValue{CliOptionParser::tr("%1 names the detector \"%2\", which is not among --models.")
                       .arg(option, QString::fromStdString(name))};
}

// QCommandLineParser has no optional values: "--demo 5000" and "--demo=5000" are folded here.
QStringList foldDemoRows(QStringList args, QString &rows)
{
    for (int i = 1; i < args.size(); ++i) {
        if (args[i].startsWith("--demo=")) {
            rows = args[i].mid(7);
            args[i] = "--demo";
        } else if (args[i] == "--demo" && i + 1 < args.size() && !args[i + 1].startsWith('-')) {
            rows = args[i + 1];
            args.removeAt(i + 1);
        }
    }
    return args;
}

bool isFlag(const awb::Detector &detector, const awb::OptionAlias &alias)
{
    const awb::ParamSpec *spec = detector.schema().find(alias.key);
    return spec && spec->type == awb::ParamType::Bool;
}

// Examples of --set from the registered detectors: a parameter at its default, a threshold policy
// and training rows.
QString setExamples()
{
    QStringList examples;
    for (const auto &d : awb::detectorRegistry().all()) {
        if (d->schema().specs().empty())
            continue;
        const awb::ParamSpec &first = d->schema().specs().front();
        examples << QStringLiteral("%1.%2=%3").arg(QString::fromStdString(d->id()), QString::fromStdString(first.key),
                                                   QString::fromStdString(awb::ParamSchema::toText(first.defaultValue)));
        break;
    }
    if (!awb::detectorRegistry().all().empty()) {
        const QString id = QString::fromStdString(awb::detectorRegistry().all().back()->id());
        examples << id + QStringLiteral(".threshold=contamination:0.05") << id + QStringLiteral(".train_on=all");
    }
    return examples.join(QStringLiteral(", "));
}

void addOptions(QCommandLineParser &p)
{
    auto add = [&p](const QString &name, const QString &description, const QString &value = {}) {
        p.addOption(QCommandLineOption(name, description, value));
    };
    add("train", CliOptionParser::tr("Training data file (CSV/TSV, optionally .gz)."), CliOptionParser::tr("FILE"));
    add("test", CliOptionParser::tr("Separate test data file; otherwise a stratified split of the training file."), CliOptionParser::tr("FILE"));
    const awb::DataSpec defaults;
    add("test-fraction", CliOptionParser::tr("Fraction of the training file held out for testing (default %1).")
                             .arg(defaults.load.testFraction), CliOptionParser::tr("F"));
    add("label", CliOptionParser::tr("Label column: a name or a 0-based index."), CliOptionParser::tr("COL"));
    add("normal", CliOptionParser::tr("Label value(s) meaning normal, comma-separated (default: detected)."), CliOptionParser::tr("VALUE"));
    add("ignore", CliOptionParser::tr("Columns to ignore: names or 0-based indices, comma-separated."), CliOptionParser::tr("COLS"));
    add("categorical", CliOptionParser::tr("Columns to read as categories, one-hot encoded (a port or protocol code): "
                                           "names or 0-based indices, comma-separated."), CliOptionParser::tr("COLS"));
    add("numeric", CliOptionParser::tr("Columns to read as numbers, for those the reader took for categories."),
        CliOptionParser::tr("COLS"));
    add("attack-type", CliOptionParser::tr("A second target column with the attack type (e.g. UNSW-NB15's attack_cat): "
                                           "never a feature; reports give recall per type."), CliOptionParser::tr("COL"));
    add("header", CliOptionParser::tr("The first line is a header."));
    add("no-header", CliOptionParser::tr("The first line is data."));
    add("delimiter", CliOptionParser::tr("Field delimiter: , ; | or tab (default: detected)."), CliOptionParser::tr("C"));
    add("missing", CliOptionParser::tr("Missing or non-finite cells: impute (training median), drop (the row) or fail."), CliOptionParser::tr("POLICY"));
    add("scale", CliOptionParser::tr("Scaling of numeric features: minmax, standard, robust (median and interquartile "
                                     "range) or none."), CliOptionParser::tr("SCALING"));
    add("log", CliOptionParser::tr("log1p before scaling: off, or heavy-tailed (non-negative columns spanning three "
                                   "decades: bytes, packets, durations)."), CliOptionParser::tr("MODE"));
    add("log-columns", CliOptionParser::tr("Columns to take log1p of whatever --log says (names or indices)."),
        CliOptionParser::tr("COLS"));
    add("no-log-columns", CliOptionParser::tr("Columns never to take log1p of."), CliOptionParser::tr("COLS"));
    add("seed", CliOptionParser::tr("Seed for the split and every detector's seed (default %1).").arg(defaults.load.seed),
        CliOptionParser::tr("N"));
    add("demo", CliOptionParser::tr("Use the built-in generated demo data (optionally ROWS rows, default %1).")
                    .arg(defaults.demoRows));
    add("write-demo", CliOptionParser::tr("Write the generated demo data to FILE as CSV and exit."), CliOptionParser::tr("FILE"));
    add("models", CliOptionParser::tr("Detectors to run: ids comma-separated (%1), all, or none (default all).")
                      .arg(QString::fromStdString(awb::detectorRegistry().idList())), CliOptionParser::tr("LIST"));
    add("set", CliOptionParser::tr("Set a detector's parameter, threshold policy or training rows, e.g. %1 "
                                   "(repeatable; see Detectors below).").arg(setExamples()),
        CliOptionParser::tr("DETECTOR.KEY=VALUE"));
    add("train-on", CliOptionParser::tr("Rows every detector is fitted on: normal (the labelled-normal rows; all rows "
                                        "when unlabelled) or all (default normal)."), CliOptionParser::tr("ROWS"));
    add("threshold", CliOptionParser::tr("Threshold policy for every detector (see Threshold policies below), or "
                                         "compare: a table of every policy's threshold and what it flags."),
        CliOptionParser::tr("POLICY"));
    add("threads", CliOptionParser::tr("Worker threads for fitting and scoring (default: all cores)."), CliOptionParser::tr("N"));
    add("json", CliOptionParser::tr("Write the run (its spec and its results) as a JSON document to FILE."), CliOptionParser::tr("FILE"));
    add("rerun", CliOptionParser::tr("Replay the run stored in a JSON document written by --json."), CliOptionParser::tr("FILE"));
    add("sample", CliOptionParser::tr("Train and evaluate on a uniform random sample of N rows of the --train file, read "
                                      "in one pass (for files larger than memory); --scores then scores every row of "
                                      "the --train and the --test file in a stream, a first column naming the file, the "
                                      "label column copied."),
        CliOptionParser::tr("N"));
    add("scores", CliOptionParser::tr("Write per-row scores, predictions and labels to FILE as CSV."), CliOptionParser::tr("FILE"));
    add("save-model", CliOptionParser::tr("Save the trained detectors with their preprocessing to FILE."), CliOptionParser::tr("FILE"));
    add("load-model", CliOptionParser::tr("Score with the detectors in FILE instead of training."), CliOptionParser::tr("FILE"));
    add("export-onnx", CliOptionParser::tr("Write the trained detectors with their preprocessing to FILE as an ONNX model "
                                           "(ECOD has no ONNX form and is left out)."),
        CliOptionParser::tr("FILE"));
    add("progress", CliOptionParser::tr("Print each step and its progress on standard error."));
    add("history", CliOptionParser::tr("The run history database every run is recorded in (default: %1).")
                       .arg(QString::fromStdString(awb::defaultHistoryPath())), CliOptionParser::tr("FILE"));
    add("no-history", CliOptionParser::tr("Do not record the run in the history."));
    add("history-models", CliOptionParser::tr("Keep the trained detectors in the history, so the run can be reopened and scored again."));
    add("report", CliOptionParser::tr("Write a PDF report of the run to FILE (needs no display)."), CliOptionParser::tr("FILE"));
    add("page-size", CliOptionParser::tr("Page size of the report: a4 or letter (default: the locale's)."), CliOptionParser::tr("SIZE"));
    add("export-flagged", CliOptionParser::tr("Write the test rows flagged by any detector to FILE as CSV: their original "
                                              "columns, each detector's score and prediction, the true label."),
        CliOptionParser::tr("FILE"));
    add("export-metrics", CliOptionParser::tr("Write every detector's train and test metrics to FILE as CSV."), CliOptionParser::tr("FILE"));
    add("grid", CliOptionParser::tr("sweep: the settings to sweep, e.g. \"%1\" (1 to 3 axes; every combination is one run).")
                    .arg(QStringLiteral("DETECTOR.KEY=V1,V2;DETECTOR.KEY=V3,V4")), CliOptionParser::tr("AXES"));
    for (const auto &detector : awb::detectorRegistry().all())
        for (const awb::OptionAlias &alias : detector->optionAliases())
            add(QString::fromStdString(alias.option),
                CliOptionParser::tr("Same as --set %1.%2=%3.")
                    .arg(QString::fromStdString(detector->id()), QString::fromStdString(alias.key),
                         isFlag(*detector, alias) ? QStringLiteral("true") : QStringLiteral("%1V").arg(QString::fromStdString(alias.valuePrefix))),
                isFlag(*detector, alias) ? QString() : CliOptionParser::tr("V"));
}

// `text` as lines of at most `width` characters, each indented by `indent` spaces.
QString wrapped(const QString &text, int indent, int width)
{
    QString out, line;
    for (const QString &word : text.split(' ', Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && indent + line.size() + 1 + word.size() > width) {
            out += QString(indent, ' ') + line + '\n';
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        out += QString(indent, ' ') + line + '\n';
    return out;
}

} // namespace

bool CliOptionParser::wantsReport(const QStringList &arguments)
{
    for (const QString &a : arguments)
        if (a == QLatin1String("--report") || a.startsWith(QLatin1String("--report=")))
            return true;
    return false;
}

QString CliOptionParser::detectorHelp()
{
    QString text = tr("Threshold policies (--threshold, DETECTOR.threshold=):") + '\n' +
                   QCoreApplication::translate("awb", awb::thresholdPolicyHelp().c_str()) + "\n\n";
    text += wrapped(tr("Detectors (--models; set with --set DETECTOR.KEY=VALUE; every detector also takes "
                              "DETECTOR.threshold=POLICY and DETECTOR.train_on=normal|all):"), 0, 100);
    for (const auto &detector : awb::detectorRegistry().all()) {
        text += QStringLiteral("\n  %1  %2\n")
                    .arg(QString::fromStdString(detector->id()),
                         QCoreApplication::translate("awb", detector->displayName().c_str()));
        if (detector->schema().specs().empty())
            text += "    " + tr("(no parameters)") + '\n';
        for (const awb::ParamSpec &s : detector->schema().specs()) {
            text += QStringLiteral("    %1  %2; default %3\n")
                        .arg(QString::fromStdString(s.key).leftJustified(20), QString::fromStdString(awb::ParamSchema::rangeText(s)),
                             QString::fromStdString(awb::ParamSchema::toText(s.defaultValue)));
            text += wrapped(QCoreApplication::translate("awb", s.help.c_str()), 26, 100);
        }
    }
    return text;
}

namespace {

// The data source and the load options.
// A column named by two role options (--label x --categorical x) is refused: whichever came last
// would win without a word, and a label read as a feature is the answer given to the detectors.
void refuseTwoRoles(const awb::LoadOptions &load)
{
    std::vector<std::pair<awb::ColumnRef, QString>> named;
    if (load.label)
        named.emplace_back(*load.label, QStringLiteral("--label"));
    for (const awb::ColumnRef &column : load.ignore)
        named.emplace_back(column, QStringLiteral("--ignore"));
    for (const auto &[column, role] : load.roleOverrides)
        named.emplace_back(column, role == awb::ColumnRole::CategoricalFeature ? QStringLiteral("--categorical") : QStringLiteral("--numeric"));
    if (load.attackType)
        named.emplace_back(*load.attackType, QStringLiteral("--attack-type"));
    for (std::size_t i = 0; i < named.size(); ++i)
        for (std::size_t j = 0; j < i; ++j)
            if (named[i].first == named[j].first && named[i].second != named[j].second) {
                const awb::ColumnRef &c = named[i].first;
                throw BadValue{CliOptionParser::tr("%1 and %2 both name column %3: a column has one role.")
                                   .arg(named[j].second, named[i].second,
                                        c.index >= 0 ? QString::number(c.index) : '"' + QString::fromStdString(c.name) + '"')};
            }
}

void readData(const QCommandLineParser &p, const QString &demoRows, CliOptions &o)
{
    const auto value = [&p](const char *name) { return p.value(QString::fromLatin1(name)); };
    const auto isSet = [&p](const char *name) { return p.isSet(QString::fromLatin1(name)); };
    // A list option's columns from every time it is given ("--ignore a --ignore b,c").
    const auto columns = [&p](const char *name) {
        std::vector<awb::ColumnRef> refs;
        for (const QString &given : p.values(QString::fromLatin1(name)))
            for (const std::string &column : list(given))
                refs.push_back(awb::ColumnRef::parse(column));
        return refs;
    };
    awb::DataSpec &data = o.spec.data;
    awb::LoadOptions &load = data.load;
    data.demo = isSet("demo");
    if (!demoRows.isEmpty())
        data.demoRows = static_cast<std::size_t>(integer("demo", demoRows, 10, 100'000'000));
    if (isSet("write-demo"))
        o.writeDemoFile = value("write-demo").toStdString();
    // Data files are kept by absolute path: a run's JSON or history record (--rerun, the GUI's
    // Reopen) finds them from anywhere.
    const auto file = [&](const char *option) { return QFileInfo(value(option)).absoluteFilePath().toStdString(); };
    if (isSet("train"))
        load.trainFile = file("train");
    if (!data.demo && load.trainFile.empty() && o.writeDemoFile.empty())
        throw BadValue{CliOptionParser::tr("Give a data file with --train FILE, or --demo for the built-in demo data.")};
    if (data.demo && !load.trainFile.empty())
        throw BadValue{CliOptionParser::tr("--demo and --train exclude each other.")};
    if (isSet("sample")) {
        if (load.trainFile.empty())
            throw BadValue{CliOptionParser::tr("--sample needs --train FILE: it samples that file's rows (the demo data is "
                                               "generated whole; --demo N makes it smaller).")};
        load.sampleRows = static_cast<std::size_t>(integer("sample", value("sample"), awb::LoadOptions::kMinSampleRows, awb::LoadOptions::kMaxSampleRows));
    }
    if (isSet("test"))
        load.testFile = file("test");
    if (isSet("test-fraction"))
        load.testFraction = number("test-fraction", value("test-fraction"), 0.0, 0.95);
    if (isSet("label"))
        load.label = awb::ColumnRef::parse(value("label").toStdString());
    if (isSet("normal"))
        load.normalValues = list(value("normal"));
    load.ignore = columns("ignore");
    for (const auto &[option, role] : {std::pair{"categorical", awb::ColumnRole::CategoricalFeature},
                                       std::pair{"numeric", awb::ColumnRole::NumericFeature}})
        for (const awb::ColumnRef &column : columns(option))
            load.roleOverrides.emplace_back(column, role);
    if (isSet("attack-type"))
        load.attackType = awb::ColumnRef::parse(value("attack-type").toStdString());
    refuseTwoRoles(load);
    readDialect(p, load.read);
    if (isSet("missing"))
        load.missing = choice<awb::MissingPolicy>("missing", value("missing"),
            {{"impute", awb::MissingPolicy::Impute}, {"drop", awb::MissingPolicy::DropRow},
             {"fail", awb::MissingPolicy::Fail}});
    if (isSet("scale"))
        load.scaling = choice<awb::Scaling>("scale", value("scale"),
            {{"minmax", awb::Scaling::MinMax}, {"standard", awb::Scaling::Standard}, {"none", awb::Scaling::None},
             {"robust", awb::Scaling::Robust}});
    if (isSet("log"))
        load.log = choice<awb::LogTransform>("log", value("log"),
                                             {{"off", awb::LogTransform::Off}, {"heavy-tailed", awb::LogTransform::HeavyTailed}});
    for (const auto &[option, on] : {std::pair{"log-columns", true}, std::pair{"no-log-columns", false}})
        for (const awb::ColumnRef &column : columns(option))
            load.logOverrides.emplace_back(column, on);
}

// The detectors and their settings: --models, then --seed, --train-on, --threshold, the aliases
// and --set, later options winning.
void readDetectors(const QCommandLineParser &p, awb::RunSpec &spec)
{
    const auto value = [&p](const char *name) { return p.value(QString::fromLatin1(name)); };
    const auto isSet = [&p](const char *name) { return p.isSet(QString::fromLatin1(name)); };
    spec.detectors = detectorsFrom(isSet("models") ? value("models") : QStringLiteral("all"));
    if (isSet("seed")) {
        const auto seed = static_cast<std::uint64_t>(integer("seed", value("seed"), 0, 9007199254740991LL));
        spec.data.load.seed = seed;
        for (awb::DetectorSpec &d : spec.detectors)
            if (awb::detectorRegistry().get(d.detector).schema().find("seed"))
                setOnDetector(d, "seed", std::to_string(seed), QStringLiteral("--seed"));
    }
    for (const auto &[option, key] : {std::pair{"train-on", "train_on"}, std::pair{"threshold", "threshold"}})
        if (isSet(option) && value(option) != QLatin1String("compare"))
            for (awb::DetectorSpec &d : spec.detectors)
                setOnDetector(d, key, value(option).toStdString(), QStringLiteral("--") + QLatin1String(option));
    for (const auto &detector : awb::detectorRegistry().all()) {
        for (const awb::OptionAlias &alias : detector->optionAliases()) {
            const QString option = QString::fromStdString(alias.option);
            if (!p.isSet(option))
                continue;
            awb::DetectorSpec &d = detectorNamed(spec.detectors, detector->id(), "--" + option);
            const std::string given = isFlag(*detector, alias) ? "true" : p.value(option).toStdString();
            setOnDetector(d, alias.key, given == "auto" ? given : alias.valuePrefix + given, "--" + option);
        }
    }
    for (const QString &assignment : p.values(QStringLiteral("set"))) {
        const qsizetype dot = assignment.indexOf('.'), equals = assignment.indexOf('=');
        if (dot < 1 || equals < dot + 2)
            throw BadValue{CliOptionParser::tr("--set expects DETECTOR.KEY=VALUE, not \"%1\".").arg(assignment)};
        awb::DetectorSpec &d = detectorNamed(spec.detectors, assignment.left(dot).toStdString(), QStringLiteral("--set"));
        setOnDetector(d, assignment.mid(dot + 1, equals - dot - 1).toStdString(), assignment.mid(equals + 1).toStdString(),
                      QStringLiteral("--set ") + assignment.left(equals));
    }
}

// Options that change what is run: they have no place beside --rerun or --load-model.
void rejectOthers(const QCommandLineParser &p, const QStringList &allowed, const QString &why)
{
    for (const QString &name : p.optionNames())
        if (!allowed.contains(name))
            throw BadValue{why.arg(name)};
}

// Where a run's results go: the history, the files written, progress lines.
void readOutputs(const QCommandLineParser &p, CliOptions &o)
{
    o.historyFile = p.isSet(QStringLiteral("history")) ? p.value(QStringLiteral("history")).toStdString()
                                                       : awb::defaultHistoryPath();
    o.noHistory = p.isSet(QStringLiteral("no-history"));
    o.historyModels = p.isSet(QStringLiteral("history-models"));
    o.jsonFile = p.value(QStringLiteral("json")).toStdString();
    o.reportFile = p.value(QStringLiteral("report")).toStdString();
    o.pageSize = p.value(QStringLiteral("page-size")).toStdString();
    o.flaggedFile = p.value(QStringLiteral("export-flagged")).toStdString();
    o.metricsFile = p.value(QStringLiteral("export-metrics")).toStdString();
    if (!o.pageSize.empty() && o.pageSize != "a4" && o.pageSize != "letter")
        throw BadValue{CliOptionParser::tr("--page-size expects a4 or letter, not \"%1\".").arg(QString::fromStdString(o.pageSize))};
    o.scoresFile = p.value(QStringLiteral("scores")).toStdString();
    o.saveModelFile = p.value(QStringLiteral("save-model")).toStdString();
    o.loadModelFile = p.value(QStringLiteral("load-model")).toStdString();
    o.onnxFile = p.value(QStringLiteral("export-onnx")).toStdString();
    o.progress = p.isSet(QStringLiteral("progress"));
}

// --rerun: the stored run's spec; only output options may go with it.
void readRerun(const QCommandLineParser &p, CliOptions &o)
{
    rejectOthers(p, {"rerun", "json", "scores", "save-model", "export-onnx", "progress", "history", "no-history", "history-models", "report",
                     "page-size", "export-flagged", "export-metrics"},
                 CliOptionParser::tr("--rerun replays a stored run as it was; it does not take --%1."));
    o.rerunFile = p.value(QStringLiteral("rerun")).toStdString();
    const awb::RunDocument stored = checked(QString(), [&] { return awb::readRunDocument(o.rerunFile); });
    o.spec = stored.spec;
    o.storedFingerprint = stored.result.dataset.fingerprint;
}

// A command's help: Qt's usage line ("Usage: anomaly-cli [options] ...") with the command's name
// before the options, as it is typed.
QString commandUsage(QString help, const QString &command)
{
    if (command.isEmpty())
        return help;
    // Qt's own words, in the language it prints them in (passed by name: they are Qt's to translate,
    // not this project's).
    static const char *const qtContext = "QCommandLineParser", *const qtOptions = "[options]";
    const QString options = QLatin1Char(' ') + QCoreApplication::translate(qtContext, qtOptions);
    const auto at = help.indexOf(options);
    return at < 0 ? help : help.insert(at, QLatin1Char(' ') + command);
}

// The outputs of a single run, which a sweep (runs recorded in the history) does not take.
constexpr const char *kNotForSweep[] = {"report", "scores", "save-model", "export-flagged", "export-metrics",
                                        "load-model", "rerun", "export-onnx"};

// --help: the run's, or with the sweep command the sweep's, which the same options serve.
QString helpText(QCommandLineParser &p)
{
    const bool sweep = !p.positionalArguments().isEmpty() && p.positionalArguments().first() == QStringLiteral("sweep");
    if (!sweep)
        return p.helpText();
    QStringList refused;
    for (const char *option : kNotForSweep)
        refused << QStringLiteral("--") + QLatin1String(option);
    p.setApplicationDescription(
        CliOptionParser::tr("Runs every combination of the settings in --grid (1 to 3 axes) on the same data and split, "
                            "prints one line of figures per run and records each run in the run history (--json FILE "
                            "also writes them as JSON). The data and detector options below apply to every run; the "
                            "outputs of a single run (%1) do not.")
            .arg(refused.join(QStringLiteral(", "))));
    return commandUsage(p.helpText(), QStringLiteral("sweep --grid ") + CliOptionParser::tr("AXES"));
}

} // namespace

std::optional<CliOptions> CliOptionParser::parse(const QStringList &rawArguments)
{
    if (rawArguments.size() > 1 && rawArguments.at(1) == QStringLiteral("history"))
        return parseHistory(rawArguments);
    if (rawArguments.size() > 1 && rawArguments.at(1) == QStringLiteral("score"))
        return parseScore(rawArguments);
    QString demoRows;
    const QStringList arguments = foldDemoRows(rawArguments, demoRows);

    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Trains anomaly detectors on network-traffic data and prints classification reports and confusion "
           "matrices for train and test.") + QStringLiteral("\n\n") +
        tr("Other commands: anomaly-cli score (streams a file of any size through a saved model), anomaly-cli sweep "
           "--grid ... (runs every combination of settings), anomaly-cli history (lists, shows, compares and deletes "
           "recorded runs); each has its own --help."));
    const auto help = p.addHelpOption();
    const auto version = p.addVersionOption();
    addOptions(p);

    if (!p.parse(arguments)) {
        error_ = p.errorText();
        return std::nullopt;
    }
    if (p.isSet(help)) {
        output_ = helpText(p) + '\n' + detectorHelp();
        return std::nullopt;
    }
    if (p.isSet(version)) {
        output_ = QStringLiteral("%1 %2\n").arg(QCoreApplication::applicationName(), QCoreApplication::applicationVersion());
        return std::nullopt;
    }
    const QStringList positional = p.positionalArguments();
    const bool sweep = !positional.isEmpty() && positional.first() == QStringLiteral("sweep");
    if (positional.size() > (sweep ? 1 : 0)) {
        error_ = tr("Unexpected argument \"%1\" (see --help).").arg(positional.at(sweep ? 1 : 0));
        return std::nullopt;
    }
    if (sweep != p.isSet(QStringLiteral("grid"))) {
        error_ = sweep ? tr("sweep needs --grid \"DETECTOR.KEY=V1,V2;...\".") : tr("--grid goes with the sweep command.");
        return std::nullopt;
    }

    CliOptions o;
    try {
        o.command = sweep ? CliOptions::Command::Sweep : CliOptions::Command::Run;
        o.grid = p.value(QStringLiteral("grid")).toStdString();
        readOutputs(p, o);
        if (p.isSet(QStringLiteral("rerun"))) {
            readRerun(p, o);
            return o;
        }
        if (sweep)
            for (const char *ignored : kNotForSweep)
                if (p.isSet(QLatin1String(ignored)))
                    throw BadValue{tr("sweep writes its runs to the history and --json; it does not take --%1.").arg(QLatin1String(ignored))};
        readData(p, demoRows, o);
        if (p.isSet(QStringLiteral("threads")))
            o.spec.threads = static_cast<int>(integer("threads", p.value(QStringLiteral("threads")), 1, 256));
        if (!o.loadModelFile.empty()) {
            // The saved detectors score with their own settings and thresholds.
            QStringList dataOptions{"train", "test", "test-fraction", "label", "normal", "ignore", "header", "no-header",
                                    "delimiter", "missing", "seed", "demo", "threads", "json", "scores", "load-model", "export-onnx",
                                    "progress", "history", "no-history", "history-models", "report", "page-size",
                                    "export-flagged", "export-metrics"};
            rejectOthers(p, dataOptions, tr("--load-model scores with the saved detectors' own settings; it does not take --%1."));
            return o;
        }
        readDetectors(p, o.spec);
        o.compareThresholds = p.value(QStringLiteral("threshold")) == QLatin1String("compare");
        if (o.spec.detectors.empty() && !o.saveModelFile.empty())
            throw BadValue{tr("--save-model needs at least one detector (--models).")};
    } catch (const BadValue &bad) {
        error_ = bad.message;
        return std::nullopt;
    }
    return o;
}

bool CliOptionParser::parseSubcommand(QCommandLineParser &p, const QStringList &arguments)
{
    QStringList args = arguments;
    const QString command = args.takeAt(1);
    if (!p.parse(args)) {
        error_ = p.errorText();
        return false;
    }
    if (p.isSet(QStringLiteral("help"))) {
        output_ = commandUsage(p.helpText(), command);
        return false;
    }
    return true;
}

// `anomaly-cli history list|show ID|compare ID...|delete ID [--json] [--history FILE]`.
std::optional<CliOptions> CliOptionParser::parseHistory(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Lists, shows, compares and deletes the runs recorded in the run history."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("command"), tr("list, show ID, compare ID ID..., or delete ID. An ID is a run's "
                                                          "number, or NUMBER:DETECTOR for one detector of it."));
    p.addOption(QCommandLineOption(QStringLiteral("json"), tr("Print JSON instead of tables.")));
    p.addOption(QCommandLineOption(QStringLiteral("report"), tr("compare: also write a PDF comparison report to FILE."), tr("FILE")));
    p.addOption(QCommandLineOption(QStringLiteral("csv"), tr("compare: also write the comparison's tables to FILE as CSV."), tr("FILE")));
    p.addOption(QCommandLineOption(QStringLiteral("page-size"), tr("Page size of the report: a4 or letter."), tr("SIZE")));
    p.addOption(QCommandLineOption(QStringLiteral("history"), tr("The run history database (default: %1).")
                                                                  .arg(QString::fromStdString(awb::defaultHistoryPath())),
                                   tr("FILE")));
    if (!parseSubcommand(p, arguments))
        return std::nullopt;
    CliOptions o;
    o.jsonOutput = p.isSet(QStringLiteral("json"));
    o.reportFile = p.value(QStringLiteral("report")).toStdString();
    o.metricsFile = p.value(QStringLiteral("csv")).toStdString();
    o.pageSize = p.value(QStringLiteral("page-size")).toStdString();
    if (!o.pageSize.empty() && o.pageSize != "a4" && o.pageSize != "letter") {
        error_ = tr("--page-size expects a4 or letter, not \"%1\".").arg(QString::fromStdString(o.pageSize));
        return std::nullopt;
    }
    o.historyFile = p.isSet(QStringLiteral("history")) ? p.value(QStringLiteral("history")).toStdString()
                                                       : awb::defaultHistoryPath();
    QStringList positional = p.positionalArguments();
    const QString command = positional.isEmpty() ? QString() : positional.takeFirst();
    for (const QString &id : positional)
        o.historyIds.push_back(id.toStdString());
    const std::pair<const char *, CliOptions::Command> commands[] = {
        {"list", CliOptions::Command::HistoryList}, {"show", CliOptions::Command::HistoryShow},
        {"compare", CliOptions::Command::HistoryCompare}, {"delete", CliOptions::Command::HistoryDelete}};
    bool known = false;
    for (const auto &[name, value] : commands)
        if (command == QLatin1String(name)) {
            o.command = value;
            known = true;
        }
    if (!known) {
        error_ = tr("history expects list, show ID, compare ID ID... or delete ID, not \"%1\".").arg(command);
        return std::nullopt;
    }
    const std::size_t ids = o.historyIds.size();
    const bool countOk = o.command == CliOptions::Command::HistoryList      ? ids == 0
                         : o.command == CliOptions::Command::HistoryCompare ? ids >= 1 && ids <= 8
                                                                            : ids == 1;
    if (!countOk) {
        error_ = tr("history %1: wrong number of run ids (compare takes 1 to 8, show and delete one, list none).").arg(command);
        return std::nullopt;
    }
    return o;
}
