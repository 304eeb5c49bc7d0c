// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Serves a 200,000-event OpenAI-style stream from a local server thread and measures our client
// (OpenAiCompatibleProvider → ChatStream): events per second and client CPU per event. With
// node and npm on PATH it runs openai_node_bench.sh against the same server for comparison.
#include "providers/OpenAiCompatibleProvider.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace {

constexpr int kEvents = 200000;
constexpr int kRepetitions = 5;

qint64 processCpuUs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000000 + usage.ru_utime.tv_usec +
           usage.ru_stime.tv_usec;
}

qint64 threadCpuUs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000 + ts.tv_nsec / 1000;
}

QByteArray buildResponse()
{
    QByteArray body;
    body.reserve(kEvents * 200);
    for (int i = 0; i < kEvents; ++i) {
        body +=
            "data: {\"id\":\"chatcmpl-bench\",\"object\":\"chat.completion.chunk\",\"created\":1694268190,"
            "\"model\":\"gpt-4o-mini\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"tok";
        body += QByteArray::number(i % 100000);
        body += " \"},\"logprobs\":null,\"finish_reason\":null}]}\n\n";
    }
    body +=
        "data: {\"id\":\"chatcmpl-bench\",\"object\":\"chat.completion.chunk\",\"created\":1694268190,"
        "\"model\":\"gpt-4o-mini\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n"
        "data: [DONE]\n\n";
    return "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

// Answers every request with the whole stream, in its own thread (its CPU time is subtracted).
class StreamServer : public QTcpServer
{
public:
    explicit StreamServer(QByteArray response)
        : m_response(std::move(response))
    {}

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        auto *received = new QByteArray;
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, received] {
            *received += socket->readAll();
            const int end = int(received->indexOf("\r\n\r\n"));
            if (end >= 0) {
                const int length = received->mid(received->toLower().indexOf("content-length:") + 15, 12)
                                       .split('\r')
                                       .first()
                                       .trimmed()
                                       .toInt();
                if (received->size() >= end + 4 + length) {
                    socket->write(m_response);
                    socket->disconnectFromHost();
                }
            }
        });
        connect(socket, &QTcpSocket::disconnected, socket, [socket, received] {
            delete received;
            socket->deleteLater();
        });
    }

private:
    QByteArray m_response;
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_LOGGING_RULES", "mmchat.*.debug=false\nmmchat.*.info=false");
    QCoreApplication app(argc, argv);

    QThread serverThread;
    StreamServer server(buildResponse());
    server.moveToThread(&serverThread);
    serverThread.start();
    quint16 port = 0;
    QMetaObject::invokeMethod(
        &server,
        [&server, &port] {
            server.listen(QHostAddress::LocalHost, 0);
            port = server.serverPort();
        },
        Qt::BlockingQueuedConnection);
    qint64 serverThreadCpuUs = 0;
    auto serverCpu = [&server, &serverThread, &serverThreadCpuUs] {
        // The server thread's whole CPU time, read from inside it.
        QMetaObject::invokeMethod(
            &server, [&serverThreadCpuUs] { serverThreadCpuUs = threadCpuUs(); },
            Qt::BlockingQueuedConnection);
        Q_UNUSED(serverThread)
        return serverThreadCpuUs;
    };

    ProviderInstanceConfig config;
    config.id = QStringLiteral("bench");
    config.type = OpenAiCompatibleProvider::kType;
    config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port));
    config.setApiKey(QStringLiteral("sk-bench-0000000000000000"));
    OpenAiCompatibleProvider provider(config);
    ChatRequest request;
    request.model = QStringLiteral("gpt-4o-mini");
    request.messages.append({ChatMessage::Role::User, QStringLiteral("Count.")});

    QList<double> rates;
    QList<double> cpuPerEvent;
    for (int rep = 0; rep < kRepetitions; ++rep) {
        int deltas = 0;
        const qint64 cpuStart = processCpuUs();
        const qint64 serverStart = serverCpu();
        QElapsedTimer clock;
        clock.start();
        ChatStream *stream = provider.chat(request);
        QObject::connect(stream, &ChatStream::textDelta, stream, [&deltas](const QString &) { ++deltas; });
        QEventLoop loop;
        QObject::connect(stream, &ChatStream::ended, &loop, &QEventLoop::quit);
        loop.exec();
        const double seconds = clock.nsecsElapsed() / 1e9;
        const qint64 clientCpu = (processCpuUs() - cpuStart) - (serverCpu() - serverStart);
        if (stream->state() != ChatStream::State::Finished || deltas != kEvents) {
            std::fprintf(stderr, "bench failed: %s, %d deltas\n", qPrintable(stream->error().toString()),
                         deltas);
            return 1;
        }
        rates.append(kEvents / seconds);
        cpuPerEvent.append(double(clientCpu) / kEvents);
        delete stream;
    }
    const double ourRate = median(rates);
    std::printf("events: %d\n", kEvents);
    std::printf("client_events_per_s: %.0f\n", ourRate);
    std::printf("client_cpu_us_per_event: %.2f\n", median(cpuPerEvent));
    std::fflush(stdout);

    const bool haveNode = !QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty() &&
                          !QStandardPaths::findExecutable(QStringLiteral("npm")).isEmpty();
    if (haveNode && !app.arguments().contains(QStringLiteral("--no-node"))) {
        QProcess node;
        node.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        node.start(QStringLiteral("sh"), {QStringLiteral(MMCHAT_BENCH_NODE_SCRIPT), config.baseUrl.toString(),
                                          QString::number(kEvents)});
        QEventLoop wait;
        QObject::connect(&node, qOverload<int, QProcess::ExitStatus>(&QProcess::finished), &wait,
                         &QEventLoop::quit);
        QObject::connect(&node, &QProcess::errorOccurred, &wait, &QEventLoop::quit);
        wait.exec();
        const QList<QByteArray> lines = node.readAllStandardOutput().split('\n');
        for (const QByteArray &line : lines) {
            if (!line.startsWith("openai_node_events_per_s:"))
                continue;
            const double nodeRate = line.mid(line.indexOf(':') + 1).trimmed().toDouble();
            std::printf("%s\n", line.constData());
            if (nodeRate > 0)
                std::printf("ratio_vs_openai_node: %.2f\n", ourRate / nodeRate);
        }
    } else {
        std::printf("openai_node_events_per_s: skipped (node/npm not found)\n");
    }

    QMetaObject::invokeMethod(
        &server, [&server] { server.close(); }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return 0;
}
