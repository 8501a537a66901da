import GRDB
import GRDBSQLite

/// One execution of a prepared statement whose values are bound through SQLite's C API.
///
/// GRDB's `execute(arguments:)` boxes each value into a `DatabaseValue` and checks the
/// arguments against the statement on every call. The claim insert runs once per claim with
/// twenty values, so the writer binds them directly: in order, each copied by SQLite.
///
/// ```swift
/// var insert = DirectBinding(try db.cachedStatement(sql: "INSERT INTO t (a, b) VALUES (?, ?)"))
/// insert.bind(1)
/// insert.bind("text")
/// try insert.execute(db)
/// ```
struct DirectBinding: ~Copyable {
  private let statement: Statement
  private var index: Int32 = 0

  /// Starts an execution of `statement`, with no value bound yet.
  init(_ statement: Statement) {
    self.statement = statement
    // No need to clear the values of the last execution: `execute` runs only once every
    // parameter is bound again.
    sqlite3_reset(statement.sqliteStatement)
  }

  /// Binds the next parameter to an integer, or to NULL.
  mutating func bind(_ value: Int64?) {
    index += 1
    if let value {
      sqlite3_bind_int64(statement.sqliteStatement, index, value)
    } else {
      sqlite3_bind_null(statement.sqliteStatement, index)
    }
  }

  /// Binds the next parameter to an integer, or to NULL.
  mutating func bind(_ value: Int?) { bind(value.map(Int64.init)) }

  /// Binds the next parameter to a text, or to NULL.
  mutating func bind(_ value: String?) {
    index += 1
    guard var text = value else {
      sqlite3_bind_null(statement.sqliteStatement, index)
      return
    }
    let statement = statement.sqliteStatement
    let index = index
    text.withUTF8 { bytes in
      guard let start = bytes.baseAddress, !bytes.isEmpty else {
        // An empty buffer may have no address, which SQLite would read as NULL.
        sqlite3_bind_text(statement, index, "", 0, transient)
        return
      }
      start.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
        _ = sqlite3_bind_text(statement, index, $0, Int32(bytes.count), transient)
      }
    }
  }

  /// Runs the statement once with the values bound.
  ///
  /// - Throws: A `DatabaseError` when a value is missing or SQLite refuses the row.
  consuming func execute(_ db: Database) throws {
    let statement = statement.sqliteStatement
    guard index == sqlite3_bind_parameter_count(statement) else {
      throw DatabaseError(
        resultCode: .SQLITE_MISUSE,
        message: "\(index) values bound, \(sqlite3_bind_parameter_count(statement)) expected",
        sql: self.statement.sql)
    }
    let code = sqlite3_step(statement)
    guard code == SQLITE_DONE else {
      let message = String(cString: sqlite3_errmsg(db.sqliteConnection))
      sqlite3_reset(statement)
      throw DatabaseError(
        resultCode: ResultCode(rawValue: code), message: message, sql: self.statement.sql)
    }
    sqlite3_reset(statement)
  }
}

/// SQLite copies the value before the call returns.
private let transient = unsafeBitCast(
  OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
