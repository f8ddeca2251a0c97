// SPDX-License-Identifier: GPL-3.0-or-later
#include "editing.h"

#include "eventeditor.h"
#include "index/dataset.h"
#include "store/chronology.h"
#include "store/databasewriter.h"
#include "store/servercopy.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUndoCommand>
#include <QUndoStack>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace entente::ui {

namespace {

/*!
 * One change, as the undo stack keeps it: each event's move from what it was (absent for an
 * added event) to what it became (absent for a deleted one); a report's accepted events are one
 * change of several. The first redo() is the change the user just made, already written.
 */
class ChangeCommand final : public QUndoCommand
{
public:
    ChangeCommand(Editing *editing, const QString &text, QList<core::Chronology::Move> moves)
        : QUndoCommand(text), m_editing(editing), m_moves(std::move(moves))
    {}

    void redo() override
    {
        if (m_written) {
            m_written = false; // pushed once it was written: nothing to do the first time
            return;
        }
        m_editing->writeMoves(m_moves, {});
    }
    void undo() override
    {
        QList<core::Chronology::Move> back;
        for (auto it = m_moves.crbegin(); it != m_moves.crend(); ++it)
            back.append({it->id, it->to, it->from});
        m_editing->writeMoves(back, {});
    }

private:
    Editing *m_editing;
    QList<core::Chronology::Move> m_moves;
    bool m_written = true;
};

QString quoted(const QString &title)
{
    return Editing::tr("“%1”").arg(title.size() > 60 ? title.left(59) + u'…' : title);
}

} // namespace

Editing::Editing(QWidget *window, std::function<qint64()> selected)
    : QObject(window), m_window(window), m_selected(std::move(selected)),
      m_stack(new QUndoStack(this))
{
    m_writing.setMaxThreadCount(1);
    m_writing.setObjectName(u"entente-edit"_s);
}

Editing::~Editing()
{
    m_writing.waitForDone();
}

void Editing::setDataset(core::Dataset *dataset)
{
    m_writing.waitForDone(); // a change being written finishes on the file it was meant for
    ++m_generation;
    m_inFlight = 0;
    m_ownChangeCounter.reset();
    m_dataset = dataset;
    m_stack->clear();
    m_chronology.reset();
    if (dataset && core::Chronology::editable(dataset->path()).ok())
        m_chronology =
            std::make_unique<core::Chronology>(dataset->path(), dataset->store().changeCounter());
    updateActions();
}

std::optional<quint32> Editing::ownChangeCounter() const
{
    return m_ownChangeCounter;
}

bool Editing::isEditable() const
{
    return m_chronology != nullptr;
}

void Editing::addActions(QMenu *menu)
{
    QAction *undo = m_stack->createUndoAction(menu, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_stack->createRedoAction(menu, tr("&Redo"));
    redo->setShortcut(QKeySequence(u"Ctrl+Shift+Z"_s, QKeySequence::PortableText));
    menu->addAction(undo);
    menu->addAction(redo);
    menu->addSeparator();
    m_new = menu->addAction(tr("&New Event…"), this, &Editing::newEvent);
    m_new->setShortcuts({QKeySequence(u"Ctrl+Shift+N"_s, QKeySequence::PortableText),
                         QKeySequence(u"Ins"_s, QKeySequence::PortableText)});
    m_edit = menu->addAction(tr("&Edit Event…"), this, [this] { editEvent(selectedEventId()); });
    m_edit->setShortcut(QKeySequence(u"F2"_s, QKeySequence::PortableText));
    m_duplicate = menu->addAction(tr("Du&plicate Event…"), this,
                                  [this] { duplicateEvent(selectedEventId()); });
    m_duplicate->setShortcut(QKeySequence(u"Ctrl+D"_s, QKeySequence::PortableText));
    m_delete =
        menu->addAction(tr("&Delete Event…"), this, [this] { deleteEvent(selectedEventId()); });
    m_delete->setShortcut(QKeySequence::Delete);
    menu->addSeparator();
    updateActions();
}

void Editing::updateActions()
{
    // Offered on the bundled dataset too: there they lead to "Save a copy as my database".
    for (QAction *a : {m_new, m_edit, m_delete, m_duplicate})
        if (a)
            a->setEnabled(m_dataset != nullptr);
}

qint64 Editing::selectedEventId() const
{
    return m_selected ? m_selected() : -1;
}

std::optional<core::ImportedEvent> Editing::stored(qint64 id) const
{
    if (!m_dataset || id <= 0)
        return std::nullopt;
    const auto event = m_dataset->store().event(id);
    return event ? std::optional(core::toImported(*event)) : std::nullopt;
}

bool Editing::offerCopy()
{
    if (!m_dataset)
        return false;
    if (const core::FileCheck check = core::Chronology::editable(m_dataset->path()); !check.ok()) {
        QMessageBox box(QMessageBox::Information, tr("This Database Is Not Editable"),
                        check.message, QMessageBox::Cancel, m_window);
        QPushButton *copy =
            box.addButton(tr("&Save a Copy as My Database…"), QMessageBox::AcceptRole);
        box.setDefaultButton(copy);
        box.exec();
        if (box.clickedButton() == static_cast<QAbstractButton *>(copy))
            saveCopy();
        return false;
    }
    if (!m_chronology)
        setDataset(m_dataset);
    return true;
}

bool Editing::runEditor(core::ImportedEvent *e, const QString &title)
{
    EventEditor editor({m_dataset->index().countries(), m_dataset->store().topics(),
                        m_dataset->store().eventTypes()},
                       m_window);
    editor.setWindowTitle(title);
    editor.setEvent(*e);
    if (editor.exec() != QDialog::Accepted)
        return false;
    *e = editor.event();
    return true;
}

void Editing::newEvent()
{
    if (!offerCopy())
        return;
    core::ImportedEvent e;
    if (!runEditor(&e, tr("New Event")))
        return;
    if (QString error; !add(e, &error))
        Q_EMIT failed(error);
}

void Editing::editEvent(qint64 id)
{
    if (id <= 0 || !offerCopy())
        return;
    const auto opened = stored(id); // what someone else may change while the editor is open
    auto e = opened;
    if (!e)
        return;
    if (!runEditor(&*e, tr("Edit Event")))
        return;
    if (QString error; !replace(id, *e, &error, opened))
        Q_EMIT failed(error);
}

void Editing::duplicateEvent(qint64 id)
{
    if (id <= 0 || !offerCopy())
        return;
    auto e = stored(id);
    if (!e)
        return;
    if (!runEditor(&*e, tr("Duplicate Event")))
        return;
    if (QString error; !add(*e, &error))
        Q_EMIT failed(error);
}

void Editing::deleteEvent(qint64 id)
{
    if (id <= 0 || !offerCopy())
        return;
    const auto e = stored(id);
    if (!e)
        return;
    const auto answer = QMessageBox::question(
        m_window, tr("Delete Event"),
        tr("Delete the event %1 with its sources' quotes? Undo (Ctrl+Z) brings it back.")
            .arg(quoted(e->title)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (QString error; !remove(id, &error))
        Q_EMIT failed(error);
}

bool Editing::refuse(QString *error) const
{
    if (m_chronology)
        return false;
    *error = core::Chronology::editable(m_dataset ? m_dataset->path() : QString()).message;
    if (error->isEmpty())
        *error = tr("No database is open for editing.");
    return true;
}

bool Editing::add(const core::ImportedEvent &e, QString *error)
{
    if (refuse(error))
        return false;
    write({0, std::nullopt, e, tr("Add %1").arg(quoted(e.title))});
    return true;
}

bool Editing::replace(qint64 id, const core::ImportedEvent &e, QString *error,
                      const std::optional<core::ImportedEvent> &opened)
{
    if (refuse(error))
        return false;
    const auto before = opened ? opened : stored(id);
    if (!before) {
        *error = tr("The event is no longer in the database.");
        return false;
    }
    write({id, before, e, tr("Edit %1").arg(quoted(e.title))});
    return true;
}

bool Editing::remove(qint64 id, QString *error)
{
    if (refuse(error))
        return false;
    const auto before = stored(id);
    if (!before) {
        *error = tr("The event is no longer in the database.");
        return false;
    }
    write({id, before, std::nullopt, tr("Delete %1").arg(quoted(before->title))});
    return true;
}

namespace {

struct Written
{
    bool ok = false;
    QList<core::Chronology::Move> moves; //!< with the ids of added events
    QString error;
    quint32 changeCounter = 0;
};

// One change, on the writing thread: each event moves from what it was to what it becomes.
Written writeChange(core::Chronology &chronology, const QList<core::Chronology::Move> &moves)
{
    Written w;
    w.moves = moves;
    // One event on a file: its own, clearer sentences (no such event…). On a server every change
    // goes through apply(), which checks each event is still as the person saw it.
    if (moves.size() == 1 && !chronology.isServer()) {
        core::Chronology::Move &m = w.moves.first();
        if (!m.from && m.to) {
            if (m.id > 0) {
                w.ok = chronology.restore(m.id, *m.to, &w.error);
            } else if (const auto added = chronology.add(*m.to, &w.error)) {
                m.id = *added;
                w.ok = true;
            }
        } else if (m.from && m.to) {
            w.ok = chronology.replace(m.id, *m.to, &w.error);
        } else if (m.from) {
            w.ok = chronology.remove(m.id, &w.error);
        }
    } else {
        w.ok = chronology.apply(w.moves, &w.error);
    }
    w.changeCounter = chronology.changeCounter();
    return w;
}

} // namespace

void Editing::write(const Change &change)
{
    writeMoves({{change.id, change.from, change.to}}, change.undoText);
}

bool Editing::addAll(const QList<core::ImportedEvent> &events, const QString &undoText,
                     QString *error)
{
    if (refuse(error))
        return false;
    QList<core::Chronology::Move> moves;
    for (const core::ImportedEvent &e : events)
        moves.append({0, std::nullopt, e});
    writeMoves(moves, undoText);
    return true;
}

void Editing::writeMoves(const QList<core::Chronology::Move> &moves, const QString &undoText)
{
    if (!m_chronology) {
        Q_EMIT failed(tr("No database is open for editing."));
        return;
    }
    // On a thread of its own, one change after another: the commit waits for the disk (fsync),
    // which the window must not.
    const quint64 generation = m_generation;
    ++m_inFlight;
    auto *watcher = new QFutureWatcher<Written>(this);
    connect(watcher, &QFutureWatcher<Written>::finished, this,
            [this, watcher, undoText, generation] {
                watcher->deleteLater();
                const Written w = watcher->result();
                if (generation != m_generation)
                    return; // another database was opened meanwhile
                --m_inFlight;
                m_ownChangeCounter = w.changeCounter;
                // Last, whatever else happens: the file is as Entente knows it again.
                const auto finished = qScopeGuard([this] { Q_EMIT writeFinished(); });
                m_changedSinceCache = m_changedSinceCache || w.ok;
                if (!w.ok) {
                    if (undoText.isEmpty())
                        undoFailed(w.error);
                    else
                        Q_EMIT failed(w.error);
                    return;
                }
                if (!undoText.isEmpty())
                    m_stack->push(new ChangeCommand(this, undoText, w.moves));
                QList<qint64> removed;
                QList<core::IndexedEvent> added;
                qint64 select = -1;
                for (const core::Chronology::Move &m : w.moves) {
                    if (m.from)
                        removed.append(m.id);
                    if (m.to) {
                        added.append(core::Chronology::indexed(m.id, *m.to));
                        select = select < 0 ? m.id : select;
                    }
                }
                Q_EMIT changed(removed, added, select);
            });
    watcher->setFuture(QtConcurrent::run(&m_writing, [chronology = m_chronology.get(), moves] {
        return writeChange(*chronology, moves);
    }));
}

void Editing::storeIndexCache(std::shared_ptr<const core::EventIndex> index)
{
    if (!m_chronology || !m_changedSinceCache || !index)
        return;
    m_changedSinceCache = false;
    // Not a change the user made: a failure only costs the next open some time.
    m_writing.start([chronology = m_chronology.get(), index = std::move(index)] {
        QString error;
        chronology->storeIndexCache(*index, &error);
    });
}

void Editing::undoFailed(const QString &error)
{
    Q_EMIT failed(error + u' ' +
                  tr("The undo history was cleared: it no longer matches the database."));
    // Not from inside the stack's own undo() or redo().
    QMetaObject::invokeMethod(m_stack, &QUndoStack::clear, Qt::QueuedConnection);
}

void Editing::saveCopy()
{
    if (!m_dataset)
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    const QString name = core::isServerAddress(m_dataset->path())
                             ? QUrl(m_dataset->path()).path().mid(1)
                             : QFileInfo(m_dataset->path()).baseName();
    const QString suggested = QDir(dir).filePath(tr("My copy of %1.sqlite").arg(name));
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Save a Copy as My Database"), suggested, tr("Entente databases (*.sqlite)"));
    if (!path.isEmpty())
        saveCopyTo(path);
}

void Editing::saveCopyTo(const QString &path)
{
    if (!m_dataset)
        return;
    const core::OutputTarget target{path, core::OutputKind::Database, {m_dataset->path()}};
    if (const core::FileCheck check = core::checkOutputFile(target); !check.ok()) {
        Q_EMIT failed(check.message);
        return;
    }
    // Off the GUI thread: a database of millions of events takes a while to copy and check.
    if (auto *window = qobject_cast<QMainWindow *>(m_window))
        window->statusBar()->showMessage(
            tr("Saving a copy as %1…").arg(QFileInfo(path).fileName()));
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        if (auto *window = qobject_cast<QMainWindow *>(m_window))
            window->statusBar()->clearMessage();
        if (const QString error = watcher->result(); !error.isEmpty())
            Q_EMIT failed(error);
        else
            Q_EMIT copySaved(path);
    });
    watcher->setFuture(QtConcurrent::run([from = m_dataset->path(), target] {
        QString error;
        // A server's database comes down as every database file is written.
        const bool copied = core::isServerAddress(from) ? core::copyBetween(from, target, &error)
                                                        : core::copyDatabase(from, target, &error);
        return copied ? QString() : error;
    }));
}

} // namespace entente::ui
