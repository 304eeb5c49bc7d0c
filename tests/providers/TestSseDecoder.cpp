// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/SseDecoder.h"

#include <QTest>

namespace {

// "type|data" per event, so expectations read like the spec examples.
QStringList describe(const QList<StreamEvent> &events)
{
    QStringList out;
    for (const StreamEvent &event : events)
        out.append(event.type + QLatin1Char('|') + QString::fromUtf8(event.data));
    return out;
}

QStringList decodeInPieces(const QByteArray &input, const QList<qsizetype> &cuts)
{
    SseDecoder decoder;
    QList<StreamEvent> events;
    qsizetype start = 0;
    for (qsizetype cut : cuts) {
        decoder.feed(input.constData() + start, cut - start, events);
        start = cut;
    }
    decoder.feed(input.constData() + start, input.size() - start, events);
    decoder.finish();
    return describe(events);
}

} // namespace

// Every rule of PROTOCOLS.md §2; each case is decoded whole, split in two at every byte
// position, and fed one byte at a time — the result must never change.
class TestSseDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_sameEventsAtEverySplit_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("expected");
        const auto m = [](const char *data) { return QStringLiteral("message|") + QString::fromUtf8(data); };

        QTest::newRow("lf") << QByteArray("data: a\n\n") << QStringList{m("a")};
        QTest::newRow("crlf") << QByteArray("data: a\r\n\r\ndata: b\r\n\r\n") << QStringList{m("a"), m("b")};
        QTest::newRow("cr") << QByteArray("data: a\r\rdata: b\r\r") << QStringList{m("a"), m("b")};
        QTest::newRow("mixed endings")
            << QByteArray("data: a\r\ndata: b\rdata: c\n\r\n") << QStringList{m("a\nb\nc")};
        QTest::newRow("multi-line data (spec YHOO)")
            << QByteArray("data: YHOO\ndata: +2\ndata: 10\n\n") << QStringList{m("YHOO\n+2\n10")};
        QTest::newRow("comment keep-alive")
            << QByteArray(": OPENROUTER PROCESSING\n\ndata: x\n: inside\n\n") << QStringList{m("x")};
        QTest::newRow("no space after colon") << QByteArray("data:test\n\n") << QStringList{m("test")};
        QTest::newRow("only one space removed") << QByteArray("data:  x\n\n") << QStringList{m(" x")};
        QTest::newRow("field without colon (spec)")
            << QByteArray("data\n\ndata\ndata\n\ndata:") << QStringList{m(""), m("\n")};
        QTest::newRow("event name") << QByteArray("event: add\ndata: 1\n\ndata: 2\n\n")
                                    << QStringList{QStringLiteral("add|1"), m("2")};
        QTest::newRow("event without data fires nothing")
            << QByteArray("event: ping\n\ndata: x\n\n") << QStringList{m("x")};
        QTest::newRow("field names are case-sensitive")
            << QByteArray("Data: x\n\ndata: y\n\n") << QStringList{m("y")};
        QTest::newRow("unknown field ignored") << QByteArray("foo: bar\ndata: y\n\n") << QStringList{m("y")};
        QTest::newRow("leading BOM dropped") << QByteArray("\xEF\xBB\xBF"
                                                           "data: a\n\n")
                                             << QStringList{m("a")};
        QTest::newRow("second BOM is not stripped") << QByteArray("\xEF\xBB\xBF"
                                                                  "data: a\n\n\xEF\xBB\xBF"
                                                                  "data: b\n\n")
                                                    << QStringList{m("a")};
        QTest::newRow("unterminated final event dropped")
            << QByteArray("data: a\n\ndata: b\n") << QStringList{m("a")};
        QTest::newRow("cyrillic") << QByteArray("data: Привет, мир\n\n") << QStringList{m("Привет, мир")};
        QTest::newRow("emoji 4-byte")
            << QByteArray("data: a\xF0\x9F\x98\x80z\n\n") << QStringList{m("a\xF0\x9F\x98\x80z")};
        QTest::newRow("invalid byte replaced") << QByteArray("data: a\xFF"
                                                             "b\n\n")
                                               << QStringList{m("a\xEF\xBF\xBD"
                                                                "b")};
        QTest::newRow("done sentinel")
            << QByteArray("data: {\"a\":1}\n\ndata: [DONE]\n\n") << QStringList{m("{\"a\":1}"), m("[DONE]")};
    }

    void rules_sameEventsAtEverySplit()
    {
        QFETCH(QByteArray, input);
        QFETCH(QStringList, expected);
        QCOMPARE(decodeInPieces(input, {}), expected);
        for (qsizetype cut = 1; cut < input.size(); ++cut)
            QVERIFY2(decodeInPieces(input, {cut}) == expected,
                     qPrintable(QStringLiteral("split at %1").arg(cut)));
        QList<qsizetype> everyByte;
        for (qsizetype cut = 1; cut < input.size(); ++cut)
            everyByte.append(cut);
        QCOMPARE(decodeInPieces(input, everyByte), expected);
    }

    void crAtChunkEnd_thenLf_isOneLineEnd()
    {
        SseDecoder decoder;
        QList<StreamEvent> events;
        decoder.feed("data: a\r", 8, events);
        decoder.feed("\n", 1, events); // the rest of the CRLF, not an empty line
        QCOMPARE(events.size(), 0);
        decoder.feed("\n", 1, events);
        QCOMPARE(describe(events), QStringList{QStringLiteral("message|a")});
    }

    void id_isStickyAndNulIgnored()
    {
        SseDecoder decoder;
        static const char raw[] = "id: 7\ndata: a\n\ndata: b\n\nid: x\0y\ndata: c\n\nid\ndata: d\n\n";
        const QList<StreamEvent> events = decoder.feed(QByteArray(raw, sizeof(raw) - 1));
        QCOMPARE(events.size(), 4);
        QCOMPARE(events.at(0).id, QStringLiteral("7"));
        QCOMPARE(events.at(1).id, QStringLiteral("7"));
        QCOMPARE(events.at(2).id, QStringLiteral("7"));
        QCOMPARE(events.at(3).id, QString());
    }

    void retry_onlyAllDigits()
    {
        SseDecoder decoder;
        decoder.feed(QByteArray("retry: 1500\n\nretry: 12a\n\n"));
        QCOMPARE(decoder.reconnectionTimeMs(), 1500);
    }

    void hugeLine_errorAndBuffersFreed()
    {
        SseDecoder decoder(1024 * 1024);
        const QByteArray piece(64 * 1024, 'x');
        QList<StreamEvent> events;
        decoder.feed("data: ", 6, events);
        for (int i = 0; i < 160 && !decoder.hasError(); ++i) // 10 MB in 64 KiB pieces
            decoder.feed(piece.constData(), piece.size(), events);
        QVERIFY(decoder.hasError());
        QVERIFY(decoder.errorString().contains(QLatin1String("MB")));
        QVERIFY(!decoder.hasPendingData());
        QVERIFY(events.isEmpty());
    }

    void manyDataLines_overLimit_error()
    {
        SseDecoder decoder(1000);
        QByteArray input;
        for (int i = 0; i < 200; ++i)
            input += "data: 0123456789\n";
        decoder.feed(input);
        QVERIFY(decoder.hasError());
        QVERIFY(!decoder.hasPendingData());
    }
};

QTEST_GUILESS_MAIN(TestSseDecoder)
#include "TestSseDecoder.moc"
