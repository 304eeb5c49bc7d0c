// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the NDJSON decoder must never crash and must not depend on chunking.
#include "providers/NdjsonDecoder.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto *bytes = reinterpret_cast<const char *>(data);
    const auto length = qsizetype(size);
    NdjsonDecoder whole(4096);
    QList<StreamEvent> expected;
    whole.feed(bytes, length, expected);
    whole.finish(expected);

    NdjsonDecoder bytewise(4096);
    QList<StreamEvent> actual;
    for (qsizetype i = 0; i < length; ++i)
        bytewise.feed(bytes + i, 1, actual);
    bytewise.finish(actual);

    if (whole.hasError() != bytewise.hasError())
        std::abort();
    if (!whole.hasError()) {
        if (expected.size() != actual.size())
            std::abort();
        for (qsizetype i = 0; i < expected.size(); ++i) {
            if (expected[i].data != actual[i].data)
                std::abort();
        }
    }
    return 0;
}
