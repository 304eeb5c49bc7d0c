// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Logging.h"

#include "SecretMasker.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>

#include <cstdio>
#include <memory>

Q_LOGGING_CATEGORY(lcApp, "mmchat.app")
Q_LOGGING_CATEGORY(lcConfig, "mmchat.config")

namespace {

struct LogState
{
    QMutex mutex;
    Logging::Options options;
    std::unique_ptr<QFile> file;
    bool installed = false;
};

LogState &state()
{
    static LogState s;
    return s;
}

QString previousFileName(const QString &path)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    return info.path() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral("-prev") + suffix;
}

// Called with the mutex held.
void openFile(LogState &s)
{
    s.file.reset();
    if (s.options.logFile.isEmpty())
        return;
    if (QFileInfo(s.options.logFile).size() > s.options.maxFileBytes) {
        const QString previous = previousFileName(s.options.logFile);
        QFile::remove(previous);
        QFile::rename(s.options.logFile, previous);
    }
    auto file = std::make_unique<QFile>(s.options.logFile);
    if (file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        s.file = std::move(file);
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return "debug";
    case QtInfoMsg: return "info";
    case QtWarningMsg: return "warning";
    case QtCriticalMsg: return "critical";
    case QtFatalMsg: return "fatal";
    }
    return "?";
}

void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray line = Logging::formatLine(type, context.category, message).toUtf8() + '\n';
    LogState &s = state();
    QMutexLocker lock(&s.mutex);
    if (s.options.toStderr) {
        std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr);
        std::fflush(stderr);
    }
    if (s.file) {
        s.file->write(line);
        s.file->flush();
        if (s.file->size() > s.options.maxFileBytes)
            openFile(s);
    }
}

} // namespace

QString Logging::formatLine(QtMsgType type, const char *category, const QString &message)
{
    return QStringLiteral("%1 %2 %3: %4")
        .arg(QDateTime::currentDateTime().toString(Qt::ISODateWithMs), QLatin1String(levelName(type)),
             QLatin1String(category ? category : "default"), SecretMasker::masked(message));
}

void Logging::install(const Options &options)
{
    // Debug output is opt-in per area (QT_LOGGING_RULES="mmchat.storage.debug=true").
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false"));
    LogState &s = state();
    {
        QMutexLocker lock(&s.mutex);
        s.options = options;
        openFile(s);
        s.installed = true;
    }
    qInstallMessageHandler(handleMessage);
}

void Logging::uninstall()
{
    qInstallMessageHandler(nullptr);
    LogState &s = state();
    QMutexLocker lock(&s.mutex);
    s.file.reset();
    s.installed = false;
}
