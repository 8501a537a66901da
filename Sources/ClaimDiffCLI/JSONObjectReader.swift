import Foundation

/// Reads one JSON object whose fields claimdiff wants as strings, scanning its UTF-8 bytes.
///
/// A JSONL line of `import` or `extract --jsonl` is an object with a few short fields and one
/// long article text. `JSONSerialization` builds a dictionary of bridged values for it, byte by
/// byte through a general parser; this reader keeps only what ``JSONLine`` asks for (strings,
/// numbers as written, `null`) and checks everything else for validity without keeping it. It
/// accepts what RFC 8259 calls a JSON text whose value is an object, and, as `JSONSerialization`
/// does, a comma after the last member of an object or an array.
///
/// The bytes must be valid UTF-8: ``JSONLine`` checks them first, so a bad byte gets its own
/// message with its column.
struct JSONObjectReader {
  /// A field's value, as much of it as claimdiff reads.
  enum Value: Equatable {
    case string(String)
    /// A number, as written.
    case number(String)
    case bool(Bool)
    case null
    /// An object or an array: valid, not kept.
    case structure
  }

  /// Why bytes are not one JSON object.
  struct Failure: Error, Equatable {
    /// The byte offset where reading stopped.
    var offset: Int
  }

  /// The deepest nesting of objects and arrays accepted, as `JSONSerialization` accepts.
  static let maximumDepth = 512

  private let bytes: UnsafeBufferPointer<UInt8>
  private var index = 0

  private init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  /// The fields of the object that `bytes` hold, white space around it allowed; a key given
  /// twice keeps its last value.
  ///
  /// - Complexity: O(*n*) in the number of bytes.
  static func fields(of bytes: UnsafeBufferPointer<UInt8>) throws(Failure) -> [String: Value] {
    var reader = JSONObjectReader(bytes)
    reader.skipSpace()
    guard reader.peek == UInt8(ascii: "{") else { throw Failure(offset: reader.index) }
    reader.index += 1
    var fields: [String: Value] = [:]
    reader.skipSpace()
    if reader.peek == UInt8(ascii: "}") {
      reader.index += 1
    } else {
      while true {
        reader.skipSpace()
        let key = try reader.string()
        reader.skipSpace()
        try reader.expect(UInt8(ascii: ":"))
        reader.skipSpace()
        fields[key] = try reader.value(depth: 1)
        reader.skipSpace()
        if reader.peek == UInt8(ascii: ",") {
          reader.index += 1
          reader.skipSpace()
          if reader.peek != UInt8(ascii: "}") { continue }
        }
        try reader.expect(UInt8(ascii: "}"))
        break
      }
    }
    reader.skipSpace()
    guard reader.index == bytes.count else { throw Failure(offset: reader.index) }
    return fields
  }

  /// The byte at the reading position; 0, which valid input never holds there, at the end.
  private var peek: UInt8 { index < bytes.count ? bytes[index] : 0 }

  private mutating func expect(_ byte: UInt8) throws(Failure) {
    guard peek == byte else { throw Failure(offset: index) }
    index += 1
  }

  private mutating func skipSpace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09, 0x0A, 0x0D: index += 1
      default: return
      }
    }
  }

  private mutating func value(depth: Int) throws(Failure) -> Value {
    switch peek {
    case UInt8(ascii: "\""): return .string(try string())
    case UInt8(ascii: "{"), UInt8(ascii: "["):
      try skipStructure(depth: depth)
      return .structure
    case UInt8(ascii: "t"):
      try literal("true")
      return .bool(true)
    case UInt8(ascii: "f"):
      try literal("false")
      return .bool(false)
    case UInt8(ascii: "n"):
      try literal("null")
      return .null
    default: return .number(try number())
    }
  }

  private mutating func literal(_ word: StaticString) throws(Failure) {
    let count = word.utf8CodeUnitCount
    guard index + count <= bytes.count else { throw Failure(offset: index) }
    for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] {
      throw Failure(offset: index + offset)
    }
    index += count
  }

  /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`, returned as written.
  private mutating func number() throws(Failure) -> String {
    let start = index
    if peek == UInt8(ascii: "-") { index += 1 }
    if peek == UInt8(ascii: "0") {
      index += 1
    } else {
      guard isDigit(peek) else { throw Failure(offset: index) }
      while isDigit(peek) { index += 1 }
    }
    if peek == UInt8(ascii: ".") {
      index += 1
      guard isDigit(peek) else { throw Failure(offset: index) }
      while isDigit(peek) { index += 1 }
    }
    if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
      index += 1
      if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { index += 1 }
      guard isDigit(peek) else { throw Failure(offset: index) }
      while isDigit(peek) { index += 1 }
    }
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
  }

  private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

  /// Checks an object or an array, and what it holds, without keeping any of it.
  private mutating func skipStructure(depth: Int) throws(Failure) {
    guard depth <= Self.maximumDepth else { throw Failure(offset: index) }
    let isObject = peek == UInt8(ascii: "{")
    let close = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
    index += 1
    skipSpace()
    if peek == close {
      index += 1
      return
    }
    while true {
      skipSpace()
      if isObject {
        _ = try string()
        skipSpace()
        try expect(UInt8(ascii: ":"))
        skipSpace()
      }
      _ = try value(depth: depth + 1)
      skipSpace()
      if peek == UInt8(ascii: ",") {
        index += 1
        skipSpace()
        if peek != close { continue }
      }
      try expect(close)
      return
    }
  }

  /// A string, its escapes decoded; the reading position is on its opening quote.
  ///
  /// Runs of plain bytes are copied whole. What is decoded is never longer than what was
  /// written (an escape of six bytes stands for at most three), so the string is written in
  /// place in storage of the written length.
  private mutating func string() throws(Failure) -> String {
    try expect(UInt8(ascii: "\""))
    let start = index
    var hasEscape = false
    let raw = UnsafeRawBufferPointer(bytes)
    while true {
      // Eight plain bytes at a time: no quote, no backslash, no control character.
      if index + 8 <= bytes.count {
        let stops = Self.stops(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
        if stops == 0 {
          index += 8
          continue
        }
        index += stops.trailingZeroBitCount / 8
      }
      guard index < bytes.count else { throw Failure(offset: index) }
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") { break }
      // Control characters must be escaped.
      guard byte >= 0x20 else { throw Failure(offset: index) }
      if byte == UInt8(ascii: "\\") {
        hasEscape = true
        index += 2
      } else {
        index += 1
      }
    }
    let end = index
    index += 1
    let written = UnsafeBufferPointer(rebasing: bytes[start..<end])
    guard hasEscape else { return String(decoding: written, as: UTF8.self) }
    var failure: Failure?
    let decoded = String(unsafeUninitializedCapacity: written.count) { output in
      do throws(Failure) {
        return try Self.unescape(written, into: output, offset: start)
      } catch {
        failure = error
        return 0
      }
    }
    if let failure { throw failure }
    return decoded
  }

  /// The high bit of each of the eight bytes of `word` that ends a run of plain string bytes: a
  /// quote, a backslash or a control character.
  @inline(__always)
  private static func stops(_ word: UInt64) -> UInt64 {
    let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    let highs: UInt64 = 0x8080_8080_8080_8080
    // Each test sets the high bit of the bytes it holds for, exactly: no byte carries into
    // another.
    func zeros(_ word: UInt64) -> UInt64 { ~(((word & lows) &+ lows) | word | lows) }
    let controls = ~(((word & lows) &+ 0x6060_6060_6060_6060) | word) & highs
    return zeros(word ^ 0x2222_2222_2222_2222) | zeros(word ^ 0x5C5C_5C5C_5C5C_5C5C) | controls
  }

  /// Writes `written`, a string's bytes between its quotes, with its escapes decoded into
  /// `output`; returns how many bytes it wrote.
  private static func unescape(
    _ written: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>,
    offset: Int
  ) throws(Failure) -> Int {
    var read = 0
    var count = 0
    func put(_ byte: UInt8) {
      output[count] = byte
      count += 1
    }
    while read < written.count {
      guard written[read] == UInt8(ascii: "\\") else {
        // The bytes up to the next escape, found by `memchr`, are copied whole.
        var end = written.count
        if let base = written.baseAddress,
          let found = memchr(base + read + 1, 0x5C, written.count - read - 1)
        {
          end = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
        }
        if let source = written.baseAddress, let target = output.baseAddress {
          (target + count).initialize(from: source + read, count: end - read)
        }
        count += end - read
        read = end
        continue
      }
      guard read + 1 < written.count else { throw Failure(offset: offset + read) }
      let escaped = written[read + 1]
      read += 2
      switch escaped {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): put(escaped)
      case UInt8(ascii: "b"): put(0x08)
      case UInt8(ascii: "f"): put(0x0C)
      case UInt8(ascii: "n"): put(0x0A)
      case UInt8(ascii: "r"): put(0x0D)
      case UInt8(ascii: "t"): put(0x09)
      case UInt8(ascii: "u"):
        var scalar = try hex(written, at: read, offset: offset)
        read += 4
        if (0xD800...0xDBFF).contains(scalar) {
          // A high surrogate must be followed by an escaped low one.
          guard read + 1 < written.count, written[read] == UInt8(ascii: "\\"),
            written[read + 1] == UInt8(ascii: "u")
          else { throw Failure(offset: offset + read) }
          let low = try hex(written, at: read + 2, offset: offset)
          guard (0xDC00...0xDFFF).contains(low) else { throw Failure(offset: offset + read) }
          scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
          read += 6
        } else if (0xDC00...0xDFFF).contains(scalar) {
          throw Failure(offset: offset + read - 6)
        }
        switch scalar {
        case ..<0x80: put(UInt8(scalar))
        case ..<0x800:
          put(0xC0 | UInt8(scalar >> 6))
          put(0x80 | UInt8(scalar & 0x3F))
        case ..<0x10000:
          put(0xE0 | UInt8(scalar >> 12))
          put(0x80 | UInt8(scalar >> 6 & 0x3F))
          put(0x80 | UInt8(scalar & 0x3F))
        default:
          put(0xF0 | UInt8(scalar >> 18))
          put(0x80 | UInt8(scalar >> 12 & 0x3F))
          put(0x80 | UInt8(scalar >> 6 & 0x3F))
          put(0x80 | UInt8(scalar & 0x3F))
        }
      default: throw Failure(offset: offset + read - 1)
      }
    }
    return count
  }

  /// The four hex digits at `start` as a number.
  private static func hex(_ written: UnsafeBufferPointer<UInt8>, at start: Int, offset: Int)
    throws(Failure) -> UInt32
  {
    guard start + 4 <= written.count else { throw Failure(offset: offset + start) }
    var value: UInt32 = 0
    for position in start..<start + 4 {
      let byte = written[position]
      let digit: UInt8
      switch byte {
      case 0x30...0x39: digit = byte - 0x30
      case 0x41...0x46: digit = byte - 0x41 + 10
      case 0x61...0x66: digit = byte - 0x61 + 10
      default: throw Failure(offset: offset + position)
      }
      value = value << 4 | UInt32(digit)
    }
    return value
  }
}
