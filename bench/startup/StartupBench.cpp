// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Builds a history of 2,000 conversations (one with 1,000 messages), then starts the real main
// window against it and, for comparison, a bare QMainWindow with one QTextBrowser. Each start is
// a fresh process (the same binary with --child), so both pay the same one-time costs: loading
// libraries, the platform plugin, fonts. The parent times a start from launching the process to
// the child's report that its window finished its first paint. A third start, not part of the
// ratio, has model lists cached as a user of OpenRouter has them.
#include "AppController.h"
#include "BenchCorpus.h"
#include "MainWindow.h"
#include "controllers/ChatController.h"
#include "core/AppPaths.h"
#include "core/Logging.h"
#include "services/DatabaseModelCacheStore.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMainWindow>
#include <QPointer>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace {

constexpr int kConversations = 2000;
constexpr int kLongConversation = 1000; // messages
constexpr int kShortConversation = 6;
constexpr int kCachedModels = 340; // OpenRouter's list is about that long
constexpr int kRuns = 9;           // medians of 9: this 2-core machine runs other builds too
constexpr int kSettleMs = 1500;    // idle time before the resident size is read

void say(const QByteArray &line)
{
    std::fputs(line.constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

double rssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "bench_startup: %s\n", qPrintable(what));
    std::exit(1);
}

void exec(QSqlQuery &query, const char *what)
{
    if (!query.exec())
        die(QStringLiteral("%1: %2").arg(QLatin1String(what), query.lastError().text()));
}

// Answers look like real ones: paragraphs, now and then a list or a code block.
QString answer(BenchCorpus &corpus, int n)
{
    QString text = corpus.assistantMessage();
    if (n % 3 == 0)
        text += QStringLiteral("\n\n- %1\n- %2\n- %3").arg(corpus.title(), corpus.title(), corpus.title());
    if (n % 4 == 0)
        text += QStringLiteral("\n\n```cpp\nint main()\n{\n    std::vector<int> v{1, 2, 3};\n"
                               "    for (int x : v)\n        std::cout << x << '\\n';\n}\n```\n\n") +
                corpus.assistantMessage();
    return text;
}

// Fills a fresh history; returns the id of the long conversation.
qint64 buildHistory(const QString &path)
{
    Database db;
    if (db.open(path) != Database::OpenStatus::Ok)
        die(QStringLiteral("cannot create %1").arg(path));
    const QSqlDatabase connection = db.connection();
    BenchCorpus corpus;
    const qint64 base = 1767225600000; // 2026-01-01
    QSqlQuery(connection).exec(QStringLiteral("BEGIN"));
    QSqlQuery conversation(connection);
    conversation.prepare(
        QStringLiteral("INSERT INTO conversations (id, title, created_at, updated_at, provider_id, model)"
                       " VALUES (?, ?, ?, ?, 'groq', 'llama-3.3-70b-versatile')"));
    QSqlQuery message(connection);
    message.prepare(QStringLiteral(
        "INSERT INTO messages (id, conversation_id, parent_id, role, content, provider_id, model,"
        " prompt_tokens, completion_tokens, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery leaf(connection);
    leaf.prepare(QStringLiteral("UPDATE conversations SET active_leaf_id = ? WHERE id = ?"));
    // The long conversation sits in the middle of the list, so the window does not open it at
    // start; it is opened afterwards and timed on its own.
    const qint64 longId = kConversations / 2;
    qint64 id = 0;
    for (qint64 c = 1; c <= kConversations; ++c) {
        const qint64 time = base + c * 3600 * 1000;
        conversation.addBindValue(c);
        conversation.addBindValue(corpus.title());
        conversation.addBindValue(time);
        conversation.addBindValue(time);
        exec(conversation, "conversation");
        qint64 parent = 0;
        const int count = c == longId ? kLongConversation : kShortConversation;
        for (int i = 0; i < count; ++i) {
            const bool assistant = i % 2 == 1;
            message.addBindValue(++id);
            message.addBindValue(c);
            message.addBindValue(parent ? QVariant(parent) : QVariant());
            message.addBindValue(assistant ? QStringLiteral("assistant") : QStringLiteral("user"));
            message.addBindValue(assistant ? answer(corpus, i) : corpus.userMessage());
            message.addBindValue(assistant ? QVariant(QStringLiteral("groq")) : QVariant());
            message.addBindValue(assistant ? QVariant(QStringLiteral("llama-3.3-70b-versatile"))
                                           : QVariant());
            message.addBindValue(assistant ? QVariant(200 + corpus.uniform(2000)) : QVariant());
            message.addBindValue(assistant ? QVariant(100 + corpus.uniform(900)) : QVariant());
            message.addBindValue(time + i * 1000);
            exec(message, "message");
            parent = id;
        }
        leaf.addBindValue(parent);
        leaf.addBindValue(c);
        exec(leaf, "leaf");
    }
    QSqlQuery(connection).exec(QStringLiteral("COMMIT"));
    QSqlQuery(connection).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return longId;
}

// Caches model lists as the app does after it has asked the providers: OpenRouter's hundreds
// of vendor/name ids, and a shorter list from Groq. `false` removes them again.
void cacheModelLists(bool cached)
{
    Database db;
    if (db.open(AppPaths::historyDatabase()) != Database::OpenStatus::Ok)
        die(QStringLiteral("cannot open the history to cache model lists"));
    DatabaseModelCacheStore store(db);
    if (!cached) {
        store.remove(QStringLiteral("openrouter"));
        store.remove(QStringLiteral("groq"));
        return;
    }
    const QStringList vendors{
        QStringLiteral("anthropic"),  QStringLiteral("openai"),    QStringLiteral("google"),
        QStringLiteral("meta-llama"), QStringLiteral("mistralai"), QStringLiteral("qwen"),
        QStringLiteral("deepseek"),   QStringLiteral("cohere"),    QStringLiteral("nousresearch"),
        QStringLiteral("microsoft"),  QStringLiteral("x-ai"),      QStringLiteral("perplexity"),
        QStringLiteral("amazon"),     QStringLiteral("nvidia"),    QStringLiteral("01-ai"),
        QStringLiteral("thudm"),      QStringLiteral("liquid")};
    const QStringList names{QStringLiteral("claude-3.5-sonnet"),
                            QStringLiteral("gpt-4o-mini"),
                            QStringLiteral("gemini-2.0-flash-exp"),
                            QStringLiteral("llama-3.1-405b-instruct"),
                            QStringLiteral("mixtral-8x22b-instruct"),
                            QStringLiteral("qwen-2.5-72b-instruct"),
                            QStringLiteral("deepseek-r1-distill-llama-70b"),
                            QStringLiteral("command-r-plus-08-2024"),
                            QStringLiteral("hermes-3-llama-3.1-405b"),
                            QStringLiteral("phi-3.5-mini-128k-instruct"),
                            QStringLiteral("grok-2-vision-1212"),
                            QStringLiteral("sonar-reasoning-pro"),
                            QStringLiteral("nova-pro-v1"),
                            QStringLiteral("llama-3.1-nemotron-70b-instruct"),
                            QStringLiteral("yi-large"),
                            QStringLiteral("glm-4-9b-chat"),
                            QStringLiteral("lfm-40b"),
                            QStringLiteral("o1-preview-2024-09-12"),
                            QStringLiteral("gemma-2-27b-it"),
                            QStringLiteral("codestral-2501")};
    ModelCacheStore::Entry openRouter;
    openRouter.fetchedAt = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < kCachedModels; ++i) {
        const QString id = vendors.at(i % vendors.size()) + QLatin1Char('/') +
                           names.at(i / vendors.size() % names.size()) +
                           (i % 3 ? QString() : QStringLiteral(":free"));
        openRouter.models << ModelInfo{id, QString(), 131072};
    }
    store.save(QStringLiteral("openrouter"), openRouter);
    ModelCacheStore::Entry groq;
    groq.fetchedAt = openRouter.fetchedAt;
    for (int i = 0; i < 20; ++i)
        groq.models << ModelInfo{names.at(i), QString(), 8192};
    store.save(QStringLiteral("groq"), groq);
}

// Reports "painted" once the first paint pass of `window` is over (the pass runs inside one
// event; the zero timer fires after it).
class FirstPaint : public QObject
{
public:
    FirstPaint(QWidget *window, std::function<void()> then)
        : m_window(window)
        , m_then(std::move(then))
    {
        qApp->installEventFilter(this);
    }

    bool eventFilter(QObject *object, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen && object->isWidgetType() &&
            static_cast<QWidget *>(object)->window() == m_window) {
            m_seen = true;
            qApp->removeEventFilter(this);
            QTimer::singleShot(0, this, m_then);
        }
        return false;
    }

private:
    QPointer<QWidget> m_window;
    std::function<void()> m_then;
    bool m_seen = false;
};

// BENCH_STARTUP_TRACE=1 prints when each phase of a start ended, in ms since main().
void trace(const char *phase)
{
    static const bool on = qEnvironmentVariableIsSet("BENCH_STARTUP_TRACE");
    static QElapsedTimer clock;
    if (!clock.isValid())
        clock.start();
    if (on)
        std::fprintf(stderr, "trace %-12s %6.1f ms\n", phase, double(clock.nsecsElapsed()) / 1e6);
}

void prepareApplication()
{
    QApplication::setApplicationName(QStringLiteral("multimodel-chat"));
    QApplication::setOrganizationDomain(QStringLiteral("mmchat.github.io"));
}

int childBare(int argc, char *argv[])
{
    trace("main");
    QApplication app(argc, argv);
    prepareApplication();
    trace("application");
    QMainWindow window;
    auto *browser = new QTextBrowser(&window);
    browser->setPlainText(QStringLiteral("Hello"));
    window.setCentralWidget(browser);
    window.resize(1200, 800);
    trace("window");
    FirstPaint painted(&window, [] {
        trace("painted");
        say("painted");
        QTimer::singleShot(kSettleMs, [] {
            say("idle_rss_mb " + QByteArray::number(rssMb(), 'f', 1));
            QApplication::quit();
        });
    });
    window.show();
    trace("shown");
    return app.exec();
}

// Starts the window the way main() does, then (if `openLong`) opens the long conversation.
int childApp(int argc, char *argv[], qint64 longId, bool openLong)
{
    trace("main");
    QApplication app(argc, argv);
    prepareApplication();
    trace("application");
    Logging::install({AppPaths::logFile(), 2 << 20, true});
    AppController controller(
        {AppPaths::configFile(), AppPaths::uiStateFile(), AppPaths::dataDir(), AppPaths::historyDatabase()});
    MainWindow *window = controller.window();
    trace("controller");
    window->resize(1200, 800);
    std::unique_ptr<FirstPaint> opened;
    QElapsedTimer openTimer;
    FirstPaint painted(window, [&] {
        trace("painted");
        say("painted");
        QTimer::singleShot(kSettleMs, [&] {
            say("idle_rss_mb " + QByteArray::number(rssMb(), 'f', 1));
            if (!openLong) {
                QApplication::quit();
                return;
            }
            // Opening ends with the window's first paint of the conversation (the chat view
            // itself is made then: it is not built before a conversation is shown).
            opened = std::make_unique<FirstPaint>(window, [&] {
                say("open_ms " + QByteArray::number(double(openTimer.nsecsElapsed()) / 1e6, 'f', 1));
                QTimer::singleShot(kSettleMs, [] {
                    say("rss_with_long_mb " + QByteArray::number(rssMb(), 'f', 1));
                    QApplication::quit();
                });
            });
            openTimer.start();
            controller.chatController().openConversation(longId);
        });
    });
    window->show();
    trace("shown");
    controller.startHealthChecks();
    return app.exec();
}

struct ChildResult
{
    double firstPaintMs = -1;
    QHash<QByteArray, double> values;
};

ChildResult runChild(const QString &kind, qint64 longId, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    ChildResult result;
    QElapsedTimer timer;
    timer.start();
    process.start(QCoreApplication::applicationFilePath(),
                  {QStringLiteral("--child"), kind, QString::number(longId)});
    QByteArray pending;
    while (process.waitForReadyRead(60000)) {
        pending += process.readAllStandardOutput();
        int nl;
        while ((nl = int(pending.indexOf('\n'))) >= 0) {
            const QByteArray line = pending.left(nl).trimmed();
            pending.remove(0, nl + 1);
            if (line == "painted")
                result.firstPaintMs = double(timer.nsecsElapsed()) / 1e6;
            else if (const int space = int(line.indexOf(' ')); space > 0)
                result.values.insert(line.left(space), line.mid(space + 1).toDouble());
        }
    }
    process.waitForFinished(60000);
    if (process.exitCode() != 0 || result.firstPaintMs < 0)
        die(QStringLiteral("the %1 child failed (exit %2)").arg(kind).arg(process.exitCode()));
    return result;
}

int parent(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // BENCH_STARTUP_DIR keeps the history and the children's files for profiling one start:
    //   QT_QPA_PLATFORM=offscreen XDG_DATA_HOME=$DIR/data XDG_CONFIG_HOME=$DIR/config
    //   perf record bench_startup --child app 1000
    QTemporaryDir temporary;
    const QString kept = qEnvironmentVariable("BENCH_STARTUP_DIR");
    const QDir dir(kept.isEmpty() ? temporary.path() : kept);
    if (kept.isEmpty() && !temporary.isValid())
        die(QStringLiteral("no temporary directory"));
    if (!kept.isEmpty())
        QDir(kept).removeRecursively(), QDir().mkpath(kept);
    // Everything the children read or write stays in the temporary directory.
    qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CACHE_HOME", dir.filePath(QStringLiteral("cache")).toUtf8());
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    app.setApplicationName(QStringLiteral("multimodel-chat"));
    QDir().mkpath(AppPaths::dataDir());

    QElapsedTimer timer;
    timer.start();
    const qint64 longId = buildHistory(AppPaths::historyDatabase());
    std::fprintf(stderr, "history: %d conversations, %lld messages in %.1f s\n", kConversations,
                 qint64(kConversations - 1) * kShortConversation + kLongConversation,
                 double(timer.elapsed()) / 1000);

    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Which conversation the window shows at start: the one open at the last exit.
    const auto setOpenAtExit = [](qint64 conversationId) {
        Database db;
        if (db.open(AppPaths::historyDatabase()) != Database::OpenStatus::Ok ||
            !SettingsRepository(db).setValue(QStringLiteral("ui.current_conversation"), conversationId))
            die(QStringLiteral("cannot set the open conversation"));
    };
    // A first start of each warms the page cache; it is not counted.
    runChild(QStringLiteral("bare"), longId, environment);
    setOpenAtExit(0);
    runChild(QStringLiteral("app"), longId, environment);
    std::vector<double> bare, app_, bareRss, appRss, open, openRss, reopen, withModels;
    for (int run = 0; run < kRuns; ++run) {
        const ChildResult b = runChild(QStringLiteral("bare"), longId, environment);
        setOpenAtExit(longId);
        reopen.push_back(runChild(QStringLiteral("reopen"), longId, environment).firstPaintMs);
        setOpenAtExit(0);
        const ChildResult a = runChild(QStringLiteral("app"), longId, environment);
        bare.push_back(b.firstPaintMs);
        bareRss.push_back(b.values.value("idle_rss_mb"));
        app_.push_back(a.firstPaintMs);
        appRss.push_back(a.values.value("idle_rss_mb"));
        open.push_back(a.values.value("open_ms"));
        openRss.push_back(a.values.value("rss_with_long_mb"));
        // The model lists are there for this start only: the others run with the history as
        // the issue describes it.
        cacheModelLists(true);
        setOpenAtExit(0);
        withModels.push_back(runChild(QStringLiteral("models"), longId, environment).firstPaintMs);
        cacheModelLists(false);
    }
    const double startup = median(app_);
    const double bareStartup = median(bare);
    std::printf("runs: %d (median of each)\n", kRuns);
    std::printf("startup_first_paint_ms: %.0f\n", startup);
    std::printf("bare_first_paint_ms: %.0f\n", bareStartup);
    std::printf("startup_ratio: %.2f\n", startup / bareStartup);
    std::printf("startup_reopening_1000_messages_ms: %.0f\n", median(reopen));
    std::printf("startup_with_%d_cached_models_ms: %.0f\n", kCachedModels, median(withModels));
    std::printf("idle_rss_mb: %.1f\n", median(appRss));
    std::printf("bare_idle_rss_mb: %.1f\n", median(bareRss));
    std::printf("open_1000_messages_ms: %.0f\n", median(open));
    std::printf("rss_with_1000_messages_mb: %.1f\n", median(openRss));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc >= 4 && qstrcmp(argv[1], "--child") == 0) {
        if (qstrcmp(argv[2], "bare") == 0)
            return childBare(argc, argv);
        return childApp(argc, argv, QByteArray(argv[3]).toLongLong(), qstrcmp(argv[2], "app") == 0);
    }
    return parent(argc, argv);
}
