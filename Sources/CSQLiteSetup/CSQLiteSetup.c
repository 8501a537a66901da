#include "CSQLiteSetup.h"

#include <sqlite3.h>

int claimdiff_sqlite_setup(void) {
  int threading = sqlite3_config(SQLITE_CONFIG_MULTITHREAD);
  int statistics = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
  return threading != SQLITE_OK ? threading : statistics;
}
