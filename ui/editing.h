// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/event.h"
#include "index/eventindex.h"
#include "store/chronology.h"

#include <QObject>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QMenu;
class QUndoStack;
class QWidget;

namespace entente::core {
class Dataset;
} // namespace entente::core

namespace entente::ui {

/*!
 * Editing the open database: New, Edit, Delete and Duplicate Event, Undo and Redo, and Save a
 * Copy as My Database. Every change is written by core::Chronology (one transaction each) and is a
 * command on a QUndoStack, so a session's changes can be undone and redone, deletes included.
 * After each write changed() names what changed, and the window brings its views up to date from
 * it without reloading the database.
 *
 * The bundled dataset is never edited: trying offers to save a copy of it as the user's own
 * database, which is then opened, editable.
 */
class Editing final : public QObject
{
    Q_OBJECT

public:
    /*! \a window is the parent of the dialogs; \a selected gives the selected event's id (or -1).
     */
    Editing(QWidget *window, std::function<qint64()> selected);
    ~Editing() override;

    /*! The database the window shows now (null for none); the undo history starts anew. */
    void setDataset(core::Dataset *dataset);
    /*! The file as this process last wrote it: a change of the file to that counter is its own. */
    std::optional<quint32> ownChangeCounter() const;
    /*! Whether the open database may be edited (the bundled dataset may not). */
    bool isEditable() const;
    /*! Whether a change is being written now (the file may be between two states). */
    bool isWriting() const { return m_inFlight > 0; }

    QUndoStack *undoStack() const { return m_stack; }
    /*! Adds the Edit menu's editing actions to \a menu. */
    void addActions(QMenu *menu);

    /*!
     * Whether the open database may be edited now; when it may not (the bundled dataset), says
     * why and offers to save a copy as the user's own database, then returns false.
     */
    bool offerCopy();
    /*! Opens the editor for a new event. */
    void newEvent();
    /*! Opens the editor for the event \a id. */
    void editEvent(qint64 id);
    /*! Asks, naming the event, then deletes the event \a id. */
    void deleteEvent(qint64 id);
    /*! Opens the editor on a copy of the event \a id, to save as a new event. */
    void duplicateEvent(qint64 id);
    /*! Copies the open database to a file the user chooses, and opens that. */
    void saveCopy();
    /*! Copies the open database to \a path in the background; copySaved() or failed() follows. */
    void saveCopyTo(const QString &path);

    /*!
     * The changes themselves, as the editor's Save and the Delete confirmation make them: each is
     * written on a thread of its own (the commit waits for the disk) and then pushed on the undo
     * stack, and changed() or failed() tells how it went. False, with one sentence in \a error,
     * when it cannot even start (not an editable database, no such event).
     */
    bool add(const core::ImportedEvent &e, QString *error);
    /*! \a opened, when given, is the event as the person saw it when they began: on a server,
        the change is refused when someone else changed the event since. */
    bool replace(qint64 id, const core::ImportedEvent &e, QString *error,
                 const std::optional<core::ImportedEvent> &opened = {});
    bool remove(qint64 id, QString *error);

    /*! A move of the event \a id from \a from to \a to (nullopt: absent). */
    struct Change
    {
        qint64 id = 0; //!< 0 for an event not written yet
        std::optional<core::ImportedEvent> from, to;
        QString undoText; //!< what the undo stack calls it; empty for an undo or redo itself
    };
    /*! Writes \a change in the background; pushes it on the undo stack when it has undoText. */
    void write(const Change &change);
    /*! Writes \a moves in one transaction in the background, pushed as one \a undoText. */
    void writeMoves(const QList<core::Chronology::Move> &moves, const QString &undoText);
    /*!
     * Adds \a events in one transaction, one step of the undo history named \a undoText (a
     * report's accepted events). False, with one sentence in \a error, when it cannot start.
     */
    bool addAll(const QList<core::ImportedEvent> &events, const QString &undoText, QString *error);
    /*!
     * After changes, stores \a index (the index of the database as changed) as its index cache,
     * in the background; the next setDataset() or the destructor waits for it. A change makes the
     * file's old cache stale, and without one a large database opens slowly.
     */
    void storeIndexCache(std::shared_ptr<const core::EventIndex> index);
    /*! Tells the user that an undo or redo failed, and clears the history it no longer fits. */
    void undoFailed(const QString &error);

Q_SIGNALS:
    /*! Rows were written: \a removed ids are gone or replaced, \a added are new or new versions. */
    void changed(const QList<qint64> &removed, const QList<entente::core::IndexedEvent> &added,
                 qint64 selectId);
    /*! A write ended, well or not: ownChangeCounter() is up to date again. */
    void writeFinished();
    /*! A copy was saved at \a path and should be opened. */
    void copySaved(const QString &path);
    /*! One sentence about a change that was not made. */
    void failed(const QString &message);

private:
    qint64 selectedEventId() const;
    std::optional<core::ImportedEvent> stored(qint64 id) const;
    bool refuse(QString *error) const;
    bool runEditor(core::ImportedEvent *e, const QString &title);
    void updateActions();

    QWidget *m_window;
    std::function<qint64()> m_selected;
    core::Dataset *m_dataset = nullptr;
    std::unique_ptr<core::Chronology> m_chronology;
    QUndoStack *m_stack;
    QThreadPool m_writing;
    quint64 m_generation = 0;
    std::optional<quint32> m_ownChangeCounter;
    bool m_changedSinceCache = false;
    int m_inFlight = 0;
    QAction *m_new = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_duplicate = nullptr;
};

} // namespace entente::ui
