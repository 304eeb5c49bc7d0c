// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/MarkdownRenderer.h"
#include "render/StreamingMarkdown.h"

#include <QtTest>

class TestStreamingMarkdown : public QObject
{
    Q_OBJECT

private:
    static QString sample()
    {
        return QStringLiteral(
            "# Title\n\nIntro with **bold** and $x_1$.\n\n"
            "1. one\n2. two\n   - nested\n\n3. three after a blank line\n\n"
            "| a | b |\n|---|---|\n| 1 | 2 |\n\n"
            "> quote\n> more\n\n"
            "Code follows:\n```cpp\nint main() {\n\n    return 0; /* multi\n line */\n}\n```\n"
            "After the fence.\n\n"
            "    indented code\n\n"
            "- [ ] task\n\n"
            "~~~\nplain\n~~~~\n\n"
            "Last paragraph without newline");
    }

    static RenderPieceList streamed(const QString &text, int chunk)
    {
        MarkdownRenderer renderer;
        StreamingMarkdown stream(renderer);
        for (int i = 0; i < text.size(); i += chunk) {
            stream.append(text.mid(i, chunk));
            stream.tail(); // exercised as the view does on every update
        }
        stream.finish();
        return stream.stablePieces();
    }

private Q_SLOTS:
    void streamedInChunks_equalsFullRender_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("chunk");
        const QList<int> sizes = {1, 2, 3, 7, 64, 100000};
        const QList<QPair<const char *, QString>> texts = {
            {"rich", sample()},
            {"unclosed fence", QStringLiteral("text\n```python\ndef f():\n\n    pass\n")},
            {"crlf", QStringLiteral("a\r\n\r\nb\r\n```\r\nx\r\n```\r\n")},
            {"fence in list",
             QStringLiteral("1. step\n\n   ```sh\n   make\n\n   make install\n   ```\n2. done\n")},
            {"closing fence looks like text", QStringLiteral("````\n```\nstill code\n````\nafter\n")},
        };
        for (const auto &t : texts) {
            for (int size : sizes)
                QTest::newRow(
                    QStringLiteral("%1/%2").arg(QLatin1String(t.first)).arg(size).toUtf8().constData())
                    << t.second << size;
        }
    }
    void streamedInChunks_equalsFullRender()
    {
        QFETCH(QString, text);
        QFETCH(int, chunk);
        const RenderPieceList whole = streamed(text, int(text.size()) + 1);
        const RenderPieceList pieces = streamed(text, chunk);
        QCOMPARE(pieces.size(), whole.size());
        for (int i = 0; i < whole.size(); ++i)
            QCOMPARE(pieces.at(i).html, whole.at(i).html);
        QVERIFY(pieces == whole);
        MarkdownRenderer renderer;
        QCOMPARE(renderer.piecesToHtml(pieces), renderer.toHtml(text));
    }

    void completedBlocks_areStableAndTailIsRest()
    {
        MarkdownRenderer renderer;
        StreamingMarkdown stream(renderer);
        stream.append(QStringLiteral("first paragraph\n\nsecond"));
        QCOMPARE(stream.stablePieces().size(), 1);
        QVERIFY(stream.stablePieces().first().html.contains(QStringLiteral("first paragraph")));
        QCOMPARE(stream.tail().size(), 1);
        QVERIFY(stream.tail().first().html.contains(QStringLiteral("second")));
        QVERIFY(!stream.tail().first().html.contains(QStringLiteral("first")));
        const RenderPiece firstPiece = stream.stablePieces().first();
        stream.append(QStringLiteral(" grows"));
        QCOMPARE(stream.stablePieces().size(), 1);
        QCOMPARE(stream.stablePieces().first(), firstPiece);
    }

    void blankLineInsideFence_doesNotSplit()
    {
        MarkdownRenderer renderer;
        StreamingMarkdown stream(renderer);
        stream.append(QStringLiteral("```\na\n\nb\nc"));
        // Header and three finished lines are stable; the partial line is the tail.
        const RenderPieceList stable = stream.stablePieces();
        QCOMPARE(stable.size(), 4);
        QCOMPARE(stable.at(0).kind, RenderPiece::Kind::CodeBegin);
        QCOMPARE(stable.at(1).html, QStringLiteral("a"));
        QCOMPARE(stable.at(2).html, QString());
        QCOMPARE(stable.at(3).html, QStringLiteral("b"));
        QCOMPARE(stream.tail().size(), 1);
        QCOMPARE(stream.tail().first().kind, RenderPiece::Kind::CodeLine);
        QCOMPARE(stream.tail().first().html, QStringLiteral("c"));
    }

    void tail_staysSmallWhateverTheLength()
    {
        MarkdownRenderer renderer;
        StreamingMarkdown stream(renderer);
        for (int i = 0; i < 2000; ++i)
            stream.append(QStringLiteral("Paragraph %1 with *some* words.\n\n").arg(i));
        stream.append(QStringLiteral("unfinished"));
        const RenderPieceList tail = stream.tail();
        QCOMPARE(tail.size(), 1);
        QVERIFY(tail.first().html.size() < 200);
        // Inside a long code block only the partial line is rendered again.
        stream.append(QStringLiteral("\n\n```\n"));
        for (int i = 0; i < 2500; ++i)
            stream.append(QStringLiteral("line %1\n").arg(i));
        stream.append(QStringLiteral("partial"));
        QCOMPARE(stream.tail().size(), 1);
        QCOMPARE(stream.tail().first().html, QStringLiteral("partial"));
    }

    void replaceText_extension_appends()
    {
        MarkdownRenderer renderer;
        StreamingMarkdown stream(renderer);
        stream.replaceText(QStringLiteral("Hello"));
        const int generation = stream.generation();
        stream.replaceText(QStringLiteral("Hello world\n\nNext"));
        QCOMPARE(stream.generation(), generation);
        QCOMPARE(stream.text(), QStringLiteral("Hello world\n\nNext"));
    }

    void replaceText_revision_rendersNewTextOnly()
    {
        MarkdownRenderer renderer;
        StreamingMarkdown stream(renderer);
        stream.append(QStringLiteral("Old first paragraph\n\n```\nold code\n"));
        const int generation = stream.generation();
        stream.replaceText(QStringLiteral("New first paragraph\n\nand more"));
        QVERIFY(stream.generation() != generation);
        stream.finish();
        QCOMPARE(renderer.piecesToHtml(stream.stablePieces()),
                 renderer.toHtml(QStringLiteral("New first paragraph\n\nand more")));
        QVERIFY(!renderer.piecesToHtml(stream.stablePieces()).contains(QStringLiteral("Old")));
    }

    void hugeCodeBlock_showsCappedLinesAndANote()
    {
        MarkdownRenderer renderer;
        StreamingMarkdown stream(renderer);
        stream.append(QStringLiteral("```\n") +
                      QStringLiteral("x\n").repeated(MarkdownRenderer::MaxCodeLines + 10) +
                      QStringLiteral("```\nafter\n"));
        stream.finish();
        int lines = 0;
        for (const RenderPiece &p : stream.stablePieces())
            lines += p.kind == RenderPiece::Kind::CodeLine ? 1 : 0;
        QCOMPARE(lines, MarkdownRenderer::MaxCodeLines + 1); // the last one is the note
        QVERIFY(renderer.piecesToHtml(stream.stablePieces()).contains(QStringLiteral("10 more lines")));
        QVERIFY(renderer.piecesToHtml(stream.stablePieces()).contains(QStringLiteral("after")));
    }

    void codeIndices_countAcrossSegments()
    {
        MarkdownRenderer renderer;
        StreamingMarkdown stream(renderer);
        stream.append(QStringLiteral("```\na\n```\n\n- item\n\n      nested code\n\n```js\nb\n```\n"));
        stream.finish();
        QList<int> indices;
        for (const RenderPiece &p : stream.stablePieces()) {
            if (p.kind == RenderPiece::Kind::CodeBegin)
                indices << p.codeIndex;
            if (p.kind == RenderPiece::Kind::Html && p.html.contains(QStringLiteral("mmchat-copy:1")))
                indices << 1;
        }
        QCOMPARE(indices, (QList<int>{0, 1, 2}));
        QCOMPARE(stream.codeBlockCount(), 3);
    }
};

QTEST_MAIN(TestStreamingMarkdown)
#include "TestStreamingMarkdown.moc"
