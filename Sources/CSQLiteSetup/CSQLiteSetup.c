#include "CSQLiteSetup.h"

#include <sqlite3.h>

int claimdiff_sqlite_multithread(void) {
  return sqlite3_config(SQLITE_CONFIG_MULTITHREAD);
}
