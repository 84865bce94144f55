// Maps anomaly-cli's options onto the pipeline config, validating each value as it goes.
#include "CliOptions.h"

#include <QCommandLineParser>

#include <cmath>
#include <cstdio>

namespace {

// Thrown inside parsing; carries the one-line message shown to the user.
struct BadValue {
    QString message;
};

double number(const QString &option, const QString &text, double lo, double hi)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < lo || value > hi)
        throw BadValue{CliOptionParser::tr("--%1 expects a number from %2 to %3, not \"%4\".")
                           .arg(option).arg(lo).arg(hi).arg(text)};
    return value;
}

long long integer(const QString &option, const QString &text, long long lo, long long hi)
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

char delimiter(const QString &text)
{
    if (text == "tab" || text == "\\t" || text == "\t")
        return '\t';
    if (text.size() == 1 && QString(",;|").contains(text))
        return text.at(0).toLatin1();
    throw BadValue{CliOptionParser::tr("--delimiter expects one of , ; | tab, not \"%1\".").arg(text)};
}

std::vector<std::string> list(const QString &text)
{
    std::vector<std::string> items;
    for (const QString &item : text.split(',', Qt::SkipEmptyParts))
        items.push_back(item.trimmed().toStdString());
    return items;
}

void applySize(const QString &option, const QString &text, awb::IsolationForestParams::SizeKind &kind,
               double &value, bool allowAuto)
{
    using Kind = awb::IsolationForestParams::SizeKind;
    if (allowAuto && text == "auto") {
        kind = Kind::Auto;
    } else if (text.contains('.')) {
        kind = Kind::Fraction;
        value = number(option, text, 1e-9, 1.0);
    } else {
        kind = Kind::Count;
        value = static_cast<double>(integer(option, text, 1, 1LL << 40));
    }
}

std::vector<awb::ModelKind> models(const QString &text)
{
    std::vector<awb::ModelKind> kinds;
    for (const std::string &name : list(text)) {
        const QString n = QString::fromStdString(name);
        if (n == "none")
            continue;
        kinds.push_back(choice<awb::ModelKind>("models", n,
                                               {{"iforest", awb::ModelKind::IsolationForest},
                                                {"autoencoder", awb::ModelKind::Autoencoder}}));
    }
    return kinds;
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

} // namespace

std::optional<CliOptions> CliOptionParser::parse(const QStringList &rawArguments)
{
    QString demoRows;
    const QStringList arguments = foldDemoRows(rawArguments, demoRows);

    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Trains anomaly detectors (Isolation Forest, Autoencoder) on network-traffic data and prints "
           "classification reports and confusion matrices for train and test."));
    const auto help = p.addHelpOption();
    const auto version = p.addVersionOption();
    auto add = [&p](const QString &name, const QString &description, const QString &value = {}) {
        p.addOption(QCommandLineOption(name, description, value));
    };
    add("train", tr("Training data file (CSV/TSV, optionally .gz)."), tr("FILE"));
    add("test", tr("Separate test data file; otherwise a stratified split of the training file."), tr("FILE"));
    add("test-fraction", tr("Fraction of the training file held out for testing (default 0.3)."), tr("F"));
    add("label", tr("Label column: a name or a 0-based index."), tr("COL"));
    add("normal", tr("Label value(s) meaning normal, comma-separated (default: detected)."), tr("VALUE"));
    add("ignore", tr("Columns to ignore: names or 0-based indices, comma-separated."), tr("COLS"));
    add("header", tr("The first line is a header."));
    add("no-header", tr("The first line is data."));
    add("delimiter", tr("Field delimiter: , ; | or tab (default: detected)."), tr("C"));
    add("missing", tr("Missing or non-finite cells: impute (training median), drop (the row) or fail."), tr("POLICY"));
    add("scale", tr("Scaling of numeric features: minmax, standard or none."), tr("SCALING"));
    add("seed", tr("Seed for the split and the models (default 42)."), tr("N"));
    add("demo", tr("Use the built-in generated demo data (optionally ROWS rows, default 20000)."));
    add("write-demo", tr("Write the generated demo data to FILE as CSV and exit."), tr("FILE"));
    add("json", tr("Write the run as a JSON document to FILE."), tr("FILE"));
    add("models", tr("Models to train: iforest, autoencoder, both comma-separated, or none (default both)."), tr("LIST"));
    add("threads", tr("Worker threads for fitting and scoring (default: all cores)."), tr("N"));
    add("scores", tr("Write per-row scores, predictions and labels to FILE as CSV."), tr("FILE"));
    add("save-model", tr("Save the trained models with their preprocessing to FILE."), tr("FILE"));
    add("load-model", tr("Score with the models in FILE instead of training."), tr("FILE"));
    add("if-trees", tr("Isolation Forest: number of trees (default 100)."), tr("N"));
    add("if-max-samples", tr("Isolation Forest: rows per tree: auto (min(256, n)), a count, or a fraction."), tr("N"));
    add("if-contamination", tr("Isolation Forest: auto (score > 0.5) or the expected anomaly fraction (0, 0.5]."), tr("C"));
    add("if-max-features", tr("Isolation Forest: features per tree, a count or a fraction (default all)."), tr("N"));
    add("if-bootstrap", tr("Isolation Forest: sample rows with replacement."));
    add("ae-layers", tr("Autoencoder: encoder layer sizes, comma-separated (default 32,16,8)."), tr("LIST"));
    add("ae-activation", tr("Autoencoder: relu, leaky_relu, tanh or sigmoid."), tr("NAME"));
    add("ae-output", tr("Autoencoder: output activation, linear or sigmoid."), tr("NAME"));
    add("ae-epochs", tr("Autoencoder: training epochs (default 20)."), tr("N"));
    add("ae-batch", tr("Autoencoder: mini-batch size (default 256)."), tr("N"));
    add("ae-lr", tr("Autoencoder: learning rate (default 0.001)."), tr("LR"));
    add("ae-optimizer", tr("Autoencoder: adam or sgd (with momentum)."), tr("NAME"));
    add("ae-momentum", tr("Autoencoder: SGD momentum (default 0.9)."), tr("M"));
    add("ae-l2", tr("Autoencoder: L2 weight decay (default 0)."), tr("L2"));
    add("ae-dropout", tr("Autoencoder: dropout rate on hidden layers (default 0)."), tr("P"));
    add("ae-val-fraction", tr("Autoencoder: fraction of training rows for validation (default 0.1)."), tr("F"));
    add("ae-patience", tr("Autoencoder: epochs without improvement before stopping; 0 = never (default 5)."), tr("N"));
    add("ae-train-on", tr("Autoencoder: train on normal rows or all rows (default normal)."), tr("ROWS"));
    add("ae-threshold-percentile", tr("Autoencoder: flag errors above this percentile of training errors (default 95)."), tr("P"));
    add("ae-contamination", tr("Autoencoder: flag this fraction of training rows instead of a percentile."), tr("C"));

    if (!p.parse(arguments)) {
        error_ = p.errorText();
        return std::nullopt;
    }
    if (p.isSet(help)) {
        std::fputs(qPrintable(p.helpText()), stdout);
        exitNow_ = true;
        return std::nullopt;
    }
    if (p.isSet(version)) {
        std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()),
                    qPrintable(QCoreApplication::applicationVersion()));
        exitNow_ = true;
        return std::nullopt;
    }
    if (!p.positionalArguments().isEmpty()) {
        error_ = tr("Unexpected argument \"%1\" (see --help).").arg(p.positionalArguments().first());
        return std::nullopt;
    }

    CliOptions o;
    awb::PipelineConfig &c = o.config;
    try {
        auto value = [&p](const char *name) { return p.value(QString::fromLatin1(name)); };
        auto isSet = [&p](const char *name) { return p.isSet(QString::fromLatin1(name)); };
        c.useDemo = isSet("demo");
        if (!demoRows.isEmpty())
            c.demoRows = static_cast<std::size_t>(integer("demo", demoRows, 10, 100'000'000));
        if (isSet("write-demo"))
            o.writeDemoFile = value("write-demo").toStdString();
        if (isSet("train"))
            c.data.trainFile = value("train").toStdString();
        if (!c.useDemo && c.data.trainFile.empty() && o.writeDemoFile.empty())
            throw BadValue{tr("Give a data file with --train FILE, or --demo for the built-in demo data.")};
        if (c.useDemo && !c.data.trainFile.empty())
            throw BadValue{tr("--demo and --train exclude each other.")};
        if (isSet("test"))
            c.data.testFile = value("test").toStdString();
        if (isSet("test-fraction"))
            c.data.testFraction = number("test-fraction", value("test-fraction"), 0.0, 0.95);
        if (isSet("label"))
            c.data.label = awb::ColumnRef::parse(value("label").toStdString());
        if (isSet("normal"))
            c.data.normalValues = list(value("normal"));
        for (const std::string &column : list(value("ignore")))
            c.data.ignore.push_back(awb::ColumnRef::parse(column));
        if (isSet("header") && isSet("no-header"))
            throw BadValue{tr("--header and --no-header exclude each other.")};
        if (isSet("header") || isSet("no-header"))
            c.data.read.header = isSet("header");
        if (isSet("delimiter"))
            c.data.read.delimiter = delimiter(value("delimiter"));
        if (isSet("missing"))
            c.data.missing = choice<awb::MissingPolicy>("missing", value("missing"),
                {{"impute", awb::MissingPolicy::Impute}, {"drop", awb::MissingPolicy::DropRow},
                 {"fail", awb::MissingPolicy::Fail}});
        if (isSet("scale"))
            c.data.scaling = choice<awb::Scaling>("scale", value("scale"),
                {{"minmax", awb::Scaling::MinMax}, {"standard", awb::Scaling::Standard},
                 {"none", awb::Scaling::None}});
        if (isSet("seed")) {
            const auto seed = static_cast<std::uint64_t>(integer("seed", value("seed"), 0, 1LL << 62));
            c.data.seed = seed;
            c.isolationForest.seed = seed;
            c.autoencoder.seed = seed;
        }
        if (isSet("models"))
            c.models = models(value("models"));
        if (isSet("threads"))
            c.threads = static_cast<int>(integer("threads", value("threads"), 1, 256));
        o.jsonFile = value("json").toStdString();
        o.scoresFile = value("scores").toStdString();
        o.saveModelFile = value("save-model").toStdString();
        o.loadModelFile = value("load-model").toStdString();

        awb::IsolationForestParams &f = c.isolationForest;
        if (isSet("if-trees"))
            f.trees = static_cast<int>(integer("if-trees", value("if-trees"), 1, 100000));
        if (isSet("if-max-samples"))
            applySize("if-max-samples", value("if-max-samples"), f.maxSamplesKind, f.maxSamples, true);
        if (isSet("if-contamination")) {
            f.contaminationAuto = value("if-contamination") == "auto";
            if (!f.contaminationAuto)
                f.contamination = number("if-contamination", value("if-contamination"), 1e-9, 0.5);
        }
        if (isSet("if-max-features"))
            applySize("if-max-features", value("if-max-features"), f.maxFeaturesKind, f.maxFeatures, false);
        f.bootstrap = f.bootstrap || isSet("if-bootstrap");

        awb::AutoencoderParams &a = c.autoencoder;
        if (isSet("ae-layers")) {
            a.encoderLayers.clear();
            for (const std::string &width : list(value("ae-layers")))
                a.encoderLayers.push_back(static_cast<int>(integer("ae-layers", QString::fromStdString(width), 1, 100000)));
            if (a.encoderLayers.empty())
                throw BadValue{tr("--ae-layers needs at least one layer size.")};
        }
        using awb::Activation;
        if (isSet("ae-activation"))
            a.activation = choice<Activation>("ae-activation", value("ae-activation"),
                {{"relu", Activation::ReLU}, {"leaky_relu", Activation::LeakyReLU},
                 {"tanh", Activation::Tanh}, {"sigmoid", Activation::Sigmoid}});
        if (isSet("ae-output"))
            a.outputActivation = choice<Activation>("ae-output", value("ae-output"),
                {{"linear", Activation::Linear}, {"sigmoid", Activation::Sigmoid}});
        if (isSet("ae-epochs"))
            a.epochs = static_cast<int>(integer("ae-epochs", value("ae-epochs"), 1, 100000));
        if (isSet("ae-batch"))
            a.batchSize = static_cast<int>(integer("ae-batch", value("ae-batch"), 1, 1 << 20));
        if (isSet("ae-lr"))
            a.learningRate = number("ae-lr", value("ae-lr"), 1e-9, 10.0);
        if (isSet("ae-optimizer"))
            a.optimizer = choice<awb::Optimizer>("ae-optimizer", value("ae-optimizer"),
                {{"adam", awb::Optimizer::Adam}, {"sgd", awb::Optimizer::SgdMomentum}});
        if (isSet("ae-momentum"))
            a.momentum = number("ae-momentum", value("ae-momentum"), 0.0, 0.999);
        if (isSet("ae-l2"))
            a.l2 = number("ae-l2", value("ae-l2"), 0.0, 1.0);
        if (isSet("ae-dropout"))
            a.dropout = number("ae-dropout", value("ae-dropout"), 0.0, 0.9);
        if (isSet("ae-val-fraction"))
            a.validationFraction = number("ae-val-fraction", value("ae-val-fraction"), 0.0, 0.5);
        if (isSet("ae-patience"))
            a.patience = static_cast<int>(integer("ae-patience", value("ae-patience"), 0, 100000));
        if (isSet("ae-train-on"))
            a.trainOn = choice<awb::TrainOn>("ae-train-on", value("ae-train-on"),
                {{"normal", awb::TrainOn::NormalRows}, {"all", awb::TrainOn::AllRows}});
        if (isSet("ae-threshold-percentile"))
            a.thresholdPercentile = number("ae-threshold-percentile", value("ae-threshold-percentile"), 0.0, 100.0);
        if (isSet("ae-contamination")) {
            a.thresholdByContamination = true;
            a.contamination = number("ae-contamination", value("ae-contamination"), 1e-9, 0.5);
        }
    } catch (const BadValue &bad) {
        error_ = bad.message;
        return std::nullopt;
    }
    return o;
}
