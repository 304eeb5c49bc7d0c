// SPDX-FileCopyrightText: 2026 Multimodel Chat contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

// The model picker above the chat. Its width is a fixed number of characters instead of the
// width of its longest item: OpenRouter alone lists hundreds of models, and a combo box that
// adjusts to its contents measures the text of every item whenever its size is asked (32 M
// instructions while the window is first shown, with 376 entries) and asks to be as wide as
// the longest name. A name that does not fit is elided at the end, keeping the provider and
// the start of the model's name; the tooltip and the popup show it whole.
class ModelSelector : public QComboBox
{
    Q_OBJECT
public:
    explicit ModelSelector(QWidget *parent = nullptr);

    // The current item's text as painted: elided to the width there is.
    QString displayedText() const;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    // option.currentText elided to the room the style gives it.
    QString elided(const QStyleOptionComboBox &option) const;
};
