// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StreamingMarkdown.h"

#include "render/CodeHighlighter.h"

namespace {

bool isBlank(QStringView line)
{
    for (QChar c : line) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

int leadingSpaces(QStringView line)
{
    int n = 0;
    while (n < line.size() && line.at(n) == QLatin1Char(' '))
        ++n;
    return n;
}

QString stripCr(QString line)
{
    if (line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
}

} // namespace

StreamingMarkdown::StreamingMarkdown(const MarkdownRenderer &renderer)
    : m_renderer(renderer)
{}

StreamingMarkdown::~StreamingMarkdown() = default;

void StreamingMarkdown::reset()
{
    m_text.clear();
    m_stable.clear();
    m_scanPos = 0;
    m_segStart = 0;
    m_segHasText = false;
    m_sawBlank = false;
    m_finished = false;
    m_codeIndex = 0;
    m_inFence = false;
    m_highlighter.reset();
    ++m_generation;
}

void StreamingMarkdown::append(const QString &delta)
{
    if (m_finished || delta.isEmpty())
        return;
    m_text += delta;
    scan();
}

void StreamingMarkdown::replaceText(const QString &text)
{
    if (!m_finished && text.startsWith(m_text)) {
        append(text.mid(m_text.size()));
        return;
    }
    reset();
    append(text);
}

void StreamingMarkdown::finish()
{
    if (m_finished)
        return;
    if (m_scanPos < m_text.size())
        handleLine(m_scanPos, int(m_text.size()), true);
    m_scanPos = int(m_text.size());
    if (m_inFence) {
        closeFence();
    } else {
        flushSegment(int(m_text.size()));
    }
    m_finished = true;
}

void StreamingMarkdown::scan()
{
    for (;;) {
        const int nl = int(m_text.indexOf(QLatin1Char('\n'), m_scanPos));
        if (nl < 0)
            break;
        handleLine(m_scanPos, nl, false);
        m_scanPos = nl + 1;
    }
    // An unindented line after a blank line ends the run as soon as its first character is here.
    if (!m_inFence && m_sawBlank && m_scanPos < m_text.size() && !m_text.at(m_scanPos).isSpace()) {
        flushSegment(m_scanPos);
        m_sawBlank = false;
    }
}

void StreamingMarkdown::handleLine(int start, int end, bool lastLine)
{
    const int next = lastLine ? end : end + 1;
    if (m_inFence && m_fenceLines >= m_renderer.codeLineLimit()) {
        // Hidden lines of a huge code block: only a closing fence matters.
        const QStringView view = QStringView(m_text).mid(start, end - start);
        const int indent = leadingSpaces(view);
        if (indent > 3 || indent >= view.size() || view.at(indent) != m_fenceChar) {
            ++m_fenceLines;
            return;
        }
    }
    const QString line = stripCr(m_text.mid(start, end - start));
    if (m_inFence) {
        if (closesFence(line)) {
            closeFence();
            m_segStart = next;
            m_segHasText = false;
            m_sawBlank = false;
            return;
        }
        // Content lines lose up to the fence's own indentation.
        if (++m_fenceLines > m_renderer.codeLineLimit())
            return;
        const int strip = qMin(m_fenceIndent, leadingSpaces(line));
        m_stable.append({RenderPiece::Kind::CodeLine, m_highlighter->highlightLine(line.mid(strip)), {}, -1});
        return;
    }
    if (isBlank(line)) {
        m_sawBlank = m_segHasText;
        return;
    }
    if (m_sawBlank && !line.at(0).isSpace()) {
        flushSegment(start);
    }
    m_sawBlank = false;
    if (openFence(line)) {
        flushSegment(start);
        m_segStart = next;
        m_segHasText = false;
        return;
    }
    m_segHasText = true;
}

void StreamingMarkdown::flushSegment(int end)
{
    if (m_segHasText && end > m_segStart) {
        const QString html = m_renderer.renderSegment(m_text.mid(m_segStart, end - m_segStart), &m_codeIndex);
        if (!html.isEmpty())
            m_stable.append({RenderPiece::Kind::Html, html, {}, -1});
    }
    m_segStart = end;
    m_segHasText = false;
}

bool StreamingMarkdown::openFence(const QString &line)
{
    const int indent = leadingSpaces(line);
    if (indent > 3 || indent >= line.size())
        return false;
    const QChar c = line.at(indent);
    if (c != QLatin1Char('`') && c != QLatin1Char('~'))
        return false;
    int run = 0;
    while (indent + run < line.size() && line.at(indent + run) == c)
        ++run;
    if (run < 3)
        return false;
    const QString info = line.mid(indent + run).trimmed();
    if (c == QLatin1Char('`') && info.contains(QLatin1Char('`')))
        return false;
    m_inFence = true;
    m_fenceChar = c;
    m_fenceLen = run;
    m_fenceIndent = indent;
    m_fenceLines = 0;
    const QString language = info.section(QLatin1Char(' '), 0, 0);
    const int index = m_codeIndex++;
    m_stable.append(
        {RenderPiece::Kind::CodeBegin, m_renderer.codeHeaderHtml(language, index), language, index});
    m_highlighter = std::make_unique<CodeHighlighter>(language, m_renderer.theme());
    return true;
}

void StreamingMarkdown::closeFence()
{
    if (m_fenceLines > m_renderer.codeLineLimit())
        m_stable.append({RenderPiece::Kind::CodeLine,
                         m_renderer.codeOverflowHtml(m_fenceLines - m_renderer.codeLineLimit()),
                         {},
                         -1});
    m_stable.append({RenderPiece::Kind::CodeEnd, {}, {}, -1});
    m_inFence = false;
    m_highlighter.reset();
}

bool StreamingMarkdown::closesFence(const QString &line) const
{
    const int indent = leadingSpaces(line);
    if (indent > 3)
        return false;
    int run = 0;
    while (indent + run < line.size() && line.at(indent + run) == m_fenceChar)
        ++run;
    return run >= m_fenceLen && isBlank(QStringView(line).mid(indent + run));
}

RenderPieceList StreamingMarkdown::tail() const
{
    if (m_finished)
        return {};
    if (m_inFence) {
        if (m_scanPos >= m_text.size() || m_fenceLines >= m_renderer.codeLineLimit())
            return {};
        const QString line = stripCr(m_text.mid(m_scanPos));
        const int strip = qMin(m_fenceIndent, leadingSpaces(line));
        return {{RenderPiece::Kind::CodeLine, m_highlighter->peekLine(line.mid(strip)), {}, -1}};
    }
    const QString rest = m_text.mid(m_segStart);
    if (isBlank(rest))
        return {};
    int codeIndex = m_codeIndex;
    const QString html = m_renderer.renderSegment(rest, &codeIndex);
    if (html.isEmpty())
        return {};
    return {{RenderPiece::Kind::Html, html, {}, -1}};
}
