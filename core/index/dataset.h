// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/eventindex.h"
#include "store/eventstore.h"

#include <QString>

#include <memory>

namespace entente::core {

/*!
 * An open database and its in-memory index: what every view of the app reads from. The store
 * answers for text and details, the index for everything that scales with the number of events.
 */
class Dataset final
{
public:
    /*!
     * Opens \a path read-only and loads its index. On failure returns null and sets \a error to
     * one sentence for the user (and \a code, when given, to the reason).
     */
    static std::unique_ptr<Dataset> open(const QString &path, QString *error,
                                         StoreError *code = nullptr,
                                         const std::function<bool()> &cancelled = {});

    /*!
     * Opens \a path for reading details, with an index already loaded (by DatasetLoader on
     * another thread). On failure returns null and sets \a error.
     */
    static std::unique_ptr<Dataset>
    openWithIndex(const QString &path, std::shared_ptr<const EventIndex> index, QString *error);

    EventStore &store() { return m_store; }
    const EventIndex &index() const { return *m_index; }
    /*! The index, shared with work running on other threads so that it outlives them. */
    std::shared_ptr<const EventIndex> sharedIndex() const { return m_index; }
    /*!
     * Puts \a index in place of the current one, after a change written to the database (the
     * views then show the filter result made from it). The store forgets what it kept of the
     * tables.
     */
    void setIndex(std::shared_ptr<const EventIndex> index);
    QString path() const { return m_store.path(); }
    QString title() const { return m_title; }
    bool isSynthetic() const { return m_synthetic; }
    /*! Whether a person checked its events against their sources (EventStore::isChecked()). */
    bool isChecked() const { return m_checked; }
    /*! What an event no one has checked says, wherever it is shown. */
    static QString notCheckedText();
    /*! What an event that quotes no source says, wherever it is shown. */
    static QString unsourcedText();
    /*! What an event proposed from a report and not yet reviewed says, wherever it is shown. */
    static QString notReviewedText();

private:
    Dataset() = default;
    EventStore m_store;
    std::shared_ptr<const EventIndex> m_index = std::make_shared<EventIndex>();
    QString m_title;
    bool m_synthetic = false;
    bool m_checked = false;
};

} // namespace entente::core

namespace entente::core {
/*!
 * Where the bundled Azerbaijan–Cambodia database is. Looked for, in this order:
 * - beside the executable at the install layout's relative place (<bindir>/<path from bindir to
 *   datadir>/entente, worked out at configure time, so any prefix and any customised
 *   CMAKE_INSTALL_BINDIR/DATADIR work, and a moved install keeps working);
 * - at <dir of the executable>/../share/entente, where the build tree keeps it;
 * - in the XDG data folders (QStandardPaths::GenericDataLocation, i.e. XDG_DATA_DIRS), for a
 *   binary copied or linked away from its data.
 * When none has it, the first candidate is returned, so that an error names where it should be.
 */
QString bundledDatabasePath();
} // namespace entente::core
