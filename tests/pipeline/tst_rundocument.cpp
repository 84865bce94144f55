// Runs as exact values: a RunSpec and a RunResult with every field set away from its default
// round-trip through their JSON document unchanged (the structs' == compares every field), the
// text is stable, and damaged, foreign or newer documents are refused with a sentence.
#include <QTest>

#include <limits>

#include "common/InputError.h"
#include "common/Json.h"
#include "models/DetectorRegistry.h"
#include "pipeline/RunDocument.h"

namespace {

awb::RunSpec everySpecField()
{
    awb::RunSpec s;
    s.data.demo = true;
    s.data.demoRows = 1234;
    s.data.demoSeed = 99;
    awb::LoadOptions &o = s.data.load;
    o.trainFile = "train file.csv";
    o.testFile = "test.csv.gz";
    o.testFraction = 0.25;
    o.seed = 9007199254740991ULL;
    o.read.delimiter = '\t';
    o.read.header = false;
    o.label = awb::ColumnRef::parse("41");
    o.normalValues = {"normal", "BENIGN"};
    o.ignore = {awb::ColumnRef::parse("Flow ID"), awb::ColumnRef::parse("0")};
    o.roleOverrides = {{awb::ColumnRef::parse("proto"), awb::ColumnRole::CategoricalFeature},
                       {awb::ColumnRef::parse("3"), awb::ColumnRole::Ignored}};
    o.missing = awb::MissingPolicy::DropRow;
    o.scaling = awb::Scaling::Standard;
    s.threads = 3;
    for (const auto &d : awb::detectorRegistry().all()) {
        awb::DetectorSpec spec = awb::defaultDetectorSpec(d->id(), d->id() + "-custom");
        spec.trainOn = awb::TrainOn::All;
        spec.threshold = awb::ThresholdPolicy::parse("contamination:0.07");
        for (const awb::ParamSpec &p : d->schema().specs()) {
            // A value away from the default for each type.
            switch (p.type) {
            case awb::ParamType::Bool: spec.params[p.key] = !std::get<bool>(p.defaultValue); break;
            case awb::ParamType::Integer: spec.params[p.key] = static_cast<std::int64_t>(p.min) + 1; break;
            case awb::ParamType::Real: spec.params[p.key] = (p.min + p.max) / 3.0; break;
            case awb::ParamType::Choice: spec.params[p.key] = p.choices.back(); break;
            case awb::ParamType::Size: spec.params[p.key] = awb::SizeValue{awb::SizeValue::Kind::Fraction, 0.375}; break;
            case awb::ParamType::IntegerList: spec.params[p.key] = std::vector<std::int64_t>{7, 3, 2}; break;
            }
        }
        s.detectors.push_back(spec);
    }
    return s;
}

awb::Evaluation evaluation(double seed)
{
    awb::Evaluation e;
    e.confusion = {101, 7, 13, 57};
    e.report.normal = {0.1 + seed, 0.2, 0.3, 108};
    e.report.anomaly = {0.4, 0.5 + seed, 0.6, 70};
    e.report.macroAvg = {0.7, 0.8, 0.9 / 7.0, 178};
    e.report.weightedAvg = {1.0 / 3.0, 0.25, 0.125, 178};
    e.report.accuracy = 158.0 / 178.0;
    e.report.total = 178;
    e.rocAuc = 0.9424137;
    e.byType = {{"neptune", true, 4657, 4650}, {"normal", false, 9711, 295}};
    e.averagePrecision = 1.0 - 1e-12;
    return e;
}

awb::RunResult everyResultField(const awb::RunSpec &spec)
{
    awb::RunResult r;
    awb::DatasetSummary &d = r.dataset;
    d.trainFile = "train file.csv";
    d.testFile = "test.csv.gz";
    d.delimiter = '\t';
    d.hasHeader = true;
    d.trainRows = 125973;
    d.testRows = 22544;
    d.numericFeatures = 38;
    d.categoricalFeatures = 3;
    d.ignoredColumns = 1;
    d.encodedFeatures = 122;
    d.constantFeatures = 1;
    d.labelName = "column_41";
    d.normalValues = {"normal"};
    d.normalValueDetected = true;
    d.trainAnomalies = 58630;
    d.testAnomalies = 12833;
    d.missingCells = 5;
    d.nonFiniteCells = 6;
    d.imputedCells = 7;
    d.droppedRows = 8;
    d.sampledRows = 500000;
    d.unseenCategoryCells = 9;
    d.loadSeconds = 0.1234567890123;
    d.preprocessSeconds = 1e-9;
    d.fingerprint = "0123456789abcdef-0000000000000000-fedcba9876543210";
    d.notes = {"Every training row is normal.", "Column \"id\" was ignored: it counts rows."};
    r.appVersion = "0.1.0";
    r.threads = 3;
    r.seconds = 12.5;
    for (const awb::DetectorSpec &s : spec.detectors) {
        awb::DetectorResult x;
        x.spec = s;
        x.trainedRows = 67343;
        x.trainedOnNormalRows = true;
        x.threshold = 0.1 + 0.2;  // not exactly 0.3: every digit must survive
        x.thresholdReason = "the 95th percentile";
        x.thresholdPolicy = awb::ThresholdPolicy::parse("cost:fp=1,fn=20");
        x.trainScores = {125973, -1.5, 2.5e10, 0.333333333333, 0.25};
        x.testScores = {22544, 0.0, 1.0, 0.5, 0.4999999};
        x.train = evaluation(0.01);
        if (s.detector != "ecod")
            x.test = evaluation(0.02);  // and one without test rows
        x.history.loss = {{0.5, std::numeric_limits<double>::quiet_NaN()}, {0.25, 0.125}};
        x.history.bestEpoch = 2;
        x.history.stoppedEarly = true;
        x.history.secondsPerEpoch = 0.042;
        if (s.detector == "pca")
            x.fitted = "kept 17 of 121 components (95.3 % of the variance)";
        x.fitSeconds = 1.25;
        x.scoreSeconds = 0.03125;
        r.detectors.push_back(x);
    }
    return r;
}

} // namespace

class tst_RunDocument : public QObject {
    Q_OBJECT

private slots:
    // Found by fuzz_modelfile: a number beyond double's range was an uncaught exception, not an
    // InputError.
    void numberOutOfRangeIsAnInputError()
    {
        try {
            awb::parseJson("{\"x\": 0.216010E45255859694}", "spec.json");
            QFAIL("parsed a number beyond double's range");
        } catch (const awb::InputError &e) {
            QCOMPARE(QString::fromStdString(e.what()), QStringLiteral("spec.json: This is not valid JSON (a number is out of range)."));
        }
    }

    void everyFieldRoundTrips()
    {
        const awb::RunSpec spec = everySpecField();
        const awb::RunResult result = everyResultField(spec);
        const std::string text = awb::jsonText(awb::toJson(awb::RunDocument{spec, result}), 2);
        const awb::RunDocument back = awb::runDocumentFromJson(awb::parseJson(text));
        QVERIFY(back.spec == spec);
        QVERIFY(back.result == result);
        QCOMPARE(awb::jsonText(awb::toJson(back), 2), text);  // and the text is stable
        // The round trip is not vacuous: a changed field is seen.
        awb::RunResult other = result;
        other.detectors[1].threshold = std::nextafter(other.detectors[1].threshold, 1.0);
        QVERIFY(!(other == result));
        // A document written before sampled_rows was: read as not sampled.
        awb::Json older = awb::parseJson(text);
        older["result"]["dataset"].erase("sampled_rows");
        QCOMPARE(awb::runDocumentFromJson(older).result.dataset.sampledRows, std::uint64_t{0});
    }

    // An AUC with one class present, a diverged model's infinite scores: null in JSON, NaN back.
    void notANumberReadsBack()
    {
        const awb::RunSpec spec = everySpecField();
        awb::RunResult result = everyResultField(spec);
        result.detectors[0].train->rocAuc = std::numeric_limits<double>::quiet_NaN();
        result.detectors[0].trainScores.max = std::numeric_limits<double>::infinity();
        result.detectors[1].threshold = std::numeric_limits<double>::quiet_NaN();
        const std::string text = awb::jsonText(awb::toJson(awb::RunDocument{spec, result}));
        const awb::RunDocument back = awb::runDocumentFromJson(awb::parseJson(text));
        QVERIFY(std::isnan(back.result.detectors[0].train->rocAuc));
        QVERIFY(std::isnan(back.result.detectors[0].trainScores.max));
        QVERIFY(std::isnan(back.result.detectors[1].threshold));
        QCOMPARE(awb::jsonText(awb::toJson(back)), text);
    }

    // CICIDS2017's labels hold a cp1252 dash ("Web Attack \x96 Brute Force"), which is not UTF-8:
    // the document is still written, the byte as U+FFFD, and reads back.
    void bytesThatAreNotUtf8AreReplaced()
    {
        const awb::RunSpec spec = everySpecField();
        awb::RunResult result = everyResultField(spec);
        result.dataset.labelName = "Label \x96 type";
        result.dataset.notes.push_back("Column \"Web Attack \x96 XSS\" is ignored.");
        const std::string text = awb::jsonText(awb::toJson(awb::RunDocument{spec, result}), 2);
        const awb::RunDocument back = awb::runDocumentFromJson(awb::parseJson(text));
        QCOMPARE(back.result.dataset.labelName, std::string("Label \xEF\xBF\xBD type"));
        QCOMPARE(back.result.dataset.notes.back(), std::string("Column \"Web Attack \xEF\xBF\xBD XSS\" is ignored."));
    }

    void defaultsRoundTrip()
    {
        awb::RunSpec spec;
        spec.detectors.push_back(awb::defaultDetectorSpec("iforest"));
        QVERIFY(awb::runSpecFromJson(awb::toJson(spec)) == spec);
    }

    void refusesWhatItCannotRead_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not json") << "{\"format\": " << "1:12";
        QTest::newRow("foreign") << "{\"name\": \"x\"}" << "not an Anomaly Workbench run document";
        QTest::newRow("newer") << "{\"format\": \"anomaly-workbench-run\", \"version\": 99}" << "newer";
        QTest::newRow("missing spec") << "{\"format\": \"anomaly-workbench-run\", \"version\": 1}" << "\"spec\"";
    }

    void refusesWhatItCannotRead()
    {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        try {
            awb::runDocumentFromJson(awb::parseJson(text.toStdString(), "run.json"), "run.json");
            QFAIL("no error");
        } catch (const awb::InputError &e) {
            QVERIFY2(QString(e.what()).contains(mentions) && QString(e.what()).startsWith("run.json"), e.what());
        }
    }

    void badParametersNameTheKey()
    {
        awb::Json spec = awb::toJson(awb::defaultDetectorSpec("pca"));
        spec["params"]["variance"] = 3.0;
        try {
            awb::detectorSpecFromJson(spec);
            QFAIL("no error");
        } catch (const awb::InputError &e) {
            QVERIFY2(QString(e.what()).contains("variance"), e.what());
        }
        spec = awb::toJson(awb::defaultDetectorSpec("pca"));
        spec["params"]["depth"] = 3;
        QVERIFY_THROWS_EXCEPTION(awb::InputError, awb::detectorSpecFromJson(spec));
        spec = awb::toJson(awb::defaultDetectorSpec("pca"));
        spec["detector"] = "svm";
        QVERIFY_THROWS_EXCEPTION(awb::InputError, awb::detectorSpecFromJson(spec));
    }

    void parameterTextSpellings_data()
    {
        QTest::addColumn<QString>("detector");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("spelled");  // empty: an error
        QTest::newRow("integer") << "iforest" << "trees" << " 250 " << "250";
        QTest::newRow("integer range") << "iforest" << "trees" << "0" << "";
        QTest::newRow("integer text") << "iforest" << "trees" << "many" << "";
        QTest::newRow("size auto") << "iforest" << "max_samples" << "auto" << "auto";
        QTest::newRow("size count") << "iforest" << "max_samples" << "512" << "512";
        QTest::newRow("size fraction") << "iforest" << "max_samples" << "0.5" << "0.5";
        QTest::newRow("size fraction one") << "iforest" << "max_features" << "1.0" << "1.0";
        QTest::newRow("size no auto") << "iforest" << "max_features" << "auto" << "";
        QTest::newRow("size fraction range") << "iforest" << "max_samples" << "1.5" << "";
        QTest::newRow("bool") << "iforest" << "bootstrap" << "yes" << "true";
        QTest::newRow("real") << "pca" << "variance" << "0.9" << "0.9";
        QTest::newRow("real range") << "pca" << "variance" << "1.5" << "";
        QTest::newRow("choice") << "autoencoder" << "activation" << "tanh" << "tanh";
        QTest::newRow("choice unknown") << "autoencoder" << "activation" << "gelu" << "";
        QTest::newRow("list") << "autoencoder" << "encoder_layers" << "64, 16,4" << "64,16,4";
        QTest::newRow("list bad") << "autoencoder" << "encoder_layers" << "64,,x" << "";
    }

    void parameterTextSpellings()
    {
        QFETCH(QString, detector);
        QFETCH(QString, key);
        QFETCH(QString, text);
        QFETCH(QString, spelled);
        const awb::ParamSchema &schema = awb::detectorRegistry().get(detector.toStdString()).schema();
        if (spelled.isEmpty()) {
            QVERIFY_THROWS_EXCEPTION(awb::InputError, schema.set(schema.defaults(), key.toStdString(), text.toStdString()));
            return;
        }
        const awb::ParamSet set = schema.set(schema.defaults(), key.toStdString(), text.toStdString());
        QCOMPARE(QString::fromStdString(awb::ParamSchema::toText(set.at(key.toStdString()))), spelled);
        QVERIFY(schema.fromJson(schema.toJson(set)) == set);
    }
};

QTEST_APPLESS_MAIN(tst_RunDocument)
#include "tst_rundocument.moc"
