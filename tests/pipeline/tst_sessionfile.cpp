// Session files: a trained session reads back with the same header, settings, thresholds and
// scores; every damaged form (cut short at any point, a changed byte, a newer format, another kind
// of file, an empty file) is an InputError with its own message and returns nothing.
#include <QTest>

#include <sstream>

#include "common/InputError.h"
#include "pipeline/Pipeline.h"
#include "pipeline/SessionFile.h"

namespace {

struct Saved {
    awb::SessionHeader header;
    awb::PipelineOutput out;
    std::string bytes;
};

const Saved &saved()
{
    static const Saved s = [] {
        Saved s;
        awb::RunSpec spec;
        spec.data.demo = true;
        spec.data.demoRows = 2000;
        spec.threads = 2;
        spec.detectors = {awb::defaultDetectorSpec("iforest"), awb::defaultDetectorSpec("pca")};
        spec.detectors[0].params["trees"] = std::int64_t{40};
        s.out = awb::Pipeline(spec).run();
        s.out.detectors[1].result.threshold = 0.125;  // a threshold moved on screen
        s.header.spec = spec;
        s.header.spec.detectors[0].params["trees"] = std::int64_t{80};  // edited after training
        s.header.datasetName = "demo data";
        s.header.fingerprint = s.out.result.dataset.fingerprint;
        s.header.view = awb::Json{{"tab", "pca"}, {"rows", {3, 5, 8}}};
        std::ostringstream file;
        awb::writeSession(file, s.header, &s.out.data->preprocessor, s.out.detectors);
        s.bytes = file.str();
        return s;
    }();
    return s;
}

QString errorOf(const std::string &bytes)
{
    std::istringstream in(bytes);
    try {
        awb::readSession(in, "s.awbsession");
    } catch (const awb::InputError &e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

} // namespace

class tst_SessionFile : public QObject {
    Q_OBJECT

private slots:
    void roundTrip()
    {
        std::istringstream in(saved().bytes);
        const awb::Session session = awb::readSession(in, "s.awbsession");
        QVERIFY(session.header == saved().header);
        QVERIFY(session.models.has_value());
        QCOMPARE(session.models->detectors.size(), std::size_t{2});
        QCOMPARE(session.models->detectors[1].threshold, 0.125);
        QVERIFY(session.models->detectors[0].spec.params.at("trees") == awb::ParamValue{std::int64_t{40}});
        const awb::PipelineOutput rescored = awb::Pipeline(saved().header.spec)
                                                 .run({}, nullptr, &session.models->detectors, &session.models->preprocessor);
        QCOMPARE(rescored.detectors[0].testScores, saved().out.detectors[0].testScores);
        QCOMPARE(rescored.detectors[1].result.threshold, 0.125);
    }

    void untrainedSessionHasNoModels()
    {
        std::ostringstream file;
        awb::writeSession(file, saved().header, nullptr, {});
        std::istringstream in(file.str());
        const awb::Session session = awb::readSession(in, "s.awbsession");
        QVERIFY(!session.models);
        QVERIFY(session.header == saved().header);
    }

    void everyTruncationIsReported()
    {
        const std::string &bytes = saved().bytes;
        const std::size_t step = std::max<std::size_t>(1, bytes.size() / 997);
        for (std::size_t n = 0; n < bytes.size(); n += step) {
            const QString message = errorOf(bytes.substr(0, n));
            QVERIFY2(message.contains("damaged") || message.contains("not an Anomaly Workbench session"),
                     qPrintable(QStringLiteral("cut at %1 of %2: '%3'").arg(n).arg(bytes.size()).arg(message)));
        }
    }

    void changedBytesAreReported()
    {
        for (const double at : {0.1, 0.3, 0.5, 0.9, 0.999}) {
            std::string bytes = saved().bytes;
            bytes[static_cast<std::size_t>(at * double(bytes.size()))] ^= 0x20;
            QVERIFY2(errorOf(bytes).contains("checksum does not match"), qPrintable(errorOf(bytes)));
        }
    }

    void newerFormatIsNamed()
    {
        std::string bytes = saved().bytes;
        const std::uint32_t newer = awb::kSessionVersion + 1;
        std::memcpy(bytes.data() + 8, &newer, sizeof newer);
        const QString message = errorOf(bytes);
        QVERIFY2(message.contains("newer version") && message.contains(QString::number(newer)), qPrintable(message));
    }

    void foreignAndEmptyFiles()
    {
        QVERIFY(errorOf("").contains("not an Anomaly Workbench session"));
        QVERIFY(errorOf("duration,protocol\n0,tcp\n").contains("not an Anomaly Workbench session"));
        std::string model = saved().bytes;
        std::memcpy(model.data(), "AWBMODEL", 8);
        QVERIFY(errorOf(model).contains("not an Anomaly Workbench session"));
    }
};

QTEST_APPLESS_MAIN(tst_SessionFile)
#include "tst_sessionfile.moc"
