// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MarkdownRenderer.h"

#include "render/CodeHighlighter.h"
#include "render/StreamingMarkdown.h"

#include <QCoreApplication>
#include <QUrl>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <cstring>
#include <memory>

namespace {

// Deeper nesting is flattened. Qt lays out nested tables (our block quotes) several times per
// level, so their cost grows exponentially with depth: keep that shallow.
constexpr int MaxContainerDepth = 16;
constexpr int MaxQuoteDepth = 4;
// Private-use characters mark where a LaTeX span was taken out before parsing.
constexpr char16_t MathOpen = 0xE000;
constexpr char16_t MathClose = 0xE001;

struct ParserDeleter
{
    void operator()(cmark_parser *p) const { cmark_parser_free(p); }
};
struct NodeDeleter
{
    void operator()(cmark_node *n) const { cmark_node_free(n); }
};
struct IterDeleter
{
    void operator()(cmark_iter *i) const { cmark_iter_free(i); }
};

std::unique_ptr<cmark_node, NodeDeleter> parseMarkdown(const QByteArray &utf8)
{
    static const bool registered = [] {
        cmark_gfm_core_extensions_ensure_registered();
        return true;
    }();
    Q_UNUSED(registered)
    // CMARK_OPT_DEFAULT without CMARK_OPT_UNSAFE: and we print raw HTML nodes as text anyway.
    std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(CMARK_OPT_DEFAULT));
    for (const char *name : {"table", "strikethrough", "autolink", "tasklist"}) {
        if (cmark_syntax_extension *ext = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), ext);
    }
    cmark_parser_feed(parser.get(), utf8.constData(), size_t(utf8.size()));
    return std::unique_ptr<cmark_node, NodeDeleter>(cmark_parser_finish(parser.get()));
}

QString fromUtf8(const char *s)
{
    return s ? QString::fromUtf8(s) : QString();
}

bool isType(cmark_node *node, const char *name)
{
    const char *t = cmark_node_get_type_string(node);
    return t && std::strcmp(t, name) == 0;
}

QString colorName(const QColor &c)
{
    return c.name();
}

// Takes $…$ and $$…$$ out of the text (outside code) so Markdown does not eat their backslashes,
// underscores and asterisks; the spans come back as monospace text.
class MathProtector
{
public:
    QString protect(const QString &in)
    {
        QString out;
        out.reserve(in.size());
        const int n = int(in.size());
        int i = 0;
        bool lineStart = true;
        QChar fenceChar;
        int fenceLen = 0;
        while (i < n) {
            const QChar c = in.at(i);
            if (lineStart) {
                // Skip fenced code line by line.
                int j = i;
                while (j < n && j - i < 4 && in.at(j) == QLatin1Char(' '))
                    ++j;
                int k = j;
                while (k < n && (in.at(k) == QLatin1Char('`') || in.at(k) == QLatin1Char('~')) &&
                       in.at(k) == in.at(j))
                    ++k;
                const int run = k - j;
                if (run >= 3 && (fenceLen == 0 || (in.at(j) == fenceChar && run >= fenceLen))) {
                    if (fenceLen == 0) {
                        fenceChar = in.at(j);
                        fenceLen = run;
                    } else {
                        fenceLen = 0;
                    }
                }
                if (fenceLen > 0 || run >= 3) {
                    const int nl = int(in.indexOf(QLatin1Char('\n'), i));
                    const int end = nl < 0 ? n : nl + 1;
                    out += QStringView(in).mid(i, end - i);
                    i = end;
                    continue;
                }
                lineStart = false;
            }
            if (c == QLatin1Char('\n')) {
                lineStart = true;
                out += c;
                ++i;
                continue;
            }
            if (c == QLatin1Char('\\') && i + 1 < n) {
                out += c;
                out += in.at(i + 1);
                i += 2;
                continue;
            }
            if (c == QLatin1Char('`')) {
                // Copy a code span whole.
                int run = 0;
                while (i + run < n && in.at(i + run) == QLatin1Char('`'))
                    ++run;
                const QString ticks(run, QLatin1Char('`'));
                const int close = int(in.indexOf(ticks, i + run));
                const int end = close < 0 ? i + run : close + run;
                out += QStringView(in).mid(i, end - i);
                i = end;
                continue;
            }
            if (c == QLatin1Char('$')) {
                const int end = mathEnd(in, i);
                if (end > i) {
                    out += QChar(MathOpen);
                    out += QString::number(m_spans.size());
                    out += QChar(MathClose);
                    m_spans.append(in.mid(i, end - i));
                    i = end;
                    continue;
                }
            }
            out += c;
            ++i;
        }
        return out;
    }

    // Puts the spans back, as HTML when asHtml, otherwise as the original text.
    QString restore(const QString &text, bool asHtml, const RenderTheme &theme) const
    {
        if (m_spans.isEmpty() || !text.contains(QChar(MathOpen)))
            return asHtml ? text.toHtmlEscaped() : text;
        QString out;
        int i = 0;
        const int n = int(text.size());
        while (i < n) {
            const int open = int(text.indexOf(QChar(MathOpen), i));
            const int close = open < 0 ? -1 : int(text.indexOf(QChar(MathClose), open));
            bool ok = false;
            const int index = close < 0 ? -1 : text.mid(open + 1, close - open - 1).toInt(&ok);
            if (open < 0 || close < 0 || !ok || index < 0 || index >= m_spans.size()) {
                const QString rest = text.mid(i);
                out += asHtml ? rest.toHtmlEscaped() : rest;
                break;
            }
            const QString before = text.mid(i, open - i);
            out += asHtml ? before.toHtmlEscaped() : before;
            const QString &span = m_spans.at(index);
            if (asHtml) {
                QString escaped = span.toHtmlEscaped();
                escaped.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
                out += QStringLiteral("<span style=\"font-family:'%1'; color:%2;\">%3</span>")
                           .arg(theme.monospaceFamily, colorName(theme.mathText), escaped);
            } else {
                out += span;
            }
            i = close + 1;
        }
        return out;
    }

private:
    static int mathEnd(const QString &in, int i)
    {
        const int n = int(in.size());
        if (i + 1 < n && in.at(i + 1) == QLatin1Char('$')) {
            const int close = int(in.indexOf(QStringLiteral("$$"), i + 2));
            if (close > i + 2)
                return close + 2;
            return -1;
        }
        // Inline: no space after the opening $, none before the closing one, which is not
        // followed by a digit ("$5 and $10" is money), and the span stays on one line.
        if (i + 1 >= n || in.at(i + 1).isSpace())
            return -1;
        for (int j = i + 1; j < n; ++j) {
            const QChar c = in.at(j);
            if (c == QLatin1Char('\n'))
                return -1;
            if (c == QLatin1Char('\\')) {
                ++j;
                continue;
            }
            if (c == QLatin1Char('$')) {
                if (in.at(j - 1).isSpace() || (j + 1 < n && in.at(j + 1).isDigit()))
                    return -1;
                return j + 1;
            }
        }
        return -1;
    }

    QStringList m_spans;
};

class HtmlWriter
{
public:
    HtmlWriter(const MarkdownRenderer &renderer, const MathProtector &math, int *codeIndex)
        : m_renderer(renderer)
        , m_theme(renderer.theme())
        , m_math(math)
        , m_codeIndex(codeIndex)
    {}

    QString write(cmark_node *root)
    {
        std::unique_ptr<cmark_iter, IterDeleter> iter(cmark_iter_new(root));
        cmark_event_type ev;
        while ((ev = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
            cmark_node *node = cmark_iter_get_node(iter.get());
            const bool entering = ev == CMARK_EVENT_ENTER;
            if (!visit(node, entering))
                cmark_iter_reset(iter.get(), node, CMARK_EVENT_EXIT);
        }
        return m_out;
    }

private:
    QString mono() const { return m_theme.monospaceFamily; }

    QString text(const char *literal) const { return m_math.restore(fromUtf8(literal), true, m_theme); }

    bool inTightList(cmark_node *paragraph) const
    {
        cmark_node *item = cmark_node_parent(paragraph);
        if (!item || cmark_node_get_type(item) != CMARK_NODE_ITEM)
            return false;
        cmark_node *list = cmark_node_parent(item);
        return list && cmark_node_get_list_tight(list);
    }

    bool openContainer() { return ++m_depth <= MaxContainerDepth; }
    bool closeContainer() { return m_depth-- <= MaxContainerDepth; }

    // Returns false to skip the node's children.
    bool visit(cmark_node *node, bool entering)
    {
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_DOCUMENT: return true;
        case CMARK_NODE_PARAGRAPH:
            if (inTightList(node)) {
                // Paragraphs in a tight list are the item's text; a following block needs a break.
                cmark_node *next = cmark_node_next(node);
                if (!entering && next && cmark_node_get_type(next) != CMARK_NODE_LIST)
                    m_out += QStringLiteral("<br/>");
                return true;
            }
            m_out += entering ? QStringLiteral("<p style=\"margin-top:0px; margin-bottom:8px;\">")
                              : QStringLiteral("</p>\n");
            return true;
        case CMARK_NODE_HEADING: {
            const int level = qBound(1, cmark_node_get_heading_level(node), 6);
            if (entering)
                m_out += QStringLiteral("<h%1 style=\"margin-top:12px; margin-bottom:6px;\">").arg(level);
            else
                m_out += QStringLiteral("</h%1>\n").arg(level);
            return true;
        }
        case CMARK_NODE_BLOCK_QUOTE:
            if (entering) {
                if (++m_quoteDepth <= MaxQuoteDepth && openContainer()) {
                    // Qt draws no left border on blocks: a narrow coloured cell is the bar.
                    m_out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" "
                                            "style=\"margin-top:2px; margin-bottom:8px;\"><tr>"
                                            "<td width=\"4\" style=\"background-color:%1;\"></td>"
                                            "<td style=\"background-color:%2; color:%3; padding-left:10px; "
                                            "padding-top:6px; padding-right:6px;\">")
                                 .arg(colorName(m_theme.quoteBar), colorName(m_theme.quoteBackground),
                                      colorName(m_theme.mutedText));
                }
            } else if (m_quoteDepth-- <= MaxQuoteDepth && closeContainer()) {
                m_out += QStringLiteral("</td></tr></table>\n");
            }
            return true;
        case CMARK_NODE_LIST: {
            const bool ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST;
            if (entering) {
                if (openContainer()) {
                    const QString style =
                        allTasks(node) ? QStringLiteral(" style=\"list-style-type:none;\"") : QString();
                    if (ordered)
                        m_out += QStringLiteral("<ol start=\"%1\"%2>")
                                     .arg(cmark_node_get_list_start(node))
                                     .arg(style);
                    else
                        m_out += QStringLiteral("<ul%1>").arg(style);
                }
            } else if (closeContainer()) {
                m_out += ordered ? QStringLiteral("</ol>\n") : QStringLiteral("</ul>\n");
            }
            return true;
        }
        case CMARK_NODE_ITEM:
            if (entering) {
                if (openContainer())
                    m_out += QStringLiteral("<li>");
                if (isType(node, "tasklist"))
                    m_out += cmark_gfm_extensions_get_tasklist_item_checked(node) ? QStringLiteral("\u2611 ")
                                                                                  : QStringLiteral("\u2610 ");
            } else if (closeContainer()) {
                m_out += QStringLiteral("</li>\n");
            }
            return true;
        case CMARK_NODE_CODE_BLOCK:
            if (entering)
                writeCodeBlock(node);
            return false;
        case CMARK_NODE_HTML_BLOCK:
            if (entering) {
                QString literal = text(cmark_node_get_literal(node));
                while (literal.endsWith(QLatin1Char('\n')))
                    literal.chop(1);
                literal.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
                m_out += QStringLiteral(
                             "<p style=\"margin-top:0px; margin-bottom:8px; font-family:'%1';\">%2</p>\n")
                             .arg(mono(), literal);
            }
            return false;
        case CMARK_NODE_THEMATIC_BREAK:
            if (entering)
                m_out += QStringLiteral(
                             "<hr style=\"background-color:%1; margin-top:10px; margin-bottom:10px;\"/>\n")
                             .arg(colorName(m_theme.rule));
            return false;
        case CMARK_NODE_TEXT: m_out += text(cmark_node_get_literal(node)); return false;
        case CMARK_NODE_SOFTBREAK: m_out += QLatin1Char(' '); return false;
        case CMARK_NODE_LINEBREAK: m_out += QStringLiteral("<br/>"); return false;
        case CMARK_NODE_CODE:
            m_out +=
                QStringLiteral("<span style=\"font-family:'%1'; background-color:%2;\">&#160;%3&#160;</span>")
                    .arg(mono(), colorName(m_theme.codeBackground),
                         m_math.restore(fromUtf8(cmark_node_get_literal(node)), true, m_theme));
            return false;
        case CMARK_NODE_HTML_INLINE: m_out += text(cmark_node_get_literal(node)); return false;
        case CMARK_NODE_EMPH: m_out += entering ? QStringLiteral("<i>") : QStringLiteral("</i>"); return true;
        case CMARK_NODE_STRONG:
            m_out += entering ? QStringLiteral("<b>") : QStringLiteral("</b>");
            return true;
        case CMARK_NODE_LINK: {
            const QString url = m_math.restore(fromUtf8(cmark_node_get_url(node)), false, m_theme);
            const bool safe = MarkdownRenderer::isSafeLinkUrl(url);
            if (entering) {
                m_linkSafe.append(safe);
                if (safe)
                    m_out += QStringLiteral("<a href=\"%1\" title=\"%1\" style=\"color:%2;\">")
                                 .arg(url.toHtmlEscaped(), colorName(m_theme.link));
            } else {
                if (!m_linkSafe.isEmpty() && m_linkSafe.takeLast())
                    m_out += QStringLiteral("</a>");
            }
            return true;
        }
        case CMARK_NODE_IMAGE: {
            // Never fetched: the alt text, then the address as a link the user may follow.
            const QString url = m_math.restore(fromUtf8(cmark_node_get_url(node)), false, m_theme);
            if (entering) {
                m_out += QStringLiteral("<span style=\"color:%1;\">[%2: ")
                             .arg(colorName(m_theme.mutedText),
                                  QCoreApplication::translate("MarkdownRenderer", "image"));
            } else {
                m_out += QStringLiteral("]</span> ");
                if (MarkdownRenderer::isSafeLinkUrl(url))
                    m_out += QStringLiteral("<a href=\"%1\" title=\"%1\" style=\"color:%2;\">%1</a>")
                                 .arg(url.toHtmlEscaped(), colorName(m_theme.link));
                else
                    m_out += url.toHtmlEscaped();
            }
            return true;
        }
        default: break;
        }
        return visitExtension(node, entering);
    }

    bool visitExtension(cmark_node *node, bool entering)
    {
        if (isType(node, "strikethrough")) {
            m_out += entering ? QStringLiteral("<s>") : QStringLiteral("</s>");
            return true;
        }
        if (isType(node, "table")) {
            if (entering) {
                bool write = m_quoteDepth < MaxQuoteDepth;
                if (write && !openContainer()) {
                    closeContainer();
                    write = false;
                }
                m_tableEmitted.append(write);
                if (write) {
                    m_alignments = cmark_gfm_extensions_get_table_alignments(node);
                    m_columns = cmark_gfm_extensions_get_table_columns(node);
                    m_out += QStringLiteral(
                                 "<table border=\"1\" cellspacing=\"0\" cellpadding=\"6\" "
                                 "style=\"border-collapse:collapse; border-color:%1; border-style:solid; "
                                 "margin-top:4px; margin-bottom:10px;\">")
                                 .arg(colorName(m_theme.tableBorder));
                }
            } else if (!m_tableEmitted.isEmpty() && m_tableEmitted.takeLast() && closeContainer()) {
                m_out += QStringLiteral("</table>\n");
            }
            return true;
        }
        if (isType(node, "table_header") || isType(node, "table_row")) {
            if (m_tableEmitted.isEmpty() || !m_tableEmitted.last())
                return true;
            m_headerRow = isType(node, "table_header");
            if (entering)
                m_out += m_headerRow ? QStringLiteral("<tr style=\"background-color:%1;\">")
                                           .arg(colorName(m_theme.tableHeaderBackground))
                                     : QStringLiteral("<tr>");
            else
                m_out += QStringLiteral("</tr>\n");
            return true;
        }
        if (isType(node, "table_cell")) {
            if (m_tableEmitted.isEmpty() || !m_tableEmitted.last()) {
                if (!entering)
                    m_out += QLatin1Char(' ');
                return true;
            }
            const QString tag = m_headerRow ? QStringLiteral("th") : QStringLiteral("td");
            if (entering) {
                int column = 0;
                for (cmark_node *p = cmark_node_previous(node); p; p = cmark_node_previous(p))
                    ++column;
                QString align;
                if (m_alignments && column < m_columns) {
                    switch (m_alignments[column]) {
                    case 'c': align = QStringLiteral(" align=\"center\""); break;
                    case 'r': align = QStringLiteral(" align=\"right\""); break;
                    case 'l': align = QStringLiteral(" align=\"left\""); break;
                    default: break;
                    }
                } else if (m_headerRow) {
                    align = QStringLiteral(" align=\"left\"");
                }
                m_out += QStringLiteral("<%1%2>").arg(tag, align);
            } else {
                m_out += QStringLiteral("</%1>").arg(tag);
            }
            return true;
        }
        // Unknown extension nodes: show their text.
        if (entering) {
            if (const char *literal = cmark_node_get_literal(node))
                m_out += text(literal);
        }
        return true;
    }

    static bool allTasks(cmark_node *list)
    {
        cmark_node *item = cmark_node_first_child(list);
        if (!item)
            return false;
        for (; item; item = cmark_node_next(item)) {
            if (!isType(item, "tasklist"))
                return false;
        }
        return true;
    }

    void writeCodeBlock(cmark_node *node)
    {
        const QString info = fromUtf8(cmark_node_get_fence_info(node)).trimmed();
        const QString language = info.section(QLatin1Char(' '), 0, 0);
        QString code = m_math.restore(fromUtf8(cmark_node_get_literal(node)), false, m_theme);
        if (code.endsWith(QLatin1Char('\n')))
            code.chop(1);
        RenderPieceList pieces;
        const int index = m_codeIndex ? (*m_codeIndex)++ : 0;
        pieces.append(
            {RenderPiece::Kind::CodeBegin, m_renderer.codeHeaderHtml(language, index), language, index});
        CodeHighlighter highlighter(language, m_theme);
        const QStringList lines = code.split(QLatin1Char('\n'));
        const int limit = m_renderer.codeLineLimit();
        for (int i = 0; i < lines.size() && i < limit; ++i)
            pieces.append({RenderPiece::Kind::CodeLine, highlighter.highlightLine(lines.at(i)), {}, -1});
        if (lines.size() > limit)
            pieces.append({RenderPiece::Kind::CodeLine,
                           m_renderer.codeOverflowHtml(int(lines.size()) - limit),
                           {},
                           -1});
        pieces.append({RenderPiece::Kind::CodeEnd, {}, {}, -1});
        m_out += m_renderer.piecesToHtml(pieces);
    }

    const MarkdownRenderer &m_renderer;
    const RenderTheme &m_theme;
    const MathProtector &m_math;
    int *m_codeIndex;
    QString m_out;
    int m_depth = 0;
    int m_quoteDepth = 0;
    QList<bool> m_linkSafe;
    QList<bool> m_tableEmitted;
    uint8_t *m_alignments = nullptr;
    int m_columns = 0;
    bool m_headerRow = false;
};

} // namespace

MarkdownRenderer::MarkdownRenderer(const RenderTheme &theme)
    : m_theme(theme)
{}

QString MarkdownRenderer::toHtml(const QString &markdown) const
{
    StreamingMarkdown stream(*this);
    stream.append(markdown);
    stream.finish();
    return piecesToHtml(stream.stablePieces());
}

QString MarkdownRenderer::renderSegment(const QString &markdown, int *codeIndex) const
{
    MathProtector math;
    const QString protectedText = math.protect(markdown);
    auto root = parseMarkdown(protectedText.toUtf8());
    if (!root)
        return {};
    HtmlWriter writer(*this, math, codeIndex);
    return writer.write(root.get());
}

QString MarkdownRenderer::codeHeaderHtml(const QString &language, int codeIndex) const
{
    const QString label =
        language.isEmpty() ? QCoreApplication::translate("MarkdownRenderer", "code") : language;
    return QStringLiteral(
               "<span style=\"color:%1; font-size:small;\">%2</span>&#160;&#160;&#160;"
               "<a href=\"%3%4\" style=\"color:%5; font-size:small; text-decoration:none;\">%6</a>")
        .arg(colorName(m_theme.mutedText), label.toHtmlEscaped(), m_copyPrefix.toHtmlEscaped())
        .arg(codeIndex)
        .arg(colorName(m_theme.link), QCoreApplication::translate("MarkdownRenderer", "Copy code"));
}

QString MarkdownRenderer::codeOverflowHtml(int hiddenLines) const
{
    return QStringLiteral("<span style=\"color:%1; font-style:italic;\">%2</span>")
        .arg(colorName(m_theme.mutedText),
             QCoreApplication::translate("MarkdownRenderer",
                                         "… %n more lines not shown; Copy code copies them all", nullptr,
                                         hiddenLines)
                 .toHtmlEscaped());
}

QString MarkdownRenderer::piecesToHtml(const RenderPieceList &pieces) const
{
    QString out;
    bool firstLine = true;
    for (const RenderPiece &piece : pieces) {
        switch (piece.kind) {
        case RenderPiece::Kind::Html: out += piece.html; break;
        case RenderPiece::Kind::CodeBegin:
            out += QStringLiteral(
                       "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"8\" "
                       "style=\"border-collapse:collapse; border-style:solid; border-color:%1; "
                       "background-color:%2; margin-top:4px; margin-bottom:10px;\"><tr><td>"
                       "<p style=\"margin-top:0px; margin-bottom:4px;\">%3</p><pre style=\"margin-top:0px; "
                       "margin-bottom:0px; font-family:'%4'; color:%5;\">")
                       .arg(colorName(m_theme.codeBorder), colorName(m_theme.codeBackground), piece.html,
                            m_theme.monospaceFamily, colorName(m_theme.codeText));
            firstLine = true;
            break;
        case RenderPiece::Kind::CodeLine:
            if (!firstLine)
                out += QLatin1Char('\n');
            out += piece.html;
            firstLine = false;
            break;
        case RenderPiece::Kind::CodeEnd: out += QStringLiteral("</pre></td></tr></table>\n"); break;
        }
    }
    return out;
}

QStringList MarkdownRenderer::codeBlocks(const QString &markdown)
{
    QStringList blocks;
    auto root = parseMarkdown(markdown.toUtf8());
    if (!root)
        return blocks;
    std::unique_ptr<cmark_iter, IterDeleter> iter(cmark_iter_new(root.get()));
    cmark_event_type ev;
    while ((ev = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(iter.get());
        if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(node) == CMARK_NODE_CODE_BLOCK) {
            QString code = fromUtf8(cmark_node_get_literal(node));
            if (code.endsWith(QLatin1Char('\n')))
                code.chop(1);
            blocks.append(code);
        }
    }
    return blocks;
}

bool MarkdownRenderer::isSafeLinkUrl(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid())
        return false;
    const QString scheme = parsed.scheme().toLower();
    if (scheme == QLatin1String("mailto"))
        return !parsed.path().isEmpty();
    return (scheme == QLatin1String("http") || scheme == QLatin1String("https")) && !parsed.host().isEmpty();
}
