// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers for the widget tests (tests/ui): what only a test with a QApplication can use.
#pragma once

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QApplication>
#include <QDialog>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <functional>

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

/*!
 * Runs \a act on the next modal dialog of type T once it is shown (the code under test is inside
 * its exec()).
 */
template<typename T> void whenShown(const std::function<void(T *)> &act)
{
    QTimer::singleShot(0, qApp, [act] {
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<T *>(QApplication::activeModalWidget()), 5000);
        act(qobject_cast<T *>(QApplication::activeModalWidget()));
    });
}

/*! With ENTENTE_SHOTS=DIR, saves \a w as the user sees it now, as DIR/NAME.png, for a person to
    look at. */
inline void shoot(QWidget *w, const char *name)
{
    if (!qEnvironmentVariableIsSet("ENTENTE_SHOTS"))
        return;
    QCoreApplication::processEvents(); // the layout follows what was shown or hidden
    w->grab().save(qEnvironmentVariable("ENTENTE_SHOTS") + u'/' + QLatin1String(name) +
                   QStringLiteral(".png"));
}

/*! The texts of \a column of \a model, row by row (what a table shows). */
inline QStringList columnTexts(const QAbstractItemModel *model, int column)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row)
        texts.append(model->index(row, column).data().toString());
    return texts;
}

/*! The button of \a parent whose text, without its & marks, is \a text; null when none. */
inline QAbstractButton *buttonNamed(QWidget *parent, const QString &text)
{
    for (QAbstractButton *b : parent->findChildren<QAbstractButton *>())
        if (b->text().remove(u'&') == text)
            return b;
    return nullptr;
}

} // namespace entente::test
