// awb::Json: documents round-trip, numbers keep their value, strings their bytes, and malformed
// text is an InputError with the line and column of the fault.
#include <QTest>

#include <cmath>

#include "common/InputError.h"
#include "common/Json.h"

using awb::Json;

class tst_Json : public QObject {
    Q_OBJECT

private slots:
    void writesCompactAndIndented()
    {
        Json j = Json::object();
        j["name"] = "iforest";
        j["trees"] = 100;
        j["auto"] = true;
        j["none"] = Json();
        j["matrix"] = Json(Json::Array{Json(Json::Array{Json(1), Json(2)}), Json(Json::Array{Json(3), Json(4)})});
        QCOMPARE(QString::fromStdString(j.dump(0)),
                 QStringLiteral(R"({"name":"iforest","trees":100,"auto":true,"none":null,"matrix":[[1,2],[3,4]]})"));
        QCOMPARE(QString::fromStdString(j.dump(2)),
                 QStringLiteral("{\n  \"name\": \"iforest\",\n  \"trees\": 100,\n  \"auto\": true,\n  \"none\": null,\n"
                                "  \"matrix\": [[1, 2], [3, 4]]\n}"));
    }

    void numbersRoundTrip_data()
    {
        QTest::addColumn<double>("value");
        QTest::newRow("zero") << 0.0;
        QTest::newRow("third") << 1.0 / 3.0;
        QTest::newRow("negative tiny") << -1.2345e-300;
        QTest::newRow("large") << 9.007199254740993e15;
        QTest::newRow("float widened") << static_cast<double>(0.1f);
    }

    void numbersRoundTrip()
    {
        QFETCH(double, value);
        const Json parsed = Json::parse(Json(value).dump());
        QCOMPARE(parsed.toNumber(), value);  // shortest round-trip form, bit-exact
    }

    void nonFiniteIsNull()
    {
        QCOMPARE(QString::fromStdString(Json(std::nan("")).dump()), QStringLiteral("null"));
        QCOMPARE(QString::fromStdString(Json(INFINITY).dump()), QStringLiteral("null"));
    }

    void stringsEscapeAndUnescape()
    {
        const std::string text = "tab\tquote\"back\\slash\nnewline \x01 caf\xC3\xA9";
        const Json parsed = Json::parse(Json(text).dump());
        QCOMPARE(parsed.toString(), text);
        QCOMPARE(Json::parse(R"("\u00e9\ud83d\ude00")").toString(), std::string("\xC3\xA9\xF0\x9F\x98\x80"));
    }

    void parsesNestedDocument()
    {
        const Json j = Json::parse(R"( {"a": [1, {"b": false}], "c": "d"} )");
        QVERIFY(j.isObject());
        QCOMPARE(j.find("a")->toArray().size(), std::size_t(2));
        QCOMPARE(j.find("a")->toArray()[1].find("b")->toBool(), false);
        QCOMPARE(j.find("c")->toString(), std::string("d"));
        QVERIFY(j.find("missing") == nullptr);
    }

    void malformedTextNamesLineAndColumn_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("missing value") << "{\n  \"a\": }" << 2 << 8;
        QTest::newRow("trailing comma") << "[1, 2,]" << 1 << 7;
        QTest::newRow("unterminated string") << "\"abc" << 1 << 5;
        QTest::newRow("trailing text") << "{} x" << 1 << 4;
        QTest::newRow("empty") << "" << 1 << 1;
        QTest::newRow("bad literal") << "[tru]" << 1 << 2;
    }

    void malformedTextNamesLineAndColumn()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(int, column);
        try {
            Json::parse(text.toStdString(), "doc.json");
            QFAIL("no error for malformed JSON");
        } catch (const awb::InputError &e) {
            QCOMPARE(e.file(), std::string("doc.json"));
            QCOMPARE(int(e.line()), line);
            QCOMPARE(int(e.column()), column);
        }
    }

    void deepNestingIsAnErrorNotACrash()
    {
        const std::string deep(100000, '[');
        QVERIFY_THROWS_EXCEPTION(awb::InputError, Json::parse(deep));
    }
};

QTEST_APPLESS_MAIN(tst_Json)
#include "tst_json.moc"
