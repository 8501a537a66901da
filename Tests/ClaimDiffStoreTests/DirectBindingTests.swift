import GRDB
import Testing

@testable import ClaimDiffStore

@Suite("Direct binding")
struct DirectBindingTests {
  @Test("values bound through the C API read back as GRDB binds them")
  func sameAsArguments() throws {
    let queue = try DatabaseQueue()
    let values: [(Int64?, String?)] = [
      (1, "testo"), (nil, nil), (-7, ""), (Int64.max, "«Perché?» – città, l’Aquila 🇮🇹"),
      (0, String(repeating: "x", count: 100_000)),
    ]
    try queue.write { db in
      try db.execute(sql: "CREATE TABLE t (n INTEGER, s TEXT, via TEXT NOT NULL)")
      let sql = "INSERT INTO t (n, s, via) VALUES (?, ?, ?)"
      // Small storage, so that texts copied after others make it grow before they are bound.
      let texts = BoundTexts(capacity: 16)
      for (number, text) in values {
        try db.execute(sql: sql, arguments: [number, text, "grdb"])
        var insert = DirectBinding(try db.cachedStatement(sql: sql), texts: texts)
        insert.bind(number)
        insert.bind(text)
        insert.bind("direct")
        try insert.execute(db)
      }
      let rows = try Row.fetchAll(
        db, sql: "SELECT n, s, typeof(s) AS type, via FROM t ORDER BY rowid")
      #expect(rows.count == values.count * 2)
      for pair in stride(from: 0, to: rows.count, by: 2) {
        let (grdb, direct) = (rows[pair], rows[pair + 1])
        #expect(grdb["n"] as Int64? == direct["n"] as Int64?)
        #expect(grdb["s"] as String? == direct["s"] as String?)
        #expect(grdb["type"] as String == direct["type"] as String)
      }
    }
  }

  @Test("a refused row or a missing value throws, and the statement runs again after")
  func failures() throws {
    let queue = try DatabaseQueue()
    try queue.write { db in
      try db.execute(sql: "CREATE TABLE t (n INTEGER PRIMARY KEY, s TEXT NOT NULL)")
      let statement = try db.cachedStatement(sql: "INSERT INTO t (n, s) VALUES (?, ?)")
      let texts = BoundTexts()
      #expect(throws: DatabaseError.self) {
        var missing = DirectBinding(statement, texts: texts)
        missing.bind(1)
        try missing.execute(db)
      }
      #expect(throws: DatabaseError.self) {
        var null = DirectBinding(statement, texts: texts)
        null.bind(1)
        null.bind(nil as String?)
        try null.execute(db)
      }
      var row = DirectBinding(statement, texts: texts)
      row.bind(1)
      row.bind("uno")
      try row.execute(db)
      #expect(try String.fetchOne(db, sql: "SELECT s FROM t WHERE n = 1") == "uno")
    }
  }

  @Test("more texts than the storage first has room for are bound each to its parameter")
  func manyTexts() throws {
    let queue = try DatabaseQueue()
    try queue.write { db in
      let columns = (0..<40).map { "c\($0)" }
      try db.execute(sql: "CREATE TABLE t (\(columns.joined(separator: ", ")))")
      let statement = try db.cachedStatement(
        sql: "INSERT INTO t VALUES (\(Array(repeating: "?", count: 40).joined(separator: ", ")))")
      let texts = BoundTexts(capacity: 16)
      for round in 0..<3 {
        var insert = DirectBinding(statement, texts: texts)
        for column in 0..<40 {
          insert.bind("\(round)-\(column) " + String(repeating: "é", count: column))
        }
        try insert.execute(db)
      }
      let rows = try Row.fetchAll(db, sql: "SELECT * FROM t ORDER BY rowid")
      for (round, row) in rows.enumerated() {
        for column in 0..<40 {
          #expect(
            row[column] as String == "\(round)-\(column) " + String(repeating: "é", count: column))
        }
      }
    }
  }

  @Test("a query reads the integer of its first row: nil for no row or NULL")
  func fetchInt64() throws {
    let queue = try DatabaseQueue()
    try queue.write { db in
      try db.execute(
        sql: "CREATE TABLE t (n INTEGER, s TEXT); INSERT INTO t VALUES (4, 'a'), (NULL, 'b')")
      let statement = try db.cachedStatement(sql: "SELECT n FROM t WHERE s = ? ORDER BY n DESC")
      let texts = BoundTexts()
      for (text, expected) in [("a", 4), ("b", nil), ("c", nil), ("a", 4)] as [(String, Int64?)] {
        var query = DirectBinding(statement, texts: texts)
        query.bind(text)
        #expect(try query.fetchInt64(db) == expected)
      }
      // GRDB runs the statement as usual after it.
      #expect(try Int64.fetchOne(statement, arguments: ["a"]) == 4)
    }
  }
}
