// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers for the widget tests (tests/ui): what only a test with a QApplication can use.
#pragma once

#include <QApplication>
#include <QDialog>
#include <QPushButton>
#include <QTest>
#include <QTimer>

namespace entente::test {

/*!
 * Presses Enter in \a dialog with the focus on its button whose text contains \a buttonText, as
 * a keyboard user does. Were Enter to press that button and open a window of its own (a file
 * chooser), that window is closed again at once, so the test goes on and can tell. False when
 * there is no such button.
 */
inline bool pressEnterWithFocusOn(QDialog *dialog, const QString &buttonText)
{
    QPushButton *button = nullptr;
    for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
        if (b->text().contains(buttonText))
            button = b;
    }
    if (!button)
        return false;
    auto *guard = new QTimer(dialog);
    QObject::connect(guard, &QTimer::timeout, dialog, [dialog] {
        if (QWidget *modal = QApplication::activeModalWidget(); modal && modal != dialog)
            modal->close();
    });
    guard->start(200);
    button->setFocus();
    QTest::keyClick(button, Qt::Key_Return);
    return true;
}

} // namespace entente::test
