// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatView.h"

#include "gui/chatview/MessageDocumentWriter.h"
#include "render/MarkdownRenderer.h"
#include "render/SafeTextDocument.h"
#include "render/StreamingMarkdown.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QLoggingCategory>
#include <QMimeData>
#include <QScrollBar>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

#include <limits>

Q_LOGGING_CATEGORY(lcChatView, "mmchat.gui.chatview")

namespace {

// Messages laid out when a conversation opens: enough for about two screens, not the whole
// history (a screen holds a few thousand characters). More follow as the reader scrolls up.
constexpr int InitialMessages = 16;
constexpr int InitialCharacters = 20000;
constexpr int OlderBatch = 20;
constexpr int FrameIntervalMs = 16;
constexpr int BottomSlackPx = 24;

const QChar ZeroWidthSpace(0x200B);

QString withoutLeads(QString text)
{
    text.remove(ZeroWidthSpace);
    return text;
}

// Copies selections without the zero-width characters that keep block formats apart.
class ChatTextBrowser : public QTextBrowser
{
public:
    using QTextBrowser::QTextBrowser;

protected:
    QMimeData *createMimeDataFromSelection() const override
    {
        QMimeData *data = QTextBrowser::createMimeDataFromSelection();
        if (data && data->hasText())
            data->setText(withoutLeads(data->text()));
        return data;
    }
};

QString encodeId(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

} // namespace

struct ChatView::Entry
{
    ChatViewMessage message;
    MessageDocumentState doc;
    std::unique_ptr<StreamingMarkdown> stream; // while the answer streams
    QString pending;
    bool dirty = false;
};

ChatView::ChatView(QWidget *parent)
    : QWidget(parent)
    , m_theme(RenderTheme::light())
{
    m_writer = std::make_unique<MessageDocumentWriter>(m_theme);
    m_browser = new ChatTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("chatBrowser"));
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    m_browser->setFrameShape(QFrame::NoFrame);
    m_document = new SafeTextDocument(m_browser);
    m_document->setUndoRedoEnabled(false);
    m_document->setDocumentMargin(12);
    m_browser->setDocument(m_document);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);

    m_jumpButton = new QToolButton(this);
    m_jumpButton->setObjectName(QStringLiteral("jumpToLatestButton"));
    retranslate();
    m_jumpButton->setCursor(Qt::PointingHandCursor);
    m_jumpButton->hide();
    connect(m_jumpButton, &QToolButton::clicked, this, &ChatView::scrollToBottom);

    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(FrameIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &ChatView::flushPending);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &ChatView::onAnchorClicked);
    QScrollBar *bar = m_browser->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, &ChatView::onScrollValueChanged);
    connect(bar, &QScrollBar::rangeChanged, this, &ChatView::onScrollRangeChanged);
    setTheme(false);
}

ChatView::~ChatView() = default;

ChatView::Entry *ChatView::entry(const QString &id) const
{
    return m_byId.value(id, nullptr);
}

void ChatView::clear()
{
    m_flushTimer.stop();
    m_entries.clear();
    m_byId.clear();
    m_document->clear();
    m_firstLaidOut = 0;
    m_follow = true;
    m_jumpButton->hide();
}

void ChatView::setMessages(const ChatViewMessageList &messages)
{
    clear();
    for (const ChatViewMessage &m : messages) {
        auto e = std::make_unique<Entry>();
        e->message = m;
        m_byId.insert(m.id, e.get());
        m_entries.push_back(std::move(e));
    }
    // Lay out the newest messages only; older ones follow when scrolled to.
    int first = int(m_entries.size());
    int characters = 0;
    while (first > 0 && int(m_entries.size()) - first < InitialMessages && characters < InitialCharacters) {
        --first;
        characters += int(m_entries[size_t(first)]->message.text.size());
    }
    layOutFrom(first);
    scrollToBottom();
}

void ChatView::appendMessage(const ChatViewMessage &message)
{
    flushPending();
    auto e = std::make_unique<Entry>();
    e->message = message;
    Entry *raw = e.get();
    m_byId.insert(message.id, raw);
    m_entries.push_back(std::move(e));
    QTextCursor end(m_document);
    end.movePosition(QTextCursor::End);
    writeEntry(raw, end.position());
    if (m_follow)
        scrollToBottom();
}

void ChatView::appendDelta(const QString &id, const QString &text)
{
    Entry *e = entry(id);
    if (!e || !e->stream || text.isEmpty())
        return;
    e->pending += text;
    e->dirty = true;
    scheduleFlush();
}

void ChatView::replaceText(const QString &id, const QString &text)
{
    Entry *e = entry(id);
    if (!e)
        return;
    if (e->stream) {
        e->pending.clear();
        e->stream->replaceText(text);
        e->dirty = true;
        scheduleFlush();
        return;
    }
    e->message.text = text;
    if (e->doc.placed)
        rewriteEntry(e);
}

void ChatView::finishMessage(const QString &id, ChatViewMessage::State state, const ChatViewUsage &usage,
                             const QString &error)
{
    Entry *e = entry(id);
    if (!e)
        return;
    if (e->stream) {
        e->stream->append(e->pending);
        e->pending.clear();
        e->dirty = false;
        e->stream->finish();
        updateStreaming(e);
        e->message.text = e->stream->text();
        e->stream.reset();
    }
    e->message.state = state;
    e->message.usage = usage;
    e->message.error = error;
    if (e->doc.placed)
        m_writer->writeFooter(m_document, e->message, &e->doc);
}

void ChatView::finishMessage(const ChatViewMessage &finished)
{
    if (Entry *e = entry(finished.id)) {
        e->message.stoppedByUser = finished.stoppedByUser;
        e->message.finishNote = finished.finishNote;
        e->message.thinking = finished.thinking;
    }
    finishMessage(finished.id, finished.state, finished.usage, finished.error);
}

void ChatView::appendThinking(const QString &id, const QString &delta)
{
    if (Entry *e = entry(id))
        e->message.thinking += delta;
}

void ChatView::updateMessage(const ChatViewMessage &message)
{
    Entry *e = entry(message.id);
    if (!e || e->stream)
        return;
    const bool thinkingShown = e->message.thinkingShown;
    e->message = message;
    e->message.thinkingShown = thinkingShown && !message.thinking.isEmpty();
    if (e->doc.placed)
        rewriteEntry(e);
}

bool ChatView::isThinkingShown(const QString &id) const
{
    const Entry *e = entry(id);
    return e && e->message.thinkingShown;
}

void ChatView::setThinkingShown(const QString &id, bool shown)
{
    Entry *e = entry(id);
    if (!e || e->message.thinking.isEmpty() || e->message.thinkingShown == shown || e->stream)
        return;
    e->message.thinkingShown = shown;
    // The thinking is part of the header. Written again as a whole, the document keeps its
    // scroll position; the user asked for it, so the cost of one rebuild is fine.
    if (e->doc.placed)
        rebuildDocument();
}

void ChatView::setTheme(bool dark)
{
    // Colours are baked into the rendered messages: only a real change rebuilds them.
    const bool changed = dark != m_theme.dark;
    m_theme = RenderTheme::forDark(dark);
    m_writer->setTheme(m_theme);
    QPalette p = m_browser->palette();
    p.setColor(QPalette::Base, dark ? QColor(0x0d, 0x11, 0x17) : QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Text, m_theme.text);
    p.setColor(QPalette::Link, m_theme.link);
    m_browser->setPalette(p);
    m_jumpButton->setStyleSheet(
        QStringLiteral("QToolButton { background:%1; color:%2; border:1px solid %3; "
                       "border-radius:12px; padding:4px 12px; }")
            .arg(m_theme.codeBackground.name(), m_theme.text.name(), m_theme.codeBorder.name()));
    if (changed)
        rebuildDocument();
}

void ChatView::retranslate()
{
    m_jumpButton->setText(tr("Jump to latest \u2193"));
    m_jumpButton->setToolTip(tr("Scroll to the newest text and follow it"));
}

void ChatView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // Headers and footers ("You", "Copy text" …) are part of the rendered text.
        rebuildDocument();
    }
}

void ChatView::rebuildDocument()
{
    if (m_entries.empty())
        return;
    const bool follow = m_follow;
    const int value = m_browser->verticalScrollBar()->value();
    m_document->clear();
    for (auto &e : m_entries) {
        e->doc = MessageDocumentState();
        if (e->stream) {
            // Same text, new colours: render the stream again from its text.
            const QString text = e->stream->text() + e->pending;
            MarkdownRenderer renderer(m_theme);
            renderer.setCopyAnchorPrefix(QStringLiteral("mmchat-copy:%1/").arg(encodeId(e->message.id)));
            e->stream = std::make_unique<StreamingMarkdown>(renderer);
            e->stream->append(text);
            e->pending.clear();
        }
    }
    layOutFrom(m_firstLaidOut);
    if (follow)
        scrollToBottom();
    else
        m_browser->verticalScrollBar()->setValue(value);
}

void ChatView::layOutFrom(int first)
{
    m_firstLaidOut = first;
    for (size_t i = size_t(first); i < m_entries.size(); ++i) {
        QTextCursor end(m_document);
        end.movePosition(QTextCursor::End);
        writeEntry(m_entries[i].get(), end.position());
    }
}

void ChatView::loadOlder()
{
    m_loadOlderQueued = false;
    QScrollBar *bar = m_browser->verticalScrollBar();
    // Asked for while the view was still settling (at the top before scrolling to the end):
    // only a view near its top, or one whose messages do not fill it, needs older ones.
    if (m_firstLaidOut <= 0 || (bar->value() >= bar->pageStep() && bar->maximum() > 0))
        return;
    const int oldHeight = int(m_document->size().height());
    const int oldValue = bar->value();
    const int newFirst = qMax(0, m_firstLaidOut - OlderBatch);
    m_adjustingScroll = true;
    for (int i = m_firstLaidOut - 1; i >= newFirst; --i)
        writeEntry(m_entries[size_t(i)].get(), 0);
    m_firstLaidOut = newFirst;
    // Keep what the user was reading in place.
    bar->setValue(oldValue + int(m_document->size().height()) - oldHeight);
    m_adjustingScroll = false;
}

void ChatView::writeEntry(Entry *e, int position)
{
    m_writer->insertMessage(m_document, position, e->message, &e->doc);
    if (e->message.state == ChatViewMessage::State::Streaming && !e->stream) {
        MarkdownRenderer renderer(m_theme);
        renderer.setCopyAnchorPrefix(QStringLiteral("mmchat-copy:%1/").arg(encodeId(e->message.id)));
        e->stream = std::make_unique<StreamingMarkdown>(renderer);
        e->stream->append(e->message.text);
    }
    if (e->stream) {
        updateStreaming(e);
        return;
    }
    MarkdownRenderer renderer(m_theme);
    renderer.setCopyAnchorPrefix(QStringLiteral("mmchat-copy:%1/").arg(encodeId(e->message.id)));
    StreamingMarkdown full(renderer);
    full.append(e->message.text);
    full.finish();
    m_writer->updateBody(m_document, &e->doc, full.stablePieces(), full.generation(), {});
    if (!e->message.inContext)
        m_writer->dimBody(m_document, &e->doc); // left out of the context: shown, but quieter
    m_writer->writeFooter(m_document, e->message, &e->doc);
}

void ChatView::rewriteEntry(Entry *e)
{
    // At its own place: the other messages stay as they are written.
    const int position = e->doc.start.position();
    m_writer->removeMessage(m_document, &e->doc);
    writeEntry(e, position);
}

void ChatView::updateStreaming(Entry *e)
{
    if (!e->doc.placed || !e->stream)
        return;
    if (e->doc.appliedGeneration != -1 && e->doc.appliedGeneration != e->stream->generation()) {
        // The provider revised its text: write the message again.
        const int position = e->doc.start.position();
        m_writer->removeMessage(m_document, &e->doc);
        m_writer->insertMessage(m_document, position, e->message, &e->doc);
    }
    m_writer->updateBody(m_document, &e->doc, e->stream->stablePieces(), e->stream->generation(),
                         e->stream->tail());
}

void ChatView::scheduleFlush()
{
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void ChatView::flushPending()
{
    m_flushTimer.stop();
    for (auto &e : m_entries) {
        if (!e->dirty || !e->stream)
            continue;
        e->dirty = false;
        e->stream->append(e->pending);
        e->pending.clear();
        updateStreaming(e.get());
    }
    if (m_follow)
        scrollToBottom();
}

void ChatView::scrollToBottom()
{
    m_follow = true;
    m_jumpButton->hide();
    QScrollBar *bar = m_browser->verticalScrollBar();
    m_adjustingScroll = true;
    bar->setValue(bar->maximum());
    m_adjustingScroll = false;
}

bool ChatView::scrollToMessage(const QString &id)
{
    Entry *target = entry(id);
    if (!target)
        return false;
    // A message above what is laid out: lay out the older ones down to it first.
    int index = 0;
    while (m_entries[size_t(index)].get() != target)
        ++index;
    if (index < m_firstLaidOut) {
        m_adjustingScroll = true;
        for (int i = m_firstLaidOut - 1; i >= index; --i)
            writeEntry(m_entries[size_t(i)].get(), 0);
        m_firstLaidOut = index;
        m_adjustingScroll = false;
    }
    // Its header at the top of the view; the view stops following the end.
    QTextCursor cursor(m_document);
    cursor.setPosition(qMin(target->doc.start.position() + 1, m_document->characterCount() - 1));
    const QRect rect = m_browser->cursorRect(cursor);
    QScrollBar *bar = m_browser->verticalScrollBar();
    m_adjustingScroll = true;
    bar->setValue(qBound(bar->minimum(), bar->value() + rect.top() - 8, bar->maximum()));
    m_adjustingScroll = false;
    m_follow = bar->value() >= bar->maximum() - BottomSlackPx;
    m_jumpButton->setVisible(!m_follow);
    if (m_jumpButton->isVisible())
        placeJumpButton();
    return true;
}

int ChatView::laidOutMessageCount() const
{
    return int(m_entries.size()) - m_firstLaidOut;
}

QString ChatView::messageText(const QString &id) const
{
    const Entry *e = entry(id);
    if (!e)
        return {};
    return e->stream ? e->stream->text() + e->pending : e->message.text;
}

QString ChatView::messagePlainText(const QString &id) const
{
    MarkdownRenderer renderer(m_theme);
    // Copied, not shown: long code blocks come whole, not cut at the display limit.
    renderer.setCodeLineLimit(std::numeric_limits<int>::max());
    SafeTextDocument doc;
    doc.setHtml(renderer.toHtml(messageText(id)));
    return withoutLeads(doc.toPlainText()).trimmed();
}

void ChatView::copyToClipboard(const QString &text)
{
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setText(text);
    Q_EMIT copied(text);
}

void ChatView::onAnchorClicked(const QUrl &url)
{
    const QString scheme = url.scheme();
    const QString path = url.path(QUrl::FullyEncoded);
    if (scheme == QLatin1String("mmchat-copy")) {
        const int slash = int(path.lastIndexOf(QLatin1Char('/')));
        const QString id = QUrl::fromPercentEncoding(path.left(slash).toLatin1());
        const int index = path.mid(slash + 1).toInt();
        const QStringList blocks = MarkdownRenderer::codeBlocks(messageText(id));
        if (index >= 0 && index < blocks.size())
            copyToClipboard(blocks.at(index));
    } else if (scheme == QLatin1String("mmchat-copymsg")) {
        copyToClipboard(messageText(QUrl::fromPercentEncoding(path.toLatin1())));
    } else if (scheme == QLatin1String("mmchat-copytext")) {
        copyToClipboard(messagePlainText(QUrl::fromPercentEncoding(path.toLatin1())));
    } else if (scheme == QLatin1String("mmchat-retry")) {
        Q_EMIT retryRequested(QUrl::fromPercentEncoding(path.toLatin1()));
    } else if (scheme == QLatin1String("mmchat-prev") || scheme == QLatin1String("mmchat-next")) {
        Q_EMIT siblingRequested(QUrl::fromPercentEncoding(path.toLatin1()),
                                scheme == QLatin1String("mmchat-prev") ? -1 : 1);
    } else if (scheme == QLatin1String("mmchat-settings")) {
        Q_EMIT providerSettingsRequested(QUrl::fromPercentEncoding(path.toLatin1()));
    } else if (scheme == QLatin1String("mmchat-switchmodel")) {
        Q_EMIT switchModelRequested(QUrl::fromPercentEncoding(path.toLatin1()));
    } else if (scheme == QLatin1String("mmchat-edit")) {
        Q_EMIT editRequested(QUrl::fromPercentEncoding(path.toLatin1()));
    } else if (scheme == QLatin1String("mmchat-editext")) {
        Q_EMIT editInEditorRequested(QUrl::fromPercentEncoding(path.toLatin1()));
    } else if (scheme == QLatin1String("mmchat-regen")) {
        Q_EMIT regenerateRequested(QUrl::fromPercentEncoding(path.toLatin1()));
    } else if (scheme == QLatin1String("mmchat-thinking")) {
        const QString id = QUrl::fromPercentEncoding(path.toLatin1());
        setThinkingShown(id, !isThinkingShown(id));
    } else if (scheme == QLatin1String("mmchat-pin")) {
        Q_EMIT pinToggleRequested(QUrl::fromPercentEncoding(path.toLatin1()));
    } else if (scheme == QLatin1String("mmchat-context")) {
        Q_EMIT contextToggleRequested(QUrl::fromPercentEncoding(path.toLatin1()));
    } else if (MarkdownRenderer::isSafeLinkUrl(url.toString())) {
        Q_EMIT linkActivated(url);
        if (m_openLinks)
            QDesktopServices::openUrl(url);
    } else {
        qCDebug(lcChatView) << "ignored link with scheme" << scheme;
    }
}

void ChatView::onScrollValueChanged(int value)
{
    if (m_adjustingScroll)
        return;
    QScrollBar *bar = m_browser->verticalScrollBar();
    m_follow = value >= bar->maximum() - BottomSlackPx;
    m_jumpButton->setVisible(!m_follow);
    if (m_jumpButton->isVisible())
        placeJumpButton();
    if (value < bar->pageStep() && m_firstLaidOut > 0 && !m_loadOlderQueued) {
        m_loadOlderQueued = true;
        QTimer::singleShot(0, this, &ChatView::loadOlder);
    }
}

void ChatView::onScrollRangeChanged()
{
    if (m_follow && !m_adjustingScroll)
        scrollToBottom();
}

void ChatView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeJumpButton();
}

void ChatView::placeJumpButton()
{
    m_jumpButton->adjustSize();
    const QSize s = m_jumpButton->sizeHint();
    const int scrollBarWidth =
        m_browser->verticalScrollBar()->isVisible() ? m_browser->verticalScrollBar()->width() : 0;
    m_jumpButton->move(width() - s.width() - 16 - scrollBarWidth, height() - s.height() - 16);
    m_jumpButton->raise();
}
