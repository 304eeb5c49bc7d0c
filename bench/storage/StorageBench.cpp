// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Builds a history with 10,000 conversations and 1,000,000 messages in a temporary directory
// and prints the storage figures of issue 3 as "name: value" lines (medians of repetitions).
// MMCHAT_BENCH_MESSAGES overrides the message count for a quick run.
#include "BenchCorpus.h"
#include "storage/ConversationRepository.h"
#include "storage/Database.h"
#include "storage/MessageRepository.h"
#include "storage/SearchRepository.h"
#include "storage/StreamCheckpointer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

namespace {

constexpr int kConversations = 10000;
constexpr int kLongPath = 5000;
constexpr int kBatch = 50000;

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

void die(const char *what, const QSqlQuery &q)
{
    std::fprintf(stderr, "%s: %s\n", what, qPrintable(q.lastError().text()));
    std::exit(1);
}

void run(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        die("statement", q);
    }
}

// Progress and extra figures go to stderr; stdout carries only the five result lines.
void note(const QString &line)
{
    std::fprintf(stderr, "%s\n", qPrintable(line));
    std::fflush(stderr);
}

// Conversation 1 is a single 5,000-message thread; the others share the remaining messages as
// threads with an alternative answer now and then.
qint64 populate(Database &db, qint64 totalMessages)
{
    const QSqlDatabase connection = db.connection();
    BenchCorpus corpus;
    const qint64 base = 1767225600000; // 2026-01-01
    // Bulk load only: no fsync and a big cache, so the FTS merges stay in memory.
    run(connection, QStringLiteral("PRAGMA synchronous = OFF"));
    run(connection, QStringLiteral("PRAGMA cache_size = -262144"));
    run(connection, QStringLiteral("BEGIN"));
    QSqlQuery project(connection);
    project.prepare(
        QStringLiteral("INSERT INTO projects (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)"));
    for (int p = 1; p <= 20; ++p) {
        project.addBindValue(p);
        project.addBindValue(QStringLiteral("Project %1").arg(p));
        project.addBindValue(base);
        project.addBindValue(base);
        if (!project.exec()) {
            die("project", project);
        }
    }
    QSqlQuery conversation(connection);
    conversation.prepare(
        QStringLiteral("INSERT INTO conversations (id, project_id, title, created_at, updated_at,"
                       " pinned, model) VALUES (?, ?, ?, ?, ?, ?, 'gpt-4o')"));
    for (int c = 1; c <= kConversations; ++c) {
        const qint64 created = base + qint64(corpus.uniform(300 * 86400)) * 1000;
        conversation.addBindValue(c);
        conversation.addBindValue(corpus.uniform(3) == 0 ? QVariant(1 + corpus.uniform(20)) : QVariant());
        conversation.addBindValue(corpus.title());
        conversation.addBindValue(created);
        conversation.addBindValue(created + qint64(corpus.uniform(86400)) * 1000);
        conversation.addBindValue(corpus.uniform(200) == 0 ? 1 : 0);
        if (!conversation.exec()) {
            die("conversation", conversation);
        }
    }
    run(connection, QStringLiteral("COMMIT"));

    QSqlQuery message(connection);
    message.prepare(
        QStringLiteral("INSERT INTO messages (id, conversation_id, parent_id, role, content, model,"
                       " completion_tokens, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery leaf(connection);
    leaf.prepare(QStringLiteral("UPDATE conversations SET active_leaf_id = ? WHERE id = ?"));
    const qint64 perConversation = std::max<qint64>(2, (totalMessages - kLongPath) / (kConversations - 1));
    const qint64 remainder =
        std::max<qint64>(0, totalMessages - kLongPath - perConversation * (kConversations - 1));
    qint64 id = 0;
    QElapsedTimer timer;
    timer.start();
    run(connection, QStringLiteral("BEGIN"));
    for (int c = 1; c <= kConversations && id < totalMessages; ++c) {
        const qint64 count =
            c == 1 ? kLongPath : std::min(perConversation + (c - 2 < remainder ? 1 : 0), totalMessages - id);
        qint64 parent = 0;
        qint64 grandparent = 0;
        qint64 time = base + qint64(c) * 60000;
        for (qint64 i = 0; i < count; ++i) {
            ++id;
            const bool assistant = i % 2 == 1;
            // Every 12th answer in the ordinary threads is a regenerated alternative.
            const bool alternative = c != 1 && assistant && i % 12 == 11;
            const qint64 parentId = alternative ? grandparent : parent;
            message.addBindValue(id);
            message.addBindValue(c);
            message.addBindValue(parentId == 0 ? QVariant() : QVariant(parentId));
            message.addBindValue(assistant ? QStringLiteral("assistant") : QStringLiteral("user"));
            message.addBindValue(assistant ? corpus.assistantMessage() : corpus.userMessage());
            message.addBindValue(assistant ? QVariant(QStringLiteral("gpt-4o")) : QVariant());
            message.addBindValue(assistant ? QVariant(100 + corpus.uniform(900)) : QVariant());
            message.addBindValue(time += 1000);
            if (!message.exec()) {
                die("message", message);
            }
            if (!alternative) {
                grandparent = parent;
            }
            parent = id;
            if (id % kBatch == 0) {
                run(connection, QStringLiteral("COMMIT"));
                run(connection, QStringLiteral("BEGIN"));
                note(QStringLiteral("  %1 messages (%2 s)").arg(id).arg(timer.elapsed() / 1000.0, 0, 'f', 0));
            }
        }
        leaf.addBindValue(parent);
        leaf.addBindValue(c);
        if (!leaf.exec()) {
            die("leaf", leaf);
        }
    }
    run(connection, QStringLiteral("COMMIT"));
    run(connection, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    run(connection, QStringLiteral("PRAGMA synchronous = NORMAL"));
    run(connection, QStringLiteral("PRAGMA cache_size = -16384"));
    run(connection, QStringLiteral("ANALYZE"));
    return id;
}

double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// Median wall time in ms; the median CPU time goes to *cpu (on a loaded machine the two differ).
double measureMs(int repetitions, const std::function<void()> &work, double *cpu = nullptr)
{
    std::vector<double> times;
    std::vector<double> cpuTimes;
    for (int i = 0; i < repetitions; ++i) {
        QElapsedTimer timer;
        const double cpuStart = cpuMs();
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        cpuTimes.push_back(cpuMs() - cpuStart);
    }
    if (cpu) {
        *cpu = median(cpuTimes);
    }
    return median(times);
}

// Checkpoints of one growing answer up to 20 KB, each timed; returns their median in µs.
std::vector<double> checkpointTimes(Database &db, qint64 parentId, BenchCorpus &corpus)
{
    StreamCheckpointer::Policy manual;
    manual.maxIntervalMs = 1 << 30;
    manual.maxUnsavedBytes = 1 << 30;
    StreamCheckpointer stream(db, manual);
    stream.begin(parentId, QStringLiteral("bench"), QStringLiteral("bench-model"));
    std::vector<double> times;
    while (stream.content().size() < 20 * 1024) {
        // About one second of a fast model between checkpoints.
        stream.append(corpus.assistantMessage());
        QElapsedTimer timer;
        timer.start();
        if (!stream.checkpoint()) {
            std::fprintf(stderr, "checkpoint failed: %s\n", qPrintable(stream.lastError().detail));
            std::exit(1);
        }
        times.push_back(timer.nsecsElapsed() / 1e3);
    }
    stream.finish(MessageState::Complete);
    return times;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // MMCHAT_BENCH_DIR keeps the generated history there and reuses it on the next run.
    QTemporaryDir temporary;
    const QString dir = qEnvironmentVariableIsSet("MMCHAT_BENCH_DIR")
                            ? qEnvironmentVariable("MMCHAT_BENCH_DIR")
                            : temporary.path();
    qputenv("XDG_DATA_HOME", QFile::encodeName(dir));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(dir));
    const qint64 wanted = qEnvironmentVariableIsSet("MMCHAT_BENCH_MESSAGES")
                              ? qEnvironmentVariable("MMCHAT_BENCH_MESSAGES").toLongLong()
                              : 1000000;
    const QString path = dir + QStringLiteral("/history.sqlite");

    QElapsedTimer total;
    total.start();
    if (!QFileInfo::exists(path)) {
        Database db;
        if (db.open(path) != Database::OpenStatus::Ok) {
            std::fprintf(stderr, "open failed: %s\n", qPrintable(db.error().detail));
            return 1;
        }
        const qint64 made = populate(db, wanted);
        note(QStringLiteral("populated %1 messages in %2 s")
                 .arg(made)
                 .arg(total.elapsed() / 1000.0, 0, 'f', 1));
    }
    const double sizeMb = QFileInfo(path).size() / (1024.0 * 1024.0);

    // Reopen as the application would: recovery sweep, then the measurements.
    Database db;
    QElapsedTimer openTimer;
    openTimer.start();
    if (db.open(path) != Database::OpenStatus::Ok) {
        std::fprintf(stderr, "reopen failed: %s\n", qPrintable(db.error().detail));
        return 1;
    }
    note(QStringLiteral("reopen_ms: %1").arg(openTimer.nsecsElapsed() / 1e6, 0, 'f', 1));

    MessageRepository messages(db);
    ConversationRepository conversations(db);
    SearchRepository search(db);
    int pathLength = 0;
    double cpu = 0;
    const double openPath = measureMs(
        9, [&]() { pathLength = int(messages.activePath(1).size()); }, &cpu);
    note(QStringLiteral("open_path_5000_cpu_ms: %1").arg(cpu, 0, 'f', 2));
    if (pathLength != kLongPath) {
        std::fprintf(stderr, "path has %d messages, expected %d\n", pathLength, kLongPath);
        return 1;
    }
    const double listPage = measureMs(
        9, [&]() { conversations.listPage(ConversationFilter::all(), 50); }, &cpu);
    note(QStringLiteral("list_conversations_10000_cpu_ms: %1").arg(cpu, 0, 'f', 2));
    const double listProject =
        measureMs(9, [&]() { conversations.listPage(ConversationFilter::inProject(7), 50); });
    note(QStringLiteral("list_conversations_project_ms: %1").arg(listProject, 0, 'f', 2));

    // Queries a person might type: single words of different frequency, a prefix while
    // typing, two words, in both languages.
    const QStringList queries = {QStringLiteral("ошибка"),      QStringLiteral("docker"),
                                 QStringLiteral("настройк"),    QStringLiteral("перевод статья"),
                                 QStringLiteral("mutex lock"),  QStringLiteral("гостиница"),
                                 QStringLiteral("performance"), QStringLiteral("ёжик туман")};
    std::vector<double> ftsTimes;
    for (const QString &query : queries) {
        int hits = 0;
        const double ms = measureMs(
            5, [&]() { hits = int(search.search(query, 50).size()); }, &cpu);
        note(QStringLiteral("  fts '%1': %2 ms (cpu %3 ms), %4 hits")
                 .arg(query)
                 .arg(ms, 0, 'f', 2)
                 .arg(cpu, 0, 'f', 2)
                 .arg(hits));
        ftsTimes.push_back(ms);
    }

    BenchCorpus corpus(7);
    std::vector<double> normal;
    std::vector<double> full;
    const qint64 parent = messages.activePath(2).constLast().id;
    for (int i = 0; i < 5; ++i) {
        const std::vector<double> n = checkpointTimes(db, parent, corpus);
        normal.insert(normal.end(), n.begin(), n.end());
        db.setSynchronous(Database::Synchronous::Full);
        const std::vector<double> f = checkpointTimes(db, parent, corpus);
        db.setSynchronous(Database::Synchronous::Normal);
        full.insert(full.end(), f.begin(), f.end());
    }
    note(QStringLiteral("append_stream_checkpoint_full_us: %1").arg(median(full), 0, 'f', 0));
    note(QStringLiteral("total_bench_s: %1").arg(total.elapsed() / 1000.0, 0, 'f', 0));

    std::printf("open_path_5000_ms: %.2f\n", openPath);
    std::printf("list_conversations_10000_ms: %.2f\n", listPage);
    std::printf("fts_top50_1m_ms: %.2f\n", median(ftsTimes));
    std::printf("append_stream_checkpoint_us: %.0f\n", median(normal));
    std::printf("db_size_mb_1m: %.1f\n", sizeMb);
    return 0;
}
