// anomaly-cli's option parsing: each option lands in the right field of the pipeline config, and a
// bad value is one sentence naming the option.
#include <QTest>

#include "cli/CliOptions.h"

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
    void defaultsComeFromTheCoreStructs()
    {
        const auto o = parse({"--train", "flows.csv"});
        QVERIFY(o);
        const awb::PipelineConfig defaults;
        QCOMPARE(o->config.data.trainFile, std::string("flows.csv"));
        QCOMPARE(o->config.data.testFraction, defaults.data.testFraction);
        QCOMPARE(o->config.isolationForest.trees, defaults.isolationForest.trees);
        QCOMPARE(o->config.autoencoder.encoderLayers, defaults.autoencoder.encoderLayers);
        QCOMPARE(o->config.models.size(), std::size_t(2));
    }

    void dataOptions()
    {
        const auto o = parse({"--train", "a.csv.gz", "--test", "b.csv", "--label", "41", "--normal", "normal,benign",
                              "--ignore", "difficulty,0", "--no-header", "--delimiter", "tab", "--missing", "drop",
                              "--scale", "standard", "--seed", "7"});
        QVERIFY(o);
        const auto &d = o->config.data;
        QCOMPARE(d.testFile, std::string("b.csv"));
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
        QCOMPARE(o->config.isolationForest.seed, std::uint64_t(7));
        QCOMPARE(o->config.autoencoder.seed, std::uint64_t(7));
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
        QVERIFY(o->config.useDemo);
        QCOMPARE(int(o->config.demoRows), rows);
    }

    void modelOptions()
    {
        const auto o = parse({"--demo", "--models", "iforest", "--if-trees", "50", "--if-max-samples", "0.5",
                              "--if-contamination", "0.1", "--if-max-features", "10", "--if-bootstrap",
                              "--threads", "2", "--ae-layers", "64,8", "--ae-activation", "tanh", "--ae-epochs", "3",
                              "--ae-batch", "128", "--ae-lr", "0.01", "--ae-optimizer", "sgd", "--ae-l2", "0.001",
                              "--ae-dropout", "0.2", "--ae-val-fraction", "0.2", "--ae-patience", "2",
                              "--ae-train-on", "all", "--ae-threshold-percentile", "99"});
        QVERIFY(o);
        const auto &f = o->config.isolationForest;
        QCOMPARE(o->config.models, std::vector<awb::ModelKind>{awb::ModelKind::IsolationForest});
        QCOMPARE(f.trees, 50);
        QVERIFY(f.maxSamplesKind == awb::IsolationForestParams::SizeKind::Fraction);
        QCOMPARE(f.maxSamples, 0.5);
        QVERIFY(!f.contaminationAuto);
        QCOMPARE(f.contamination, 0.1);
        QVERIFY(f.maxFeaturesKind == awb::IsolationForestParams::SizeKind::Count);
        QCOMPARE(f.maxFeatures, 10.0);
        QVERIFY(f.bootstrap);
        QCOMPARE(o->config.threads, 2);
        const auto &a = o->config.autoencoder;
        QCOMPARE(a.encoderLayers, (std::vector<int>{64, 8}));
        QVERIFY(a.activation == awb::Activation::Tanh);
        QCOMPARE(a.epochs, 3);
        QCOMPARE(a.batchSize, 128);
        QCOMPARE(a.learningRate, 0.01);
        QVERIFY(a.optimizer == awb::Optimizer::SgdMomentum);
        QCOMPARE(a.l2, 0.001);
        QCOMPARE(a.dropout, 0.2);
        QCOMPARE(a.validationFraction, 0.2);
        QCOMPARE(a.patience, 2);
        QVERIFY(a.trainOn == awb::TrainOn::AllRows);
        QCOMPARE(a.thresholdPercentile, 99.0);
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
        QTest::newRow("both headers") << QStringList{"--demo", "--header", "--no-header"} << "--header";
        QTest::newRow("unknown option") << QStringList{"--demo", "--frobnicate"} << "frobnicate";
        QTest::newRow("stray argument") << QStringList{"--train", "a.csv", "b.csv"} << "b.csv";
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
