// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryCheck.h"

#include "storage/HistoryIntegrity.h"
#include "storage/StorageLog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>
#include <cstring>

namespace {

constexpr const char *kChildOption = "--check-history";

} // namespace

HistoryCheck::HistoryCheck(const QString &program, const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_program(program)
    , m_path(databasePath)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    connect(&m_process, QOverload<int, QProcess::ExitStatus>::of(&QProcess::finished), this,
            &HistoryCheck::readResult);
}

HistoryCheck::~HistoryCheck()
{
    if (isRunning()) {
        m_process.disconnect(this);
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

void HistoryCheck::start()
{
    if (isRunning())
        return;
    m_process.start(m_program, {QString::fromLatin1(kChildOption), m_path}, QIODevice::ReadOnly);
}

void HistoryCheck::readResult(int exitCode, QProcess::ExitStatus status)
{
    const QByteArray output = m_process.readAllStandardOutput();
    const QJsonDocument document = QJsonDocument::fromJson(output);
    if (status != QProcess::NormalExit || exitCode != 0 || !document.isArray()) {
        qCWarning(lcStorage).noquote() << "history check did not run: exit" << exitCode
                                       << QString::fromUtf8(m_process.readAllStandardError()).trimmed();
        return;
    }
    QStringList problems;
    for (const QJsonValue &value : document.array())
        problems << value.toString();
    if (problems.isEmpty())
        qCInfo(lcStorage) << "history check: no damage found";
    else
        qCWarning(lcStorage).noquote()
            << "history check found damage:" << problems.join(QStringLiteral("; "));
    Q_EMIT finished(problems);
}

std::optional<int> HistoryCheck::runIfChild(int argc, char *argv[])
{
    if (argc != 3 || std::strcmp(argv[1], kChildOption) != 0)
        return std::nullopt;
    const QCoreApplication checking(argc, argv); // for the SQL driver plugin
    StorageError error;
    const QStringList problems = HistoryIntegrity::quickCheck(QString::fromLocal8Bit(argv[2]), &error);
    if (error.isError()) {
        std::fprintf(stderr, "%s\n", qPrintable(error.detail));
        return 2;
    }
    const QByteArray json =
        QJsonDocument(QJsonArray::fromStringList(problems)).toJson(QJsonDocument::Compact);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    std::fputc('\n', stdout);
    return 0;
}
