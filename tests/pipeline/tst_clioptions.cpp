// anomaly-cli's option parsing: each option lands in the right field of the RunSpec, detector
// options (--models, --set, --train-on, --threshold and the older --if-*/--ae-* aliases) reach the
// detector specs through the schemas, --help lists every detector's parameters, and a bad value is
// one sentence naming the option.
#include <QDir>
#include <QRegularExpression>
#include <QTest>

#include "cli/CliOptions.h"
#include "models/DetectorRegistry.h"

namespace {

const awb::DetectorSpec *named(const CliOptions &o, const std::string &name)
{
    for (const auto &d : o.spec.detectors)
        if (d.name == name)
            return &d;
    return nullptr;
}

} // namespace

class tst_CliOptions : public QObject {
    Q_OBJECT

    static std::optional<CliOptions> parse(const QStringList &args, QString *error = nullptr)
    {
        CliOptionParser parser;
        auto options = parser.parse(QStringList{"anomaly-cli"} + args);
        if (error)
            *error = parser.error();
        return options;
    }

private slots:
    void defaultsComeFromTheCore()
    {
        const auto o = parse({"--train", "flows.csv"});
        QVERIFY(o);
        const awb::LoadOptions defaults;
        QCOMPARE(o->spec.data.load.trainFile, QDir::current().absoluteFilePath("flows.csv").toStdString());  // by absolute path
        QCOMPARE(o->spec.data.load.testFraction, defaults.testFraction);
        QCOMPARE(o->spec.detectors.size(), awb::detectorRegistry().all().size());  // all by default
        for (const auto &d : o->spec.detectors)
            QVERIFY(d == awb::defaultDetectorSpec(d.detector));
    }

    // Roles the reader would not choose: a port as categories, a code of a few values as a number.
    void rolesByOption()
    {
        const auto o = parse({"--train", "flows.csv", "--categorical", "Dst Port,3", "--numeric", "code"});
        QVERIFY(o);
        const auto &roles = o->spec.data.load.roleOverrides;
        QCOMPARE(roles.size(), std::size_t(3));
        QCOMPARE(roles[0].first.name, std::string("Dst Port"));
        QCOMPARE(roles[0].second, awb::ColumnRole::CategoricalFeature);
        QCOMPARE(roles[1].first.index, 3);
        QCOMPARE(roles[1].second, awb::ColumnRole::CategoricalFeature);
        QCOMPARE(roles[2].first.name, std::string("code"));
        QCOMPARE(roles[2].second, awb::ColumnRole::NumericFeature);
        // Given twice, a list option keeps both times' columns.
        const auto twice = parse({"--train", "f.csv", "--categorical", "a", "--categorical", "b,c", "--ignore", "x", "--ignore", "y"});
        QVERIFY(twice);
        QCOMPARE(twice->spec.data.load.roleOverrides.size(), std::size_t(3));
        QCOMPARE(twice->spec.data.load.ignore.size(), std::size_t(2));
        // One column, two roles: refused, naming both options.
        QString error;
        QVERIFY(!parse({"--train", "f.csv", "--label", "Label", "--categorical", "Label"}, &error));
        QVERIFY2(error.contains("--label and --categorical both name column \"Label\": a column has one role."), qPrintable(error));
        QVERIFY(!parse({"--train", "f.csv", "--ignore", "3", "--numeric", "3"}, &error));
        QVERIFY2(error.contains("--ignore and --numeric both name column 3"), qPrintable(error));
    }

    void dataOptions()
    {
        const auto o = parse({"--train", "a.csv.gz", "--test", "b.csv", "--label", "41", "--normal", "normal,benign",
                              "--ignore", "difficulty,0", "--no-header", "--delimiter", "tab", "--missing", "drop",
                              "--scale", "standard", "--seed", "7", "--models", "iforest,autoencoder,ecod"});
        QVERIFY(o);
        const auto &d = o->spec.data.load;
        QCOMPARE(d.testFile, QDir::current().absoluteFilePath("b.csv").toStdString());
        QCOMPARE(d.label->index, 41);
        QCOMPARE(d.normalValues, (std::vector<std::string>{"normal", "benign"}));
        QCOMPARE(d.ignore.size(), std::size_t(2));
        QCOMPARE(d.ignore[0].name, std::string("difficulty"));
        QCOMPARE(d.ignore[1].index, 0);
        QCOMPARE(*d.read.header, false);
        QCOMPARE(*d.read.delimiter, '\t');
        QVERIFY(d.missing == awb::MissingPolicy::DropRow);
        QVERIFY(d.scaling == awb::Scaling::Standard);
        QCOMPARE(d.seed, std::uint64_t(7));
        // --seed reaches every detector that has a seed; ECOD has none.
        QVERIFY(std::get<std::int64_t>(named(*o, "iforest")->params.at("seed")) == 7);
        QVERIFY(std::get<std::int64_t>(named(*o, "autoencoder")->params.at("seed")) == 7);
        QVERIFY(named(*o, "ecod")->params.empty());
    }

    void demoRows_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("rows");
        QTest::newRow("default") << QStringList{"--demo"} << 20000;
        QTest::newRow("separate") << QStringList{"--demo", "5000"} << 5000;
        QTest::newRow("equals") << QStringList{"--demo=1234", "--models", "none"} << 1234;
    }

    void demoRows()
    {
        QFETCH(QStringList, args);
        QFETCH(int, rows);
        const auto o = parse(args);
        QVERIFY(o);
        QVERIFY(o->spec.data.demo);
        QCOMPARE(int(o->spec.data.demoRows), rows);
    }

    void setTrainOnAndThreshold()
    {
        const auto o = parse({"--demo", "--models", "pca,ecod", "--set", "pca.variance=0.9", "--set",
                              "pca.components=4", "--train-on", "all", "--set", "ecod.train_on=normal", "--threshold",
                              "contamination:0.02", "--set", "pca.threshold=fixed:1.5", "--threads", "2"});
        QVERIFY(o);
        const awb::DetectorSpec &pca = *named(*o, "pca"), &ecod = *named(*o, "ecod");
        QCOMPARE(std::get<double>(pca.params.at("variance")), 0.9);
        QCOMPARE(std::get<std::int64_t>(pca.params.at("components")), std::int64_t(4));
        QVERIFY(pca.trainOn == awb::TrainOn::All);
        QVERIFY(ecod.trainOn == awb::TrainOn::Normal);
        QCOMPARE(QString::fromStdString(pca.threshold.text()), QStringLiteral("fixed:1.5"));
        QCOMPARE(QString::fromStdString(ecod.threshold.text()), QStringLiteral("contamination:0.02"));
        QCOMPARE(o->spec.threads, 2);
    }

    void olderOptionsAreAliases()
    {
        const auto o = parse({"--demo", "--models", "iforest,autoencoder", "--if-trees", "50", "--if-max-samples", "0.5",
                              "--if-contamination", "0.1", "--if-max-features", "10", "--if-bootstrap",
                              "--ae-layers", "64,8", "--ae-activation", "tanh", "--ae-epochs", "3",
                              "--ae-batch", "128", "--ae-lr", "0.01", "--ae-optimizer", "sgd", "--ae-l2", "0.001",
                              "--ae-dropout", "0.2", "--ae-val-fraction", "0.2", "--ae-patience", "2",
                              "--ae-train-on", "all", "--ae-threshold-percentile", "99"});
        QVERIFY(o);
        const auto &f = named(*o, "iforest")->params;
        QCOMPARE(std::get<std::int64_t>(f.at("trees")), std::int64_t(50));
        QVERIFY(std::get<awb::SizeValue>(f.at("max_samples")) == (awb::SizeValue{awb::SizeValue::Kind::Fraction, 0.5}));
        QVERIFY(std::get<awb::SizeValue>(f.at("max_features")) == (awb::SizeValue{awb::SizeValue::Kind::Count, 10}));
        QVERIFY(std::get<bool>(f.at("bootstrap")));
        QCOMPARE(QString::fromStdString(named(*o, "iforest")->threshold.text()), QStringLiteral("contamination:0.1"));
        const awb::DetectorSpec &ae = *named(*o, "autoencoder");
        QVERIFY(std::get<std::vector<std::int64_t>>(ae.params.at("encoder_layers")) == (std::vector<std::int64_t>{64, 8}));
        QCOMPARE(std::get<std::string>(ae.params.at("activation")), std::string("tanh"));
        QCOMPARE(std::get<std::int64_t>(ae.params.at("epochs")), std::int64_t(3));
        QCOMPARE(std::get<double>(ae.params.at("learning_rate")), 0.01);
        QCOMPARE(std::get<std::string>(ae.params.at("optimizer")), std::string("sgd"));
        QCOMPARE(std::get<double>(ae.params.at("dropout")), 0.2);
        QVERIFY(ae.trainOn == awb::TrainOn::All);
        QCOMPARE(QString::fromStdString(ae.threshold.text()), QStringLiteral("percentile:99"));
        const auto autoThreshold = parse({"--demo", "--models", "iforest", "--if-contamination", "auto"});
        QVERIFY(autoThreshold && named(*autoThreshold, "iforest")->threshold.kind == awb::ThresholdPolicy::Kind::Automatic);
    }

    void helpListsEveryDetectorsParameters()
    {
        CliOptionParser parser;
        QVERIFY(!parser.parse({"anomaly-cli", "--help"}));
        const QString help = parser.output();
        for (const auto &d : awb::detectorRegistry().all()) {
            QVERIFY2(help.contains("\n  " + QString::fromStdString(d->id()) + "  "), qPrintable(QString::fromStdString(d->id())));
            for (const awb::ParamSpec &s : d->schema().specs())
                QVERIFY(help.contains(QString::fromStdString(s.key)));
        }
        QVERIFY(help.contains("a whole number from 1 to 100000; default 100"));  // the forest's trees
        QVERIFY(help.contains("--if-trees"));
    }

    // Each command's --help is its own, and its usage line names the command where it is typed.
    void commandsHaveTheirOwnHelp_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("usage");
        QTest::addColumn<QString>("describes");
        QTest::newRow("run") << QStringList{"--help"} << "[options]" << "Trains anomaly detectors";
        QTest::newRow("sweep") << QStringList{"sweep", "--help"} << "sweep --grid AXES [options]"
                               << "Runs every combination";
        QTest::newRow("score") << QStringList{"score", "--help"} << "score [options]" << "Scores a file";
        QTest::newRow("history") << QStringList{"history", "--help"} << "history [options] command"
                                 << "Lists, shows, compares";
    }
    void commandsHaveTheirOwnHelp()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, usage);
        QFETCH(QString, describes);
        CliOptionParser parser;
        QVERIFY(!parser.parse(QStringList{"anomaly-cli"} + args));
        QVERIFY(parser.error().isEmpty());
        const QString firstLine = parser.output().section(QLatin1Char('\n'), 0, 0);
        // "Usage: PROGRAM ...": the program is this test's executable here.
        QVERIFY2(QRegularExpression("^Usage: \\S+ " + QRegularExpression::escape(usage) + "$").match(firstLine).hasMatch(),
                 qPrintable(firstLine));
        QVERIFY2(parser.output().contains(describes), qPrintable(parser.output().left(300)));
    }

    void badValuesAreOneSentence_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no data") << QStringList{} << "--train";
        QTest::newRow("fraction text") << QStringList{"--demo", "--test-fraction", "lots"} << "--test-fraction";
        QTest::newRow("fraction range") << QStringList{"--demo", "--test-fraction", "1.5"} << "--test-fraction";
        QTest::newRow("unknown model") << QStringList{"--demo", "--models", "svm"} << "--models";
        QTest::newRow("scaling") << QStringList{"--demo", "--scale", "log"} << "--scale";
        QTest::newRow("delimiter") << QStringList{"--demo", "--delimiter", "::"} << "--delimiter";
        QTest::newRow("trees") << QStringList{"--demo", "--if-trees", "0"} << "--if-trees";
        QTest::newRow("contamination") << QStringList{"--demo", "--if-contamination", "0.7"} << "--if-contamination";
        QTest::newRow("layers") << QStringList{"--demo", "--ae-layers", "32,x"} << "--ae-layers";
        QTest::newRow("set unknown key") << QStringList{"--demo", "--set", "pca.depth=3"} << "depth";
        QTest::newRow("set detector not run") << QStringList{"--demo", "--models", "ecod", "--set", "pca.variance=0.5"} << "pca";
        QTest::newRow("set range") << QStringList{"--demo", "--set", "pca.variance=2"} << "--set pca.variance";
        QTest::newRow("set shape") << QStringList{"--demo", "--set", "variance"} << "DETECTOR.KEY=VALUE";
        QTest::newRow("threshold") << QStringList{"--demo", "--threshold", "percentile:150"} << "--threshold";
        QTest::newRow("train on") << QStringList{"--demo", "--train-on", "some"} << "--train-on";
        QTest::newRow("both headers") << QStringList{"--demo", "--header", "--no-header"} << "--header";
        QTest::newRow("unknown option") << QStringList{"--demo", "--frobnicate"} << "frobnicate";
        QTest::newRow("stray argument") << QStringList{"--train", "a.csv", "b.csv"} << "b.csv";
        QTest::newRow("rerun with data") << QStringList{"--rerun", "run.json", "--train", "a.csv"} << "--train";
        QTest::newRow("rerun with threads") << QStringList{"--rerun", "run.json", "--threads", "1"} << "--threads";
        QTest::newRow("rerun with alias") << QStringList{"--rerun", "run.json", "--if-trees", "5"} << "--if-trees";
        QTest::newRow("load model with set") << QStringList{"--demo", "--load-model", "m", "--set", "pca.variance=0.5"} << "--set";
        QTest::newRow("load model with threshold") << QStringList{"--demo", "--load-model", "m", "--threshold", "auto"} << "--threshold";
        QTest::newRow("save nothing") << QStringList{"--demo", "--models", "none", "--save-model", "m"} << "--save-model";
        QTest::newRow("auto without one") << QStringList{"--demo", "--models", "iforest,pca", "--threshold", "auto"} << "pca";
    }

    void badValuesAreOneSentence()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!parse(args, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QVERIFY(!error.contains('\n'));
    }
};

QTEST_GUILESS_MAIN(tst_CliOptions)
#include "tst_clioptions.moc"
