// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/chatview/ChatViewMessage.h"
#include "render/RenderTheme.h"

#include <QHash>
#include <QTimer>
#include <QUrl>
#include <QWidget>

#include <memory>
#include <vector>

class MessageDocumentWriter;
class QTextBrowser;
class QToolButton;
class SafeTextDocument;

// The conversation as one scrollable rich-text document: a frame per message. Streamed text is
// coalesced to at most one document update per frame (~16 ms) and only the unfinished tail of an
// answer is rendered again. The view follows new text while the user is at the bottom; once they
// scroll up it stays put and offers "Jump to latest". Older messages of a long conversation are
// laid out only when the user scrolls up to them.
class ChatView : public QWidget
{
    Q_OBJECT

public:
    explicit ChatView(QWidget *parent = nullptr);
    ~ChatView() override;

    void setMessages(const ChatViewMessageList &messages);
    void appendMessage(const ChatViewMessage &message); // state Streaming starts a stream
    void appendDelta(const QString &id, const QString &text);
    void replaceText(const QString &id, const QString &text);
    void finishMessage(const QString &id, ChatViewMessage::State state, const ChatViewUsage &usage = {},
                       const QString &error = {});
    // Ends a streamed message with everything known once it is stored (usage, notes, thinking).
    void finishMessage(const ChatViewMessage &finished);
    // The model's reasoning for a streaming answer; offered (collapsed) once it ends.
    void appendThinking(const QString &id, const QString &delta);
    // Shows a stored message again as given (its flags changed), keeping the scroll position.
    void updateMessage(const ChatViewMessage &message);
    // Shows or hides the reasoning of a message above its answer.
    void setThinkingShown(const QString &id, bool shown);
    bool isThinkingShown(const QString &id) const;
    void clear();
    void setTheme(bool dark);
    bool isDark() const { return m_theme.dark; }

    // Applies pending streamed text now (normally done by the frame timer).
    void flushPending();
    bool isFollowingBottom() const { return m_follow; }
    void scrollToBottom();
    // Brings the message to the top of the view (laying out older messages when needed).
    bool scrollToMessage(const QString &id);
    // Messages laid out in the document (the rest are loaded when scrolled to).
    int laidOutMessageCount() const;
    // Open http/https/mailto links in the system browser on click (default on); tests turn it off.
    void setOpenLinksExternally(bool open) { m_openLinks = open; }
    QString messageText(const QString &id) const;
    QString messagePlainText(const QString &id) const;

    QTextBrowser *browser() const { return m_browser; }
    SafeTextDocument *document() const { return m_document; }

Q_SIGNALS:
    void linkActivated(const QUrl &url);
    void retryRequested(const QString &id);
    // The footer's actions; the view changes nothing itself.
    void siblingRequested(const QString &id, int step); // -1: previous version, +1: next
    void editRequested(const QString &id);
    void editInEditorRequested(const QString &id);
    void regenerateRequested(const QString &id);
    void contextToggleRequested(const QString &id);
    void pinToggleRequested(const QString &id);
    // The error banner of a failed answer.
    void providerSettingsRequested(const QString &id);
    void switchModelRequested(const QString &id);
    void copied(const QString &text);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Entry;

    Entry *entry(const QString &id) const;
    void rebuildDocument();
    void retranslate();
    void layOutFrom(int first);
    void loadOlder();
    void writeEntry(Entry *e, int position);
    // Writes a finished, placed message again where it stands (new text or new flags).
    void rewriteEntry(Entry *e);
    void updateStreaming(Entry *e);
    void scheduleFlush();
    void onAnchorClicked(const QUrl &url);
    void onScrollValueChanged(int value);
    void onScrollRangeChanged();
    void placeJumpButton();
    void copyToClipboard(const QString &text);

    QTextBrowser *m_browser = nullptr;
    SafeTextDocument *m_document = nullptr;
    QToolButton *m_jumpButton = nullptr;
    std::unique_ptr<MessageDocumentWriter> m_writer;
    RenderTheme m_theme;
    std::vector<std::unique_ptr<Entry>> m_entries;
    QHash<QString, Entry *> m_byId;
    int m_firstLaidOut = 0;
    QTimer m_flushTimer;
    bool m_follow = true;
    bool m_adjustingScroll = false;
    bool m_loadOlderQueued = false;
    bool m_openLinks = true;
};
