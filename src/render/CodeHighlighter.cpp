// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CodeHighlighter.h"

#include <mmchat/config.h>

#include <QHash>

#if MMCHAT_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>
#endif

namespace {

#if MMCHAT_HAVE_KSYNTAXHIGHLIGHTING
// Loading the definitions takes tens of milliseconds: do it once, on first use.
KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository repo;
    return repo;
}

KSyntaxHighlighting::Definition definitionFor(const QString &language)
{
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("c++"), QStringLiteral("C++")},
        {QStringLiteral("cpp"), QStringLiteral("C++")},
        {QStringLiteral("cxx"), QStringLiteral("C++")},
        {QStringLiteral("sh"), QStringLiteral("Bash")},
        {QStringLiteral("shell"), QStringLiteral("Bash")},
        {QStringLiteral("zsh"), QStringLiteral("Zsh")},
        {QStringLiteral("console"), QStringLiteral("Bash")},
        {QStringLiteral("js"), QStringLiteral("JavaScript")},
        {QStringLiteral("ts"), QStringLiteral("TypeScript")},
        {QStringLiteral("py"), QStringLiteral("Python")},
        {QStringLiteral("golang"), QStringLiteral("Go")},
        {QStringLiteral("rs"), QStringLiteral("Rust")},
        {QStringLiteral("yml"), QStringLiteral("YAML")},
        {QStringLiteral("md"), QStringLiteral("Markdown")},
        {QStringLiteral("html"), QStringLiteral("HTML")},
        {QStringLiteral("xml"), QStringLiteral("XML")},
        {QStringLiteral("cs"), QStringLiteral("C#")},
        {QStringLiteral("csharp"), QStringLiteral("C#")},
        {QStringLiteral("kt"), QStringLiteral("Kotlin")},
        {QStringLiteral("diff"), QStringLiteral("Diff")},
        {QStringLiteral("patch"), QStringLiteral("Diff")},
        {QStringLiteral("sql"), QStringLiteral("SQL")},
    };
    const QString key = language.toLower();
    if (key.isEmpty())
        return {};
    auto &repo = repository();
    // Fence info is usually lower case ("python"); definition names are not ("Python").
    static const QHash<QString, QString> namesByLowerCase = [&repo] {
        QHash<QString, QString> names;
        const auto definitions = repo.definitions();
        for (const auto &d : definitions)
            names.insert(d.name().toLower(), d.name());
        return names;
    }();
    const QString wanted = aliases.value(key, language);
    auto def = repo.definitionForName(namesByLowerCase.value(wanted.toLower(), wanted));
    if (!def.isValid())
        def = repo.definitionForFileName(QStringLiteral("file.") + key);
    return def;
}

// Collects the formats of one line as HTML spans.
class HtmlLineHighlighter : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    KSyntaxHighlighting::State run(const QString &line, const KSyntaxHighlighting::State &state,
                                   QString *html)
    {
        m_line = &line;
        m_html = html;
        m_done = 0;
        const auto next = highlightLine(QStringView(line), state);
        if (m_done < line.size())
            m_html->append(line.mid(m_done).toHtmlEscaped());
        return next;
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        if (offset > m_done)
            m_html->append(m_line->mid(m_done, offset - m_done).toHtmlEscaped());
        const QString text = m_line->mid(offset, length).toHtmlEscaped();
        m_done = offset + length;
        const auto t = theme();
        if (format.isDefaultTextStyle(t)) {
            m_html->append(text);
            return;
        }
        QString style;
        if (format.hasTextColor(t))
            style += QStringLiteral("color:%1;").arg(format.textColor(t).name());
        if (format.isBold(t))
            style += QStringLiteral("font-weight:bold;");
        if (format.isItalic(t))
            style += QStringLiteral("font-style:italic;");
        if (style.isEmpty()) {
            m_html->append(text);
            return;
        }
        m_html->append(QStringLiteral("<span style=\"%1\">%2</span>").arg(style, text));
    }

private:
    const QString *m_line = nullptr;
    QString *m_html = nullptr;
    int m_done = 0;
};
#endif

} // namespace

struct CodeHighlighter::Private
{
    QString language;
#if MMCHAT_HAVE_KSYNTAXHIGHLIGHTING
    // mutable: peekLine() runs the highlighter without keeping its resulting state.
    mutable HtmlLineHighlighter highlighter;
    KSyntaxHighlighting::State state;
    bool active = false;
#endif
};

CodeHighlighter::CodeHighlighter(const QString &language, const RenderTheme &theme)
    : d(std::make_unique<Private>())
{
    d->language = language;
#if MMCHAT_HAVE_KSYNTAXHIGHLIGHTING
    const auto def = definitionFor(language);
    if (def.isValid()) {
        // The theme must be set before the definition, or nothing is coloured.
        d->highlighter.setTheme(
            repository().theme(theme.dark ? QStringLiteral("Breeze Dark") : QStringLiteral("Breeze Light")));
        d->highlighter.setDefinition(def);
        d->active = true;
    }
#else
    Q_UNUSED(theme)
#endif
}

CodeHighlighter::~CodeHighlighter() = default;

bool CodeHighlighter::isHighlighting() const
{
#if MMCHAT_HAVE_KSYNTAXHIGHLIGHTING
    return d->active;
#else
    return false;
#endif
}

QString CodeHighlighter::languageName() const
{
#if MMCHAT_HAVE_KSYNTAXHIGHLIGHTING
    if (d->active)
        return d->highlighter.definition().name();
#endif
    return d->language;
}

QString CodeHighlighter::highlightLine(const QString &line)
{
#if MMCHAT_HAVE_KSYNTAXHIGHLIGHTING
    if (d->active) {
        QString html;
        d->state = d->highlighter.run(line, d->state, &html);
        return html;
    }
#endif
    return line.toHtmlEscaped();
}

QString CodeHighlighter::peekLine(const QString &line) const
{
#if MMCHAT_HAVE_KSYNTAXHIGHLIGHTING
    if (d->active) {
        QString html;
        d->highlighter.run(line, d->state, &html);
        return html;
    }
#endif
    return line.toHtmlEscaped();
}

bool CodeHighlighter::isAvailable()
{
    return MMCHAT_HAVE_KSYNTAXHIGHLIGHTING;
}
