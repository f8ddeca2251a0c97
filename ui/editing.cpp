// SPDX-License-Identifier: GPL-3.0-or-later
#include "editing.h"

#include "eventeditor.h"
#include "index/dataset.h"
#include "store/chronology.h"
#include "store/databasewriter.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUndoCommand>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace entente::ui {

namespace {

/*!
 * One change of one event, as the undo stack keeps it: the event before (absent for an added
 * event) and after (absent for a deleted one). The first redo() is the change the user just made,
 * already written.
 */
class ChangeCommand final : public QUndoCommand
{
public:
    ChangeCommand(Editing *editing, const QString &text, qint64 id,
                  std::optional<core::ImportedEvent> before,
                  std::optional<core::ImportedEvent> after)
        : QUndoCommand(text), m_editing(editing), m_id(id), m_before(std::move(before)),
          m_after(std::move(after))
    {}

    void redo() override
    {
        if (m_written) {
            m_written = false; // pushed after it was written: nothing to do the first time
            return;
        }
        QString error;
        if (!m_editing->write(&m_id, m_before, m_after, &error))
            m_editing->undoFailed(error);
    }
    void undo() override
    {
        QString error;
        if (!m_editing->write(&m_id, m_after, m_before, &error))
            m_editing->undoFailed(error);
    }

private:
    Editing *m_editing;
    qint64 m_id;
    std::optional<core::ImportedEvent> m_before, m_after;
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
{}

Editing::~Editing() = default;

void Editing::setDataset(core::Dataset *dataset)
{
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
    return m_chronology && m_stack->count() > 0 ? std::optional(m_chronology->changeCounter())
                                                : std::nullopt;
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
    auto e = stored(id);
    if (!e)
        return;
    if (!runEditor(&*e, tr("Edit Event")))
        return;
    if (QString error; !replace(id, *e, &error))
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

bool Editing::add(const core::ImportedEvent &e, QString *error, qint64 *newId)
{
    qint64 id = 0;
    if (!m_chronology) {
        *error = core::Chronology::editable(m_dataset ? m_dataset->path() : QString()).message;
        return false;
    }
    if (!write(&id, std::nullopt, e, error))
        return false;
    if (newId)
        *newId = id;
    m_stack->push(new ChangeCommand(this, tr("Add %1").arg(quoted(e.title)), id, std::nullopt, e));
    return true;
}

bool Editing::replace(qint64 id, const core::ImportedEvent &e, QString *error)
{
    const auto before = stored(id);
    if (!m_chronology || !before) {
        *error = m_chronology || !m_dataset ? tr("The event is no longer in the database.")
                                            : core::Chronology::editable(m_dataset->path()).message;
        return false;
    }
    if (!write(&id, before, e, error))
        return false;
    m_stack->push(new ChangeCommand(this, tr("Edit %1").arg(quoted(e.title)), id, before, e));
    return true;
}

bool Editing::remove(qint64 id, QString *error)
{
    const auto before = stored(id);
    if (!m_chronology || !before) {
        *error = m_chronology || !m_dataset ? tr("The event is no longer in the database.")
                                            : core::Chronology::editable(m_dataset->path()).message;
        return false;
    }
    if (!write(&id, before, std::nullopt, error))
        return false;
    m_stack->push(
        new ChangeCommand(this, tr("Delete %1").arg(quoted(before->title)), id, before, {}));
    return true;
}

bool Editing::write(qint64 *id, const std::optional<core::ImportedEvent> &from,
                    const std::optional<core::ImportedEvent> &to, QString *error)
{
    if (!m_chronology) {
        *error = tr("No database is open for editing.");
        return false;
    }
    bool ok = false;
    if (!from && to) {
        if (*id > 0) {
            ok = m_chronology->restore(*id, *to, error);
        } else if (const auto added = m_chronology->add(*to, error)) {
            *id = *added;
            ok = true;
        }
    } else if (from && to) {
        ok = m_chronology->replace(*id, *to, error);
    } else if (from) {
        ok = m_chronology->remove(*id, error);
    }
    if (!ok)
        return false;
    QList<qint64> removed;
    QList<core::IndexedEvent> added;
    if (from)
        removed.append(*id);
    if (to)
        added.append(core::Chronology::indexed(*id, *to));
    Q_EMIT changed(removed, added, to ? *id : -1);
    return true;
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
    const QString suggested =
        QDir(dir).filePath(tr("My copy of %1.sqlite").arg(QFileInfo(m_dataset->path()).baseName()));
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
        return core::copyDatabase(from, target, &error) ? QString() : error;
    }));
}

} // namespace entente::ui
