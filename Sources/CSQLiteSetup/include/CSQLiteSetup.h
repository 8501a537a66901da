#ifndef CSQLITESETUP_H
#define CSQLITESETUP_H

/// Puts the SQLite library in multi-thread mode (connections take no mutex of their own) and
/// turns off its memory statistics (each allocation and free then takes no global mutex).
///
/// `sqlite3_config` is variadic, which Swift cannot call. The calls succeed only before
/// SQLite is initialized, that is before the process opens its first connection.
///
/// Returns SQLite's result code: `SQLITE_OK`, or the first failure (`SQLITE_MISUSE` when it is
/// too late).
int claimdiff_sqlite_setup(void);

#endif
