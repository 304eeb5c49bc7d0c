// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/MarkdownRenderer.h"
#include "render/SafeTextDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QElapsedTimer>
#include <QTextBlock>
#include <QTextDocumentFragment>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>
#include <QtTest>

#include <functional>

class TestMarkdownRenderer : public QObject
{
    Q_OBJECT

private:
    // Renders Markdown into a document the way the view shows it.
    static std::unique_ptr<SafeTextDocument> render(const QString &markdown)
    {
        auto doc = std::make_unique<SafeTextDocument>();
        doc->setHtml(MarkdownRenderer().toHtml(markdown));
        return doc;
    }

    // Calls f for every text fragment of the document, tables and frames included.
    static void forEachFragment(QTextDocument *doc, const std::function<void(const QTextFragment &)> &f)
    {
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            for (auto it = b.begin(); !it.atEnd(); ++it)
                f(it.fragment());
        }
    }

    static QTextCharFormat formatOf(QTextDocument *doc, const QString &text)
    {
        QTextCharFormat found;
        forEachFragment(doc, [&](const QTextFragment &fr) {
            if (fr.text().contains(text))
                found = fr.charFormat();
        });
        return found;
    }

    static QList<QTextTable *> tables(QTextDocument *doc)
    {
        QList<QTextTable *> out;
        QList<QTextFrame *> pending{doc->rootFrame()};
        while (!pending.isEmpty()) {
            QTextFrame *f = pending.takeFirst();
            if (auto *t = qobject_cast<QTextTable *>(f))
                out.append(t);
            pending += f->childFrames();
        }
        return out;
    }

private Q_SLOTS:
    void heading_isHeadingBlockWithLargerFont()
    {
        auto doc = render(QStringLiteral("# Title\n\ntext"));
        QCOMPARE(doc->begin().text(), QStringLiteral("Title"));
        QCOMPARE(doc->begin().blockFormat().headingLevel(), 1);
        QVERIFY(formatOf(doc.get(), QStringLiteral("Title")).fontWeight() >= QFont::Bold);
    }

    void table_hasBordersPaddingAndCells()
    {
        auto doc = render(QStringLiteral("| a | b |\n|---|--:|\n| 1 | 2 |\n"));
        const auto ts = tables(doc.get());
        QCOMPARE(ts.size(), 1);
        QTextTable *t = ts.first();
        QCOMPARE(t->rows(), 2);
        QCOMPARE(t->columns(), 2);
        QVERIFY(t->format().border() > 0);
        QVERIFY(t->format().cellPadding() > 0);
        QCOMPARE(t->cellAt(0, 0).firstCursorPosition().block().text(), QStringLiteral("a"));
        QCOMPARE(t->cellAt(1, 1).firstCursorPosition().block().text(), QStringLiteral("2"));
        QVERIFY(t->cellAt(1, 1).firstCursorPosition().block().blockFormat().alignment() & Qt::AlignRight);
    }

    void strikethrough_isStruckOut()
    {
        auto doc = render(QStringLiteral("keep ~~gone~~ here"));
        QVERIFY(formatOf(doc.get(), QStringLiteral("gone")).fontStrikeOut());
        QVERIFY(!formatOf(doc.get(), QStringLiteral("keep")).fontStrikeOut());
    }

    void emphasis_isItalicAndBold()
    {
        auto doc = render(QStringLiteral("*it* and **bold**"));
        QVERIFY(formatOf(doc.get(), QStringLiteral("it")).fontItalic());
        QVERIFY(formatOf(doc.get(), QStringLiteral("bold")).fontWeight() >= QFont::Bold);
    }

    void nestedList_hasTwoIndentLevels()
    {
        auto doc = render(QStringLiteral("1. one\n2. two\n   - inner\n3. three\n"));
        QTextList *outer = nullptr;
        QTextList *inner = nullptr;
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            if (b.text() == QLatin1String("one"))
                outer = b.textList();
            if (b.text() == QLatin1String("inner"))
                inner = b.textList();
        }
        QVERIFY(outer && inner && outer != inner);
        QCOMPARE(outer->format().style(), QTextListFormat::ListDecimal);
        QCOMPARE(outer->count(), 3);
        QVERIFY(inner->format().indent() > outer->format().indent());
    }

    void blockQuote_isShadedWithBar()
    {
        auto doc = render(QStringLiteral("> quoted words\n"));
        const auto ts = tables(doc.get());
        QCOMPARE(ts.size(), 1);
        QCOMPARE(ts.first()->columns(), 2);
        QVERIFY(ts.first()->cellAt(0, 0).format().background().style() != Qt::NoBrush);
        QCOMPARE(ts.first()->cellAt(0, 1).firstCursorPosition().block().text(),
                 QStringLiteral("quoted words"));
    }

    void inlineCode_isMonospaceWithBackground()
    {
        auto doc = render(QStringLiteral("call `render()` now"));
        const QTextCharFormat f = formatOf(doc.get(), QStringLiteral("render()"));
        QVERIFY(f.background().style() != Qt::NoBrush);
        QCOMPARE(f.fontFamilies().toStringList().value(0), RenderTheme::light().monospaceFamily);
    }

    void horizontalRule_isRuler()
    {
        auto doc = render(QStringLiteral("above\n\n---\n\nbelow"));
        bool ruler = false;
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next())
            ruler = ruler || b.blockFormat().hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth);
        QVERIFY(ruler);
    }

    void taskList_showsCheckboxesWithoutBullets()
    {
        auto doc = render(QStringLiteral("- [x] done\n- [ ] todo\n"));
        const QString text = doc->toPlainText();
        QVERIFY(text.contains(QStringLiteral("\u2611 done")));
        QVERIFY(text.contains(QStringLiteral("\u2610 todo")));
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            if (b.textList())
                QCOMPARE(b.textList()->format().style(), QTextListFormat::ListStyleUndefined);
        }
    }

    void codeBlock_hasLanguageLabelCopyLinkAndMonospace()
    {
        MarkdownRenderer renderer;
        renderer.setCopyAnchorPrefix(QStringLiteral("mmchat-copy:m1/"));
        SafeTextDocument doc;
        doc.setHtml(renderer.toHtml(QStringLiteral("text\n\n```python\nprint('x')\n```\n")));
        QVERIFY(doc.toPlainText().contains(QStringLiteral("python")));
        QVERIFY(doc.toPlainText().contains(QStringLiteral("print('x')")));
        bool copyLink = false;
        forEachFragment(&doc, [&](const QTextFragment &fr) {
            copyLink = copyLink || fr.charFormat().anchorHref() == QLatin1String("mmchat-copy:m1/0");
        });
        QVERIFY(copyLink);
        QCOMPARE(formatOf(&doc, QStringLiteral("print")).fontFamilies().toStringList().value(0),
                 RenderTheme::light().monospaceFamily);
    }

    void codeBlocks_returnsTextInOrder()
    {
        const QStringList blocks = MarkdownRenderer::codeBlocks(
            QStringLiteral("```\na\n```\n\n- item\n\n      indented\n\n~~~js\nb();\n~~~\n"));
        QCOMPARE(blocks,
                 (QStringList{QStringLiteral("a"), QStringLiteral("indented"), QStringLiteral("b();")}));
    }

    void rawHtml_isShownAsText_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("visible");
        QTest::newRow("script block")
            << QStringLiteral("<script>alert(1)</script>") << QStringLiteral("<script>alert(1)</script>");
        QTest::newRow("inline bold") << QStringLiteral("a <b>b</b> c") << QStringLiteral("<b>b</b>");
        QTest::newRow("img tag") << QStringLiteral("<img src=\"http://evil.example/x.png\">")
                                 << QStringLiteral("<img src=\"http://evil.example/x.png\">");
        QTest::newRow("style") << QStringLiteral("<style>body{display:none}</style>")
                               << QStringLiteral("<style>");
    }
    void rawHtml_isShownAsText()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, visible);
        auto doc = render(markdown);
        QVERIFY2(doc->toPlainText().contains(visible), qPrintable(doc->toPlainText()));
        QCOMPARE(doc->refusedResourceCount(), 0);
    }

    void image_becomesAltTextAndLinkNeverImage()
    {
        auto doc = render(QStringLiteral("![a chart](https://example.com/c.png)"));
        const QString text = doc->toPlainText();
        QVERIFY(text.contains(QStringLiteral("a chart")));
        QVERIFY(text.contains(QStringLiteral("https://example.com/c.png")));
        bool image = false;
        bool link = false;
        forEachFragment(doc.get(), [&](const QTextFragment &fr) {
            image = image || fr.charFormat().isImageFormat();
            link = link || fr.charFormat().anchorHref() == QLatin1String("https://example.com/c.png");
        });
        QVERIFY(!image);
        QVERIFY(link);
        QCOMPARE(doc->refusedResourceCount(), 0);
    }

    void links_onlyWebAndMailAreClickable_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("clickable");
        QTest::newRow("https") << QStringLiteral("https://example.com/a?b=c") << true;
        QTest::newRow("http") << QStringLiteral("http://example.com/") << true;
        QTest::newRow("mailto") << QStringLiteral("mailto:someone@example.com") << true;
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
        QTest::newRow("data") << QStringLiteral("data:text/html,hi") << false;
        QTest::newRow("relative") << QStringLiteral("/local/path") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://example.com/x") << false;
    }
    void links_onlyWebAndMailAreClickable()
    {
        QFETCH(QString, url);
        QFETCH(bool, clickable);
        auto doc = render(QStringLiteral("see [the thing](%1) now").arg(url));
        const QTextCharFormat f = formatOf(doc.get(), QStringLiteral("the thing"));
        QCOMPARE(f.isAnchor(), clickable);
        if (clickable) {
            QCOMPARE(f.anchorHref(), url);
            QCOMPARE(f.toolTip(), url); // the full address on hover
        }
        QVERIFY(doc->toPlainText().contains(QStringLiteral("the thing")));
    }

    void autolink_isClickable()
    {
        auto doc = render(QStringLiteral("visit https://example.org/page today"));
        QCOMPARE(formatOf(doc.get(), QStringLiteral("example.org")).anchorHref(),
                 QStringLiteral("https://example.org/page"));
    }

    void latex_isKeptLiteralInMonospace_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("math");
        QTest::newRow("inline") << QStringLiteral("so $a_b * c_d$ holds") << QStringLiteral("$a_b * c_d$");
        QTest::newRow("display") << QStringLiteral("$$\\frac{a}{b} \\cdot x_1^2$$")
                                 << QStringLiteral("$$\\frac{a}{b} \\cdot x_1^2$$");
        QTest::newRow("backslashes") << QStringLiteral("$\\alpha \\\\ \\beta$")
                                     << QStringLiteral("$\\alpha \\\\ \\beta$");
    }
    void latex_isKeptLiteralInMonospace()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, math);
        auto doc = render(markdown);
        QVERIFY2(doc->toPlainText().contains(math), qPrintable(doc->toPlainText()));
        QCOMPARE(formatOf(doc.get(), math).fontFamilies().toStringList().value(0),
                 RenderTheme::light().monospaceFamily);
    }

    void money_isNotMath()
    {
        auto doc = render(QStringLiteral("costs $5 and $10 *now*"));
        QVERIFY(doc->toPlainText().contains(QStringLiteral("costs $5 and $10 now")));
        QVERIFY(formatOf(doc.get(), QStringLiteral("now")).fontItalic());
    }

    void safeDocument_refusesEveryResource()
    {
        SafeTextDocument doc;
        doc.setHtml(
            QStringLiteral("<img src=\"http://127.0.0.1:1/x.png\"><img src=\"file:///etc/hostname\">"));
        doc.documentLayout()->documentSize();
        QVERIFY(doc.refusedResourceCount() >= 2);
        QVERIFY(doc.resource(QTextDocument::ImageResource, QUrl(QStringLiteral("http://127.0.0.1:1/x.png")))
                    .isNull());
    }

    void hostileInput_rendersQuicklyWithoutLoading_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::newRow("script") << QStringLiteral("<script>fetch('http://127.0.0.1:1')</script>\n\nafter");
        QTest::newRow("img tag") << QStringLiteral(
            "<img src=http://127.0.0.1:1/a.png> and ![x](http://127.0.0.1:1/b.png)");
        QTest::newRow("javascript link")
            << QStringLiteral("[click](javascript:alert(document.cookie)) <javascript:alert(1)>");
        QTest::newRow("100k line") << QString(100000, QLatin1Char('a')) + QStringLiteral(" *b* `c`");
        QTest::newRow("10k quotes") << QString(10000, QLatin1Char('>')) + QStringLiteral(" deep");
        QTest::newRow("10k lists") << QStringLiteral("- ").repeated(10000) + QStringLiteral("deep");
        QTest::newRow("10k brackets") << QString(10000, QLatin1Char('[')) + QString(10000, QLatin1Char(']'));
        QTest::newRow("10k emphasis")
            << QString(10000, QLatin1Char('*')) + QStringLiteral("x") + QString(10000, QLatin1Char('*'));
        QTest::newRow("unclosed fence")
            << QStringLiteral("```cpp\nint main() {\n  return 0;\n\n\nstill code");
        QTest::newRow("5 MB code block")
            << QStringLiteral("```cpp\n") +
                   QStringLiteral("int x = compute(42); // padding text\n").repeated(5 * 1024 * 1024 / 37) +
                   QStringLiteral("```\n");
        QTest::newRow("invalid utf-8")
            << QString::fromUtf8(QByteArray("ok \xff\xfe\xc3\x28 \xed\xa0\x80 end"));
        QTest::newRow("rtl override")
            << QStringLiteral("abc \u202Egnp.exe\u202C [link \u202Etxt.exe](https://example.com/\u202E)");
        QTest::newRow("nul and controls") << QStringLiteral("a\u0000b\u0001c\u001b[31mred");
    }
    void hostileInput_rendersQuicklyWithoutLoading()
    {
        QFETCH(QString, markdown);
        QElapsedTimer timer;
        timer.start();
        SafeTextDocument doc;
        const QString html = MarkdownRenderer().toHtml(markdown);
        const qint64 renderMs = timer.elapsed();
        doc.setHtml(html);
        doc.setTextWidth(800);
        doc.documentLayout()->documentSize();
        const qint64 ms = timer.elapsed();
        qDebug("render %lld ms, document %lld ms", renderMs, ms - renderMs);
        QVERIFY2(ms < 1000, qPrintable(QStringLiteral("took %1 ms").arg(ms)));
        QCOMPARE(doc.refusedResourceCount(), 0);
        QVERIFY(!doc.isEmpty());
    }
};

QTEST_MAIN(TestMarkdownRenderer)
#include "TestMarkdownRenderer.moc"
