// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The exit codes of the entente command line; README.md documents them.
namespace entente::app {
enum ExitCode {
    ExitOk = 0,          //!< done
    ExitFailure = 1,     //!< an unexpected internal error
    ExitBadInput = 2,    //!< bad arguments, or an input file or database that cannot be used
    ExitCannotWrite = 3, //!< the output could not be written
};
} // namespace entente::app
