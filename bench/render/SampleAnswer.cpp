// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SampleAnswer.h"

namespace SampleAnswer {

QString rich()
{
    return QStringLiteral(
        "## Plan for the parser\n\n"
        "The **tokenizer** reads *bytes*, the parser builds a tree, and `render()` walks it. "
        "See [the spec](https://spec.commonmark.org/0.30/) for details, ~~not the old draft~~.\n\n"
        "1. Read the input\n"
        "2. Split into blocks\n"
        "   - paragraphs and headings\n"
        "   - lists, nested like this one\n"
        "3. Render\n\n"
        "- [x] tables\n"
        "- [ ] footnotes\n\n"
        "> Quoting the maintainer: *keep the tail small* and the stream stays smooth.\n\n"
        "| Provider | Tokens/s | Notes |\n"
        "|:---------|---------:|:-----:|\n"
        "| Groq | 1,200 | fast |\n"
        "| OpenAI | 95 | `gpt-4o` |\n\n"
        "```cpp\n"
        "// Count words in a line\n"
        "int countWords(const std::string &line) {\n"
        "    int n = 0;\n"
        "    for (bool in = false; char c : line) {\n"
        "        if (std::isspace(c)) in = false;\n"
        "        else if (!in) { in = true; ++n; }\n"
        "    }\n"
        "    return n; // \"done\"\n"
        "}\n"
        "```\n\n"
        "The energy is $E = mc^2$ and the sum is $$\\sum_{i=1}^{n} x_i^2$$ as usual.\n\n"
        "---\n\n"
        "Raw <b>html</b> stays text, images do not load: ![diagram](https://example.com/d.png), "
        "and [bad links](javascript:alert(1)) are plain.\n");
}

QString large()
{
    QString out;
    out.reserve(210000);
    int section = 0;
    auto prose = [&](int n) {
        for (int i = 0; i < n; ++i)
            out += QStringLiteral(
                       "This paragraph explains step %1 in plain words: the service reads the request, "
                       "checks the **limits**, and answers with *streamed* tokens; see `Config::load()` "
                       "and [the docs](https://example.com/docs/%1) for the details.\n\n")
                       .arg(section * 10 + i);
    };
    auto list = [&]() {
        out += QStringLiteral("Things to check:\n\n");
        for (int i = 0; i < 6; ++i)
            out += QStringLiteral(
                       "- item %1 with `code` and a [link](https://example.com/%1)\n  - nested detail %1\n")
                       .arg(i);
        out += QStringLiteral("\n");
    };
    auto table = [&]() {
        out += QStringLiteral("| Name | Value | Unit |\n|---|---:|:---:|\n");
        for (int i = 0; i < 12; ++i)
            out += QStringLiteral("| row %1 | %2 | ms |\n").arg(i).arg(i * 37 % 101);
        out += QStringLiteral("\n");
    };
    auto code = [&](const QString &lang, int lines) {
        out += QStringLiteral("```%1\n").arg(lang);
        for (int i = 0; i < lines; ++i) {
            if (lang == QLatin1String("python"))
                out += QStringLiteral("def step_%1(x):\n    return x * %1  # comment %1\n").arg(i);
            else if (lang == QLatin1String("rust"))
                out += QStringLiteral("fn step_%1(x: u32) -> u32 { x.wrapping_mul(%1) } // %1\n").arg(i);
            else if (lang == QLatin1String("json"))
                out += QStringLiteral("{\"key%1\": [%1, \"value\", true, null]},\n").arg(i);
            else
                out += QStringLiteral("    int value%1 = compute(%1, \"text\"); // line %1\n").arg(i);
        }
        out += QStringLiteral("```\n\n");
    };
    const QStringList languages = {QStringLiteral("python"), QStringLiteral("rust"), QStringLiteral("json"),
                                   QStringLiteral("cpp")};
    while (out.size() < 95000) {
        out += QStringLiteral("## Section %1\n\n").arg(++section);
        prose(4);
        list();
        table();
        code(languages.at(section % languages.size()), 25);
        out += QStringLiteral("> Note %1: keep going.\n\n").arg(section);
    }
    out += QStringLiteral("## The long listing\n\nHere is the whole generated file:\n\n");
    code(QStringLiteral("cpp"), 3000);
    while (out.size() < 200000) {
        out += QStringLiteral("## Section %1\n\n").arg(++section);
        prose(5);
        list();
        table();
    }
    return out;
}

QStringList chunks(const QString &text, int count)
{
    QStringList out;
    out.reserve(count);
    const qsizetype n = text.size();
    for (int i = 0; i < count; ++i) {
        const qsizetype from = n * i / count;
        const qsizetype to = n * (i + 1) / count;
        out.append(text.mid(from, to - from));
    }
    return out;
}

} // namespace SampleAnswer
