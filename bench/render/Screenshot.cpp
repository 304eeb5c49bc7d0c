// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Writes PNG screenshots of the chat view with a rich answer in light and dark theme:
// bench_render_screenshot [directory]   (QT_QPA_PLATFORM=offscreen works)
#include "SampleAnswer.h"
#include "gui/chatview/ChatView.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QTextStream>
#include <QTimer>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::tempPath();
    ChatView view;
    view.resize(900, 1400);
    ChatViewMessage question;
    question.id = QStringLiteral("q1");
    question.role = ChatViewMessage::Role::User;
    question.time = QDateTime::currentDateTime();
    question.text = QStringLiteral("How should the parser work? Show me code.");
    ChatViewMessage answer;
    answer.id = QStringLiteral("a1");
    answer.model = QStringLiteral("gpt-4o");
    answer.time = QDateTime::currentDateTime();
    answer.text = SampleAnswer::rich();
    answer.usage.promptTokens = 412;
    answer.usage.completionTokens = 388;
    answer.usage.cost = 0.0061;
    answer.usage.currency = QStringLiteral("USD");
    answer.usage.firstTokenMs = 640;
    answer.usage.tokensPerSecond = 71.5;
    ChatViewMessage failed;
    failed.id = QStringLiteral("a2");
    failed.model = QStringLiteral("claude-3-5-sonnet");
    failed.time = QDateTime::currentDateTime();
    failed.text = QStringLiteral("Partial answer before the connection");
    failed.state = ChatViewMessage::State::Failed;
    failed.error = QStringLiteral("Server overloaded (529)");
    view.setMessages({question, answer, failed});
    view.show();
    int rc = 0;
    QTimer::singleShot(400, [&] {
        view.scrollToBottom();
        QTextStream(stdout) << "light: " << dir << "/chatview-light.png\n";
        if (!view.grab().save(dir + QStringLiteral("/chatview-light.png")))
            rc = 1;
        view.setTheme(true);
        QTimer::singleShot(300, [&] {
            QTextStream(stdout) << "dark: " << dir << "/chatview-dark.png\n";
            if (!view.grab().save(dir + QStringLiteral("/chatview-dark.png")))
                rc = 1;
            app.quit();
        });
    });
    app.exec();
    return rc;
}
