// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the SSE decoder must never crash, and splitting the input anywhere must
// not change the events it produces.
#include "providers/SseDecoder.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto *bytes = reinterpret_cast<const char *>(data);
    const auto length = qsizetype(size);
    SseDecoder whole(4096);
    QList<StreamEvent> expected;
    whole.feed(bytes, length, expected);
    whole.finish();

    const qsizetype split = length > 0 ? qsizetype(data[0]) % (length + 1) : 0;
    SseDecoder pieces(4096);
    QList<StreamEvent> actual;
    pieces.feed(bytes, split, actual);
    pieces.feed(bytes + split, length - split, actual);
    pieces.finish();

    if (whole.hasError() != pieces.hasError())
        std::abort();
    if (!whole.hasError()) {
        if (expected.size() != actual.size())
            std::abort();
        for (qsizetype i = 0; i < expected.size(); ++i) {
            if (expected[i].data != actual[i].data || expected[i].type != actual[i].type)
                std::abort();
        }
    }
    return 0;
}
