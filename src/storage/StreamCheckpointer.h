// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Message.h"
#include "StorageError.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>

class Database;
class QSqlQuery;

// Keeps a streamed answer durable: the message row is written (state 'streaming') when the
// answer starts, its text is saved at least every second or every 4 KB of new text, and the
// final state and usage are committed with synchronous=FULL. After a crash the text up to the
// last checkpoint is in the database and the next open() marks it 'interrupted'.
class StreamCheckpointer : public QObject
{
    Q_OBJECT

public:
    struct Policy
    {
        int maxIntervalMs = 1000;
        int maxUnsavedBytes = 4096;
    };

    explicit StreamCheckpointer(Database &db, QObject *parent = nullptr);
    StreamCheckpointer(Database &db, const Policy &policy, QObject *parent = nullptr);
    // An answer still open is saved and marked interrupted.
    ~StreamCheckpointer() override;

    // Writes the assistant message under parentId and makes it the conversation's active leaf.
    // Returns its id, 0 on failure (see lastError()).
    qint64 begin(qint64 parentId, const QString &providerId, const QString &model);
    // Adds streamed text; saves when a second has passed or 4 KB are unsaved.
    bool append(const QString &delta);
    // Adds to the model's reasoning, kept apart from the answer; saved like the answer's text.
    bool appendThinking(const QString &delta);
    // Replaces the whole answer (a provider revised earlier text); saved like appended text.
    bool replaceContent(const QString &wholeText);
    // Saves the text now (synchronous=NORMAL).
    bool checkpoint();
    // Why the answer ended, when not a plain stop; written by finish().
    void setFinishReason(const QString &reason, const QString &detail);
    // Saves the final text, state (complete, interrupted or error) and usage with
    // synchronous=FULL, then ends the stream.
    bool finish(MessageState state, const MessageUsage &usage = MessageUsage(),
                const QString &errorKind = QString(), const QString &errorText = QString());

    bool isActive() const { return m_messageId != 0; }
    qint64 messageId() const { return m_messageId; }
    const QString &content() const { return m_content; }
    const QString &thinking() const { return m_thinking; }
    int savedLength() const { return m_savedLength; }
    int checkpointCount() const { return m_checkpoints; }
    const StorageError &lastError() const { return m_lastError; }

Q_SIGNALS:
    // The first `savedLength` characters of the answer are now in the database.
    void checkpointed(qint64 messageId, int savedLength);

private:
    // Counts newBytes as unsaved and saves now or within the interval.
    bool saveSoon(int newBytes);

    Database &m_db;
    Policy m_policy;
    QTimer m_timer;
    QElapsedTimer m_sinceCheckpoint;
    std::unique_ptr<QSqlQuery> m_update;
    qint64 m_messageId = 0;
    QString m_content;
    QString m_thinking;
    bool m_thinkingSaved = true;
    QString m_finishReason;
    QString m_finishDetail;
    int m_savedLength = 0;
    int m_unsavedBytes = 0;
    int m_checkpoints = 0;
    StorageError m_lastError;
};
