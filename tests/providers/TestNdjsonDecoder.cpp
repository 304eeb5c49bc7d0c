// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/NdjsonDecoder.h"

#include <QTest>

namespace {

QStringList decodeInPieces(const QByteArray &input, qsizetype cut)
{
    NdjsonDecoder decoder;
    QList<StreamEvent> events;
    decoder.feed(input.constData(), cut, events);
    decoder.feed(input.constData() + cut, input.size() - cut, events);
    decoder.finish(events);
    QStringList out;
    for (const StreamEvent &event : events)
        out.append(QString::fromUtf8(event.data));
    return out;
}

} // namespace

class TestNdjsonDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lines_sameAtEverySplit_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("lf") << QByteArray("{\"a\":1}\n{\"b\":2}\n")
                            << QStringList{QStringLiteral("{\"a\":1}"), QStringLiteral("{\"b\":2}")};
        QTest::newRow("crlf and blank lines")
            << QByteArray("{\"a\":1}\r\n\r\n  \n{\"b\":2}\r\n")
            << QStringList{QStringLiteral("{\"a\":1}"), QStringLiteral("{\"b\":2}")};
        QTest::newRow("last line without lf")
            << QByteArray("{\"a\":1}\n{\"b\":2}")
            << QStringList{QStringLiteral("{\"a\":1}"), QStringLiteral("{\"b\":2}")};
        QTest::newRow("cyrillic") << QByteArray("{\"content\":\"Привет\"}\n")
                                  << QStringList{QStringLiteral("{\"content\":\"Привет\"}")};
        QTest::newRow("invalid byte replaced")
            << QByteArray("{\"c\":\"\xC3\"}\n") << QStringList{QStringLiteral("{\"c\":\"\uFFFD\"}")};
    }

    void lines_sameAtEverySplit()
    {
        QFETCH(QByteArray, input);
        QFETCH(QStringList, expected);
        for (qsizetype cut = 0; cut <= input.size(); ++cut)
            QVERIFY2(decodeInPieces(input, cut) == expected,
                     qPrintable(QStringLiteral("split at %1").arg(cut)));
    }

    void hugeLine_errorAndBufferFreed()
    {
        NdjsonDecoder decoder(1024 * 1024);
        const QByteArray piece(64 * 1024, 'x');
        QList<StreamEvent> events;
        for (int i = 0; i < 160 && !decoder.hasError(); ++i)
            decoder.feed(piece.constData(), piece.size(), events);
        QVERIFY(decoder.hasError());
        QVERIFY(!decoder.hasPendingData());
        QVERIFY(events.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNdjsonDecoder)
#include "TestNdjsonDecoder.moc"
