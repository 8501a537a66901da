import ClaimDiffCore

/// A reader for the small JSON values the store writes into text columns (figures, times,
/// participants), scanning bytes: reading claims back must not cost a general decoder per
/// claim.
enum StoredJSON {
  /// An object's fields in order: a handful each, looked up by a scan.
  struct Fields {
    var pairs: [(key: String, value: Value)] = []

    subscript(key: String) -> Value? {
      pairs.first { $0.key == key }?.value
    }
  }

  indirect enum Value {
    case object(Fields)
    case array([Value])
    case string(String)
    case number(Double)
    case bool(Bool)
    case null

    var string: String? { if case .string(let text) = self { text } else { nil } }
    var number: Double? { if case .number(let value) = self { value } else { nil } }
    var array: [Value]? { if case .array(let values) = self { values } else { nil } }
    var object: Fields? { if case .object(let fields) = self { fields } else { nil } }

    /// `[start, end]` as a range.
    var range: Range<Int>? {
      guard let bounds = array, bounds.count == 2, let start = bounds[0].number,
        let end = bounds[1].number, start <= end
      else { return nil }
      return Int(start)..<Int(end)
    }
  }

  /// Parses `text`; `nil` when it is not JSON this reader knows.
  static func parse(_ text: String) -> Value? {
    read(text) { $0.value() }
  }

  /// What `body` reads from the start of `text`; `nil` when it reads nothing or leaves more
  /// than white space after it.
  private static func read<T>(_ text: String, _ body: (inout Reader) -> T?) -> T? {
    var text = text
    return text.withUTF8 { bytes in
      var reader = Reader(bytes: bytes)
      guard let value = body(&reader), reader.atEnd else { return nil }
      return value
    }
  }

  /// Figures, as ``Coding/json(_:)`` wrote them.
  static func quantities(_ text: String) -> [Quantity]? {
    guard let items = parse(text)?.array else { return nil }
    var quantities: [Quantity] = []
    for item in items {
      guard let fields = item.object, let text = fields["text"]?.string,
        let value = fields["value"]?.number
      else { return nil }
      var approximate = false
      if case .bool(let flag)? = fields["approximate"] { approximate = flag }
      quantities.append(
        Quantity(
          text: text, value: value, unit: fields["unit"]?.string, approximate: approximate,
          span: fields["span"]?.range ?? 0..<0))
    }
    return quantities
  }

  /// A time expression, as ``Coding/json(_:)`` wrote it.
  static func time(_ text: String) -> TimeExpression? {
    read(text) { $0.time() }
  }

  /// Time expressions, as ``Coding/json(_:)`` wrote them.
  ///
  /// Claims read back carry many of these: they are read field by field, with no value tree.
  static func times(_ text: String) -> [TimeExpression]? {
    read(text) { reader in
      var times: [TimeExpression] = []
      guard reader.take(0x5B) else { return nil }
      if !reader.take(0x5D) {
        repeat {
          guard let time = reader.time() else { return nil }
          times.append(time)
        } while reader.take(0x2C)
        guard reader.take(0x5D) else { return nil }
      }
      return times
    }
  }

  private struct Reader {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    /// Whether only white space is left.
    var atEnd: Bool {
      mutating get {
        skipSpace()
        return index == bytes.count
      }
    }

    /// Skips white space and `byte` if it comes next; whether it did.
    mutating func take(_ byte: UInt8) -> Bool {
      skipSpace()
      guard index < bytes.count, bytes[index] == byte else { return false }
      index += 1
      return true
    }

    /// A time expression's object: the fields ``Coding/json(_:)`` writes, in any order.
    mutating func time() -> TimeExpression? {
      var text: String?
      var date: Day?
      var end: Day?
      var granularity = TimeExpression.Granularity.day
      var span = 0..<0
      guard take(0x7B) else { return nil }
      if !take(0x7D) {
        repeat {
          skipSpace()
          guard let key = plainString(), take(0x3A) else { return nil }
          skipSpace()
          if Self.is(key, "text") {
            text = string()
          } else if Self.is(key, "date") || Self.is(key, "end") {
            guard literal("null", .null) == nil else { continue }
            guard let raw = string() else { return nil }
            if Self.is(key, "date") { date = Day(iso: raw) } else { end = Day(iso: raw) }
          } else if Self.is(key, "granularity") {
            guard let name = plainString(),
              let value = TimeExpression.Granularity(
                rawValue: String(decoding: name, as: UTF8.self))
            else { return nil }
            granularity = value
          } else if Self.is(key, "span") {
            guard let value = value() else { return nil }
            span = value.range ?? 0..<0
          } else {
            guard value() != nil else { return nil }
          }
        } while take(0x2C)
        guard take(0x7D) else { return nil }
      }
      guard let text else { return nil }
      return TimeExpression(text: text, date: date, end: end, granularity: granularity, span: span)
    }

    /// Whether `key` is the bytes of `literal`.
    private static func `is`(_ key: UnsafeBufferPointer<UInt8>, _ literal: StaticString) -> Bool {
      key.count == literal.utf8CodeUnitCount
        && key.elementsEqual(UnsafeBufferPointer(start: literal.utf8Start, count: key.count))
    }

    /// The bytes of a string without escapes, quotes left out; `nil` for anything else.
    mutating func plainString() -> UnsafeBufferPointer<UInt8>? {
      guard index < bytes.count, bytes[index] == 0x22 else { return nil }
      var end = index + 1
      while end < bytes.count, bytes[end] != 0x22, bytes[end] != 0x5C { end += 1 }
      guard end < bytes.count, bytes[end] == 0x22 else { return nil }
      defer { index = end + 1 }
      return UnsafeBufferPointer(rebasing: bytes[(index + 1)..<end])
    }

    mutating func skipSpace() {
      while index < bytes.count {
        switch bytes[index] {
        case 0x20, 0x0A, 0x0D, 0x09: index += 1
        default: return
        }
      }
    }

    mutating func value() -> Value? {
      skipSpace()
      guard index < bytes.count else { return nil }
      switch bytes[index] {
      case 0x7B: return object()
      case 0x5B: return array()
      case 0x22: return string().map(Value.string)
      case 0x74: return literal("true", .bool(true))
      case 0x66: return literal("false", .bool(false))
      case 0x6E: return literal("null", .null)
      default: return number()
      }
    }

    mutating func literal(_ word: StaticString, _ value: Value) -> Value? {
      let count = word.utf8CodeUnitCount
      guard index + count <= bytes.count else { return nil }
      for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] {
        return nil
      }
      index += count
      return value
    }

    private mutating func object() -> Value? {
      var fields = Fields()
      guard take(0x7B) else { return nil }
      if take(0x7D) { return .object(fields) }
      repeat {
        skipSpace()
        guard let key = string(), take(0x3A), let value = value() else { return nil }
        fields.pairs.append((key, value))
      } while take(0x2C)
      return take(0x7D) ? .object(fields) : nil
    }

    private mutating func array() -> Value? {
      var values: [Value] = []
      guard take(0x5B) else { return nil }
      if take(0x5D) { return .array(values) }
      repeat {
        guard let value = value() else { return nil }
        values.append(value)
      } while take(0x2C)
      return take(0x5D) ? .array(values) : nil
    }

    private mutating func number() -> Value? {
      let start = index
      var whole = 0
      var isWhole = true
      scan: while index < bytes.count {
        switch bytes[index] {
        case 0x30...0x39:
          if whole < 1 << 50 {
            whole = whole * 10 + Int(bytes[index] - 0x30)
          } else {
            isWhole = false
          }
        case 0x2D, 0x2B, 0x2E, 0x65, 0x45: isWhole = false
        default: break scan
        }
        index += 1
      }
      // Offsets and counts, the common case, without a detour through a string.
      if isWhole && index > start { return .number(Double(whole)) }
      guard index > start,
        let value = Double(
          String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
      else { return nil }
      return .number(value)
    }

    /// A string; escapes other than `\uXXXX` pairs are decoded, `\u` escapes too.
    mutating func string() -> String? {
      guard index < bytes.count, bytes[index] == 0x22 else { return nil }
      index += 1
      // Without escapes, the string is the bytes between the quotes.
      var end = index
      while end < bytes.count, bytes[end] != 0x22, bytes[end] != 0x5C { end += 1 }
      if end < bytes.count, bytes[end] == 0x22 {
        defer { index = end + 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self)
      }
      var text: [UInt8] = []
      while index < bytes.count {
        let byte = bytes[index]
        index += 1
        switch byte {
        case 0x22: return String(decoding: text, as: UTF8.self)
        case 0x5C:
          guard index < bytes.count else { return nil }
          let escape = bytes[index]
          index += 1
          switch escape {
          case 0x6E: text.append(0x0A)
          case 0x74: text.append(0x09)
          case 0x72: text.append(0x0D)
          case 0x62: text.append(0x08)
          case 0x66: text.append(0x0C)
          case 0x75:
            guard var scalar = hex() else { return nil }
            if (0xD800..<0xDC00).contains(scalar) {
              guard index + 1 < bytes.count, bytes[index] == 0x5C, bytes[index + 1] == 0x75
              else { return nil }
              index += 2
              guard let low = hex(), (0xDC00..<0xE000).contains(low) else { return nil }
              scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            }
            guard let unicode = Unicode.Scalar(scalar) else { return nil }
            text.append(contentsOf: Array(String(Character(unicode)).utf8))
          default: text.append(escape)
          }
        default: text.append(byte)
        }
      }
      return nil
    }

    private mutating func hex() -> UInt32? {
      guard index + 4 <= bytes.count else { return nil }
      var value: UInt32 = 0
      for _ in 0..<4 {
        let byte = bytes[index]
        index += 1
        let digit: UInt32
        switch byte {
        case 0x30...0x39: digit = UInt32(byte - 0x30)
        case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
        case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
        default: return nil
        }
        value = value << 4 | digit
      }
      return value
    }
  }
}
