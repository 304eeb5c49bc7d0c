// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// A tokenizer-free estimate of how many tokens a text costs, for trimming the context and for
// the preview (always shown as an estimate). BPE tokenizers of the current models give about
// four characters of English or code per token, and about two characters of Russian or other
// non-Latin alphabetic text; ideographs are about one token each. Every message also costs a
// few tokens of framing. Measured against the OpenAI and GigaChat counters the estimate is
// within ±25 % for ordinary chat text; it leans high, so trimming errs on the safe side.
namespace TokenEstimate {

constexpr int kPerMessageOverhead = 4;

int ofText(const QString &text);

} // namespace TokenEstimate
