// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace entente::app {

/*! A headless command's name and one-line summary, as `entente --help` lists them. */
struct CommandSummary
{
    QString name;
    QString summary;
};

/*! Every headless command, in the order of the command table. */
QList<CommandSummary> commandSummaries();

/*! True when \a name is a headless sub-command (run without a display). */
bool isHeadlessCommand(const QString &name);

/*!
 * True when the headless sub-command \a name draws (charts, fonts) and so needs a QApplication;
 * it runs on the offscreen platform, without a display.
 */
bool needsGuiApplication(const QString &name);

/*! Runs the headless sub-command in \a arguments (argv without the program) and returns its exit
 * code. */
int runHeadlessCommand(const QStringList &arguments);

} // namespace entente::app
