// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/CodeHighlighter.h"
#include "render/MarkdownRenderer.h"
#include "render/SafeTextDocument.h"

#include <mmchat/config.h>

#include <QRegularExpression>
#include <QTextBlock>
#include <QtTest>

class TestCodeHighlighter : public QObject
{
    Q_OBJECT

private:
    static int colourSpans(const QString &html)
    {
        return int(html.count(QRegularExpression(QStringLiteral("<span style=\"color:#[0-9a-f]{6};"))));
    }

private Q_SLOTS:
    void cppFence_isColouredWhenBuiltIn()
    {
        CodeHighlighter highlighter(QStringLiteral("cpp"), RenderTheme::light());
        const QString html = highlighter.highlightLine(QStringLiteral("int main() { return 0; } // done"));
#if MMCHAT_HAVE_KSYNTAXHIGHLIGHTING
        QVERIFY(highlighter.isHighlighting());
        QCOMPARE(highlighter.languageName(), QStringLiteral("C++"));
        QVERIFY2(colourSpans(html) >= 2, qPrintable(html));
#else
        // Without KSyntaxHighlighting: the same text, escaped, no colours.
        QVERIFY(!highlighter.isHighlighting());
        QCOMPARE(html, QStringLiteral("int main() { return 0; } // done"));
#endif
    }

    void unknownLanguage_isPlainEscaped()
    {
        CodeHighlighter highlighter(QStringLiteral("no-such-language"), RenderTheme::light());
        QVERIFY(!highlighter.isHighlighting());
        QCOMPARE(highlighter.highlightLine(QStringLiteral("a < b && c")),
                 QStringLiteral("a &lt; b &amp;&amp; c"));
    }

    void highlightedText_isEscaped()
    {
        CodeHighlighter highlighter(QStringLiteral("html"), RenderTheme::light());
        const QString html = highlighter.highlightLine(QStringLiteral("<script>alert(1)</script>"));
        QVERIFY(!html.contains(QStringLiteral("<script>")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;")));
    }

    void state_carriesAcrossLines()
    {
        CodeHighlighter continued(QStringLiteral("cpp"), RenderTheme::light());
        continued.highlightLine(QStringLiteral("/* a comment"));
        const QString inComment = continued.peekLine(QStringLiteral("int x;"));
        CodeHighlighter fresh(QStringLiteral("cpp"), RenderTheme::light());
        const QString outside = fresh.highlightLine(QStringLiteral("int x;"));
#if MMCHAT_HAVE_KSYNTAXHIGHLIGHTING
        QVERIFY(inComment != outside);
#else
        QCOMPARE(inComment, outside);
#endif
        // peekLine() did not advance the state.
        QCOMPARE(continued.peekLine(QStringLiteral("int x;")), inComment);
    }

    void darkTheme_usesOtherColours()
    {
        CodeHighlighter light(QStringLiteral("python"), RenderTheme::light());
        CodeHighlighter dark(QStringLiteral("python"), RenderTheme::darkTheme());
        const QString line = QStringLiteral("def f(x): return \"s\"  # c");
#if MMCHAT_HAVE_KSYNTAXHIGHLIGHTING
        QVERIFY(light.highlightLine(line) != dark.highlightLine(line));
#else
        QCOMPARE(light.highlightLine(line), dark.highlightLine(line));
#endif
    }

    void codeBlockInDocument_isMonospaceAndColouredWhenBuiltIn()
    {
        SafeTextDocument doc;
        doc.setHtml(MarkdownRenderer().toHtml(QStringLiteral("```cpp\nreturn 42; // answer\n```\n")));
        QSet<QRgb> colours;
        QString family;
        for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                if (!it.fragment().text().contains(QStringLiteral("42")) &&
                    !it.fragment().text().contains(QStringLiteral("return")) &&
                    !it.fragment().text().contains(QStringLiteral("answer")))
                    continue;
                family = it.fragment().charFormat().fontFamilies().toStringList().value(0);
                if (it.fragment().charFormat().hasProperty(QTextFormat::ForegroundBrush))
                    colours.insert(it.fragment().charFormat().foreground().color().rgb());
            }
        }
        QCOMPARE(family, RenderTheme::light().monospaceFamily);
#if MMCHAT_HAVE_KSYNTAXHIGHLIGHTING
        QVERIFY(colours.size() >= 2);
#else
        QVERIFY(colours.size() <= 1); // plain monospace in the code colour
#endif
    }
};

QTEST_MAIN(TestCodeHighlighter)
#include "TestCodeHighlighter.moc"
