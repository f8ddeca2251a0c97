// SPDX-License-Identifier: GPL-3.0-or-later
// entente-bench --edits: one change of a person's chronology at N events, in the real main window
// on a copy of the benchmark database — from the change to every view showing it (the write in
// its own transaction, the index merged off the GUI thread, the filter run, the views swapped),
// and the parts: the write alone and the index merge alone. Also the longest block of the GUI
// thread over those changes.

#include "benchfigures.h"
#include "editing.h"
#include "index/dataset.h"
#include "mainwindow.h"
#include "store/chronology.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace entente::bench {

namespace {

core::ImportedEvent benchEvent(int i)
{
    core::ImportedEvent e;
    e.title = u"Edited event %1"_s.arg(i);
    e.summary = u"A change made by the benchmark."_s;
    e.date = *core::PartialDate::fromEdtf(u"2015-03-%1"_s.arg(1 + i % 28, 2, 10, QChar(u'0')));
    e.type = {u"040"_s, u"cameo"_s, u"Consult"_s};
    e.countries = {{u"AZE"_s, u"host"_s}, {u"KHM"_s, u"visitor"_s}};
    core::ImportedCitation c;
    c.source.publisher = u"Benchmark"_s;
    c.source.title = u"Notes"_s;
    c.quote = u"A change made by the benchmark."_s;
    e.citations = {c};
    return e;
}

} // namespace

void measureEdits(qint64 n, const QString &path)
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(u"edits.sqlite"_s);
    if (!QFile::copy(path, copy)) {
        QTextStream(stderr) << "entente-bench: cannot copy " << path << Qt::endl;
        return;
    }
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    ui::MainWindow window;
    window.resize(1600, 900);
    window.show();
    QString error;
    if (!window.openDatabase(copy, &error)) {
        QTextStream(stderr) << "entente-bench: " << error << Qt::endl;
        return;
    }
    auto waitFor = [](auto &&done) {
        QElapsedTimer waited;
        waited.start();
        while (!done() && waited.elapsed() < 60000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    };
    waitFor([&] { return window.filterResult() != nullptr; });

    GuiBlockMeter meter;

    ui::Editing *editing = window.editing();
    // When each change was written (changed() is emitted then), and the id it gave.
    QElapsedTimer sinceChange;
    double writtenAfter = 0;
    qint64 lastId = 0;
    QObject::connect(editing, &ui::Editing::changed,
                     [&](const QList<qint64> &, const QList<core::IndexedEvent> &, qint64 id) {
                         writtenAfter = sinceChange.nsecsElapsed() / 1e6;
                         lastId = id;
                     });
    // From a change to the views showing it: the filter result of the index with the change.
    auto toViews = [&](const std::function<void()> &change, std::vector<double> *writes) {
        const auto before = window.filterResult();
        sinceChange.start();
        change();
        waitFor([&] {
            return window.filterResult() != before &&
                   window.filterResult()->index == window.dataset()->sharedIndex() &&
                   window.dataset()->sharedIndex() != before->index;
        });
        if (writes)
            writes->push_back(writtenAfter);
        return sinceChange.nsecsElapsed() / 1e6;
    };
    std::vector<double> add, addWrite, edit, remove, undo;
    meter.start();
    const int runs = n > 100000 ? 7 : 5;
    QList<qint64> ids;
    for (int i = 0; i < runs; ++i) {
        add.push_back(toViews(
            [&] {
                if (!editing->add(benchEvent(i), &error))
                    qFatal("%s", qPrintable(error));
            },
            &addWrite));
        ids.append(lastId);
    }
    for (int i = 0; i < runs; ++i) {
        edit.push_back(toViews(
            [&] {
                if (!editing->replace(ids[i], benchEvent(i + 100), &error))
                    qFatal("%s", qPrintable(error));
            },
            nullptr));
    }
    for (int i = 0; i < runs; ++i) {
        remove.push_back(toViews(
            [&] {
                if (!editing->remove(ids[i], &error))
                    qFatal("%s", qPrintable(error));
            },
            nullptr));
    }
    for (int i = 0; i < runs; ++i)
        undo.push_back(toViews([&] { editing->undoStack()->undo(); }, nullptr));
    const double longest = meter.stop();
    figure("edit_add_to_views", n, median(add), "ms");
    figure("edit_add_written", n, median(addWrite), "ms");
    figure("edit_change_date_to_views", n, median(edit), "ms");
    figure("edit_delete_to_views", n, median(remove), "ms");
    figure("edit_undo_to_views", n, median(undo), "ms");
    figure("edit_longest_gui_block", n, longest, "ms");

    // The merge alone, on this thread: what an edit costs the index.
    const core::Dataset &dataset = *window.dataset();
    const auto &index = dataset.index();
    const core::IndexedEvent moved = core::Chronology::indexed(ids.first(), benchEvent(1));
    figure("edit_index_merge", n,
           medianMs(5,
                    [&](int) {
                        const auto edited = index.edited({ids.first()}, {moved}, index.countries(),
                                                         index.topics(), index.eventTypes());
                    }),
           "ms");
}

} // namespace entente::bench
