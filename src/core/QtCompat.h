// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one place where Qt 5 and Qt 6 differ for this code base. Everything else uses APIs
// present in both majors.

#include <QLibraryInfo>
#include <QTextStream>
#include <QVariant>
#include <QtGlobal>

#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
#include <QStringConverter>
#include <QStringDecoder>
#else
#include <QTextCodec>
#endif

namespace QtCompat {

// Qt 5 text streams default to the locale's codec, Qt 6 to UTF-8: always use UTF-8.
inline void setUtf8(QTextStream &stream)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    stream.setEncoding(QStringConverter::Utf8);
#else
    stream.setCodec("UTF-8");
#endif
}

// QMetaType id of a variant's value (QVariant::type() is deprecated in Qt 6).
inline int variantTypeId(const QVariant &value)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    return value.metaType().id();
#else
    return value.userType();
#endif
}

// Sizes of Qt containers: int in Qt 5, qsizetype in Qt 6.
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
using SizeType = qsizetype;
#else
using SizeType = int;
#endif

// Decodes UTF-8, replacing invalid sequences with U+FFFD; *invalid tells whether any were.
inline QString decodeUtf8(const QByteArray &bytes, bool *invalid)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(bytes);
    if (invalid)
        *invalid = decoder.hasError();
    return text;
#else
    QTextCodec::ConverterState state;
    const QString text =
        QTextCodec::codecForName("UTF-8")->toUnicode(bytes.constData(), bytes.size(), &state);
    if (invalid)
        *invalid = state.invalidChars > 0;
    return text;
#endif
}

// Folder of Qt's own translations (qtbase_ru.qm …).
inline QString qtTranslationsPath()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    return QLibraryInfo::path(QLibraryInfo::TranslationsPath);
#else
    return QLibraryInfo::location(QLibraryInfo::TranslationsPath);
#endif
}

} // namespace QtCompat
