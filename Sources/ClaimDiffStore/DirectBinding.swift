import GRDB
import GRDBSQLite

/// One execution of a prepared statement whose values are bound through SQLite's C API.
///
/// GRDB's `execute(arguments:)` boxes each value into a `DatabaseValue` and checks the
/// arguments against the statement on every call. The writer runs its statements once per
/// claim or version, so it binds their values directly, in order.
///
/// Texts are copied into `texts`, storage the writer reuses from one execution to the next,
/// and bound there without SQLite copying them again: SQLite reads them only while the
/// statement runs, and the bindings are cleared before the storage changes.
///
/// ```swift
/// let texts = BoundTexts()
/// var insert = DirectBinding(try db.cachedStatement(sql: "INSERT INTO t (a, b) VALUES (?, ?)"),
///   texts: texts)
/// insert.bind(1)
/// insert.bind("text")
/// try insert.execute(db)
/// ```
struct DirectBinding: ~Copyable {
  private let statement: Statement
  private let texts: BoundTexts
  private var index: Int32 = 0

  /// Starts an execution of `statement`, with no value bound yet.
  init(_ statement: Statement, texts: BoundTexts) {
    self.statement = statement
    self.texts = texts
    // Two executions at once would copy their texts over each other's.
    assert(!texts.isHeld, "the texts of another execution are still being bound")
    texts.isHeld = true
    texts.clear()
    // No need to clear the values of the last execution: `execute` runs only once every
    // parameter is bound again, and clears them all after.
    sqlite3_reset(statement.sqliteStatement)
  }

  deinit { texts.isHeld = false }

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
    guard let value else {
      sqlite3_bind_null(statement.sqliteStatement, index)
      return
    }
    texts.append(value, parameter: index)
  }

  /// Binds the next parameter to a text given as its UTF-8 bytes, or to NULL.
  mutating func bind(_ value: UnsafeBufferPointer<UInt8>?) {
    index += 1
    guard let value else {
      sqlite3_bind_null(statement.sqliteStatement, index)
      return
    }
    texts.append(value, parameter: index)
  }

  /// Runs the statement once with the values bound, and returns the id of the last row the
  /// connection inserted (GRDB's `lastInsertedRowID`, without its checks).
  ///
  /// - Throws: A `DatabaseError` when a value is missing or SQLite refuses the row.
  @discardableResult
  consuming func execute(_ db: Database) throws -> Int64 {
    let code = try step(db)
    guard code == SQLITE_DONE else {
      throw DatabaseError(
        resultCode: ResultCode(rawValue: code), message: "a statement returned rows",
        sql: statement.sql)
    }
    return sqlite3_last_insert_rowid(db.sqliteConnection)
  }

  /// Runs a query once with the values bound, and reads the integer in the first column of
  /// its first row; `nil` when it has no row or the value is NULL.
  ///
  /// - Throws: A `DatabaseError` when a value is missing or SQLite fails.
  consuming func fetchInt64(_ db: Database) throws -> Int64? {
    // The row is read before `step` resets the statement: its values go with the reset.
    var value: Int64?
    _ = try step(db) { row in
      if sqlite3_column_type(row, 0) != SQLITE_NULL { value = sqlite3_column_int64(row, 0) }
    }
    return value
  }

  /// Binds the texts, runs the statement to its first row or its end, and resets it.
  ///
  /// `row` reads the first row, if any, before the reset. Returns SQLITE_DONE or SQLITE_ROW.
  private func step(_ db: Database, row: (OpaquePointer) -> Void = { _ in }) throws -> Int32 {
    let statement = statement.sqliteStatement
    guard index == sqlite3_bind_parameter_count(statement) else {
      throw DatabaseError(
        resultCode: .SQLITE_MISUSE,
        message: "\(index) values bound, \(sqlite3_bind_parameter_count(statement)) expected",
        sql: self.statement.sql)
    }
    texts.bind(to: statement)
    let code = sqlite3_step(statement)
    if code == SQLITE_ROW { row(statement) }
    let failed = code != SQLITE_DONE && code != SQLITE_ROW
    let message = failed ? String(cString: sqlite3_errmsg(db.sqliteConnection)) : nil
    sqlite3_reset(statement)
    // The texts bound point into storage that the next execution rewrites: every value is
    // unbound at once, cheaper than a call per text.
    sqlite3_clear_bindings(statement)
    if let message {
      throw DatabaseError(
        resultCode: ResultCode(rawValue: code), message: message, sql: self.statement.sql)
    }
    return code
  }
}

/// The texts of one statement execution, copied one after the other into storage of their own
/// that is reused from one execution to the next.
///
/// The texts are bound only once all are copied, so that storage that grows meanwhile leaves no
/// binding behind.
final class BoundTexts {
  private var start: UnsafeMutablePointer<UInt8>
  private var capacity: Int
  private var count = 0
  /// Whether an execution holds the storage, from its start to its end.
  var isHeld = false
  /// Each text's parameter, and where its bytes are: stores of their own, as the texts' are,
  /// not an array's appends, which check the array's uniqueness and capacity for every text.
  private var spans: UnsafeMutablePointer<(parameter: Int32, offset: Int, count: Int)>
  private var spanCapacity = 32
  private var spanCount = 0

  init(capacity: Int = 4096) {
    self.capacity = max(16, capacity)
    start = .allocate(capacity: self.capacity)
    spans = .allocate(capacity: spanCapacity)
  }

  deinit {
    start.deallocate()
    spans.deallocate()
  }

  /// Forgets the texts of the last execution.
  func clear() {
    count = 0
    spanCount = 0
  }

  /// Copies `text` to be bound to `parameter`.
  func append(_ text: String, parameter: Int32) {
    // A native string lends its bytes as they are; only another kind is made native first.
    if text.utf8.withContiguousStorageIfAvailable({ append($0, parameter: parameter) }) == nil {
      var text = text
      text.withUTF8 { append($0, parameter: parameter) }
    }
  }

  /// Copies the UTF-8 bytes of a text to be bound to `parameter`.
  func append(_ bytes: UnsafeBufferPointer<UInt8>, parameter: Int32) {
    if count + bytes.count > capacity {
      let larger = max(2 * capacity, count + bytes.count)
      let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
      moved.initialize(from: start, count: count)
      start.deallocate()
      (start, capacity) = (moved, larger)
    }
    if let base = bytes.baseAddress, !bytes.isEmpty {
      (start + count).initialize(from: base, count: bytes.count)
    }
    if spanCount == spanCapacity {
      let moved = UnsafeMutablePointer<(parameter: Int32, offset: Int, count: Int)>.allocate(
        capacity: 2 * spanCapacity)
      moved.moveInitialize(from: spans, count: spanCount)
      spans.deallocate()
      (spans, spanCapacity) = (moved, 2 * spanCapacity)
    }
    (spans + spanCount).initialize(to: (parameter, count, bytes.count))
    spanCount += 1
    count += bytes.count
  }

  /// Binds the texts to `statement`'s parameters, where they are: SQLite does not copy them,
  /// so they must not change until the statement's bindings are cleared.
  func bind(to statement: OpaquePointer) {
    for span in UnsafeBufferPointer(start: spans, count: spanCount) {
      // A text's address is never null, even an empty one's (SQLite would read NULL): the
      // storage is never empty. No destructor: SQLite takes the bytes as they are.
      sqlite3_bind_text(
        statement, span.parameter, UnsafePointer(OpaquePointer(start + span.offset)),
        Int32(span.count), nil)
    }
  }
}
