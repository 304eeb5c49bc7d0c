// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Streams a 200 KB answer into the real chat view (offscreen) in 40,000 chunks and compares it
// with a naive view that renders the whole message again for every chunk.
#include "SampleAnswer.h"
#include "gui/chatview/ChatView.h"
#include "render/MarkdownRenderer.h"
#include "render/SafeTextDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <vector>

namespace {

constexpr int ChunkCount = 40000;
constexpr int NaiveSamples = 120;
constexpr int TokensPerSecond = 5000;

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5));
    return v[i];
}

// One frame of the real view: apply the text, lay out, paint the viewport.
void settle(ChatView &view)
{
    view.document()->documentLayout()->documentSize();
    view.browser()->viewport()->repaint();
}

ChatViewMessage question()
{
    ChatViewMessage q;
    q.id = QStringLiteral("q");
    q.role = ChatViewMessage::Role::User;
    q.text = QStringLiteral("Write the whole thing, with tables and code.");
    return q;
}

ChatViewMessage streamingAnswer()
{
    ChatViewMessage a;
    a.id = QStringLiteral("a");
    a.model = QStringLiteral("bench-model");
    a.state = ChatViewMessage::State::Streaming;
    return a;
}

struct IncrementalResult
{
    double totalMs = 0;
    double p99Ms = 0;
    double maxMs = 0;
    double paintP99Ms = 0;
    bool matchesFull = false;
};

IncrementalResult runIncremental(const QStringList &chunks, const QString &full)
{
    ChatView view;
    view.resize(1000, 800);
    view.show();
    view.setMessages({question()});
    view.appendMessage(streamingAnswer());
    QCoreApplication::processEvents();
    std::vector<double> times;
    times.reserve(size_t(chunks.size()));
    QElapsedTimer total;
    total.start();
    QElapsedTimer t;
    std::vector<double> paints;
    for (const QString &chunk : chunks) {
        t.start();
        view.appendDelta(QStringLiteral("a"), chunk);
        view.flushPending(); // every chunk is its own update: the worst case, no coalescing
        view.document()->documentLayout()->documentSize();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
        // Painting happens once per screen frame, not per chunk: sample it every 100 chunks.
        if (times.size() % 100 == 0) {
            t.start();
            view.browser()->viewport()->repaint();
            paints.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        if (qEnvironmentVariableIsSet("MMCHAT_BENCH_TRACE") && times.size() % 1000 == 0) {
            out() << "trace " << times.size() << " update_ms " << times.back() << " paint_ms "
                  << paints.back() << "\n";
            out().flush();
        }
    }
    view.finishMessage(QStringLiteral("a"), ChatViewMessage::State::Complete);
    settle(view);
    IncrementalResult r;
    r.totalMs = double(total.nsecsElapsed()) / 1e6;
    r.p99Ms = percentile(times, 0.99);
    r.maxMs = *std::max_element(times.begin(), times.end());
    r.paintP99Ms = percentile(paints, 0.99);
    r.matchesFull = view.messageText(QStringLiteral("a")) == full;
    return r;
}

// The view fed in real time at 5,000 chunks per second, with its own 16 ms coalescing.
struct RealtimeResult
{
    double lagMs = 0;
    double maxFrameMs = 0;
    int frames = 0;
};

RealtimeResult runRealtime(const QStringList &chunks)
{
    ChatView view;
    view.resize(1000, 800);
    view.show();
    view.setMessages({question()});
    view.appendMessage(streamingAnswer());
    QCoreApplication::processEvents();
    RealtimeResult r;
    // Measure each frame the view paints.
    QElapsedTimer clock;
    int next = 0;
    QTimer feeder;
    feeder.setInterval(2);
    clock.start();
    QObject::connect(&feeder, &QTimer::timeout, [&] {
        const qint64 due = qMin<qint64>(chunks.size(), clock.elapsed() * TokensPerSecond / 1000);
        if (next < due) {
            QString batch;
            for (; next < due; ++next)
                batch += chunks.at(next);
            view.appendDelta(QStringLiteral("a"), batch);
        }
        if (next >= chunks.size()) {
            feeder.stop();
            QElapsedTimer f;
            f.start();
            view.finishMessage(QStringLiteral("a"), ChatViewMessage::State::Complete);
            settle(view);
            r.maxFrameMs = qMax(r.maxFrameMs, double(f.nsecsElapsed()) / 1e6);
            const double ideal = double(chunks.size()) * 1000.0 / TokensPerSecond;
            r.lagMs = double(clock.elapsed()) - ideal;
            QCoreApplication::quit();
        }
    });
    // Time the coalesced frames: the view's flush plus layout and paint.
    QTimer frameProbe;
    frameProbe.setInterval(16);
    QObject::connect(&frameProbe, &QTimer::timeout, [&] {
        QElapsedTimer f;
        f.start();
        view.flushPending();
        settle(view);
        r.maxFrameMs = qMax(r.maxFrameMs, double(f.nsecsElapsed()) / 1e6);
        ++r.frames;
    });
    feeder.start();
    frameProbe.start();
    QCoreApplication::exec();
    return r;
}

// The naive view renders the whole message into one document on every chunk. That takes far too
// long for all 40,000 chunks, so it is timed at evenly spaced chunks and summed by the trapezoid rule.
double runNaive(const QStringList &chunks, int *measured)
{
    QTextBrowser browser;
    auto *doc = new SafeTextDocument(&browser);
    doc->setUndoRedoEnabled(false);
    browser.setDocument(doc);
    browser.resize(1000, 800);
    browser.show();
    QCoreApplication::processEvents();
    MarkdownRenderer renderer;
    std::vector<qsizetype> ends(size_t(chunks.size()));
    qsizetype length = 0;
    for (int i = 0; i < chunks.size(); ++i) {
        length += chunks.at(i).size();
        ends[size_t(i)] = length;
    }
    QString all = chunks.join(QString());
    std::vector<double> sampleMs;
    std::vector<int> sampleAt;
    for (int s = 0; s < NaiveSamples; ++s) {
        const int i = int(qint64(chunks.size() - 1) * s / (NaiveSamples - 1));
        QElapsedTimer t;
        t.start();
        doc->setHtml(renderer.toHtml(all.left(ends[size_t(i)])));
        doc->documentLayout()->documentSize();
        browser.verticalScrollBar()->setValue(browser.verticalScrollBar()->maximum());
        browser.viewport()->repaint();
        sampleMs.push_back(double(t.nsecsElapsed()) / 1e6);
        sampleAt.push_back(i);
    }
    double total = 0;
    for (size_t k = 1; k < sampleMs.size(); ++k)
        total += (sampleMs[k] + sampleMs[k - 1]) / 2.0 * double(sampleAt[k] - sampleAt[k - 1]);
    total += sampleMs.front();
    *measured = NaiveSamples;
    return total;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QString text = SampleAnswer::large();
    const QStringList chunks = SampleAnswer::chunks(text, ChunkCount);
    out() << "answer_bytes: " << text.toUtf8().size() << "\n";
    out() << "chunks: " << chunks.size() << "\n";
    out().flush();

    // Median of three runs of the incremental view.
    std::vector<IncrementalResult> runs;
    for (int i = 0; i < 3; ++i)
        runs.push_back(runIncremental(chunks, text));
    std::sort(runs.begin(), runs.end(), [](const auto &a, const auto &b) { return a.totalMs < b.totalMs; });
    const IncrementalResult inc = runs[1];
    out() << "incremental_total_ms: " << qRound(inc.totalMs) << "\n";
    out() << "incremental_p99_update_ms: " << QString::number(inc.p99Ms, 'f', 2) << "\n";
    out() << "incremental_max_update_ms: " << QString::number(inc.maxMs, 'f', 2) << "\n";
    out() << "frame_paint_p99_ms: " << QString::number(inc.paintP99Ms, 'f', 2) << "\n";
    out() << "incremental_text_intact: " << (inc.matchesFull ? "yes" : "no") << "\n";
    out().flush();

    int measured = 0;
    const double naive = runNaive(chunks, &measured);
    out() << "naive_extrapolated: yes (timed " << measured << " of " << chunks.size()
          << " chunks evenly spaced, summed by the trapezoid rule)\n";
    out() << "naive_total_ms: " << qRound(naive) << "\n";
    out() << "speedup: " << QString::number(naive / inc.totalMs, 'f', 1) << "\n";
    out().flush();

    const RealtimeResult rt = runRealtime(chunks);
    out() << "realtime_5000tps_frames: " << rt.frames << "\n";
    out() << "realtime_5000tps_max_frame_ms: " << QString::number(rt.maxFrameMs, 'f', 2) << "\n";
    out() << "realtime_5000tps_lag_ms: " << qRound(rt.lagMs) << "\n";
    // Keeping up: the last chunk is on screen within 100 ms of when a 5,000 token/s stream
    // delivered it (frames include painting, which is timed separately above).
    const bool keepsUp = rt.lagMs < 100;
    out() << "keeps_up_5000_tps: " << (keepsUp ? "yes" : "no") << "\n";
    return 0;
}
