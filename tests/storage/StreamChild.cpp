// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Crash-test helper: opens the history given on the command line, adds a user message and
// streams an answer into it forever, printing "checkpoint <length>" after each checkpoint
// commit. The test kills it with SIGKILL.
#include "StreamChildText.h"
#include "storage/ConversationRepository.h"
#include "storage/Database.h"
#include "storage/MessageRepository.h"
#include "storage/StreamCheckpointer.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: storage_stream_child <history.sqlite>\n");
        return 2;
    }
    Database db;
    if (db.open(QString::fromLocal8Bit(argv[1])) != Database::OpenStatus::Ok) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(db.error().detail));
        return 1;
    }
    ConversationRepository conversations(db);
    MessageRepository messages(db);
    Conversation conversation;
    conversation.title = QStringLiteral("Crash test");
    const qint64 conversationId = conversations.create(conversation);
    Message user;
    user.conversationId = conversationId;
    user.content = streamUserPrompt();
    const qint64 userId = messages.add(user);

    StreamCheckpointer checkpointer(db);
    QObject::connect(&checkpointer, &StreamCheckpointer::checkpointed, [](qint64, int length) {
        std::printf("checkpoint %d\n", length);
        std::fflush(stdout);
    });
    const qint64 answerId = checkpointer.begin(userId, QStringLiteral("fake"), QStringLiteral("fake-model"));
    if (conversationId == 0 || userId == 0 || answerId == 0) {
        std::fprintf(stderr, "setup failed\n");
        return 1;
    }
    std::printf("ready %lld %lld %lld\n", conversationId, userId, answerId);
    std::fflush(stdout);
    for (int i = 0;; ++i) {
        checkpointer.append(streamChunk(i));
        if (i % 50 == 49) {
            QThread::msleep(1); // roughly a fast provider's pace
        }
    }
}
