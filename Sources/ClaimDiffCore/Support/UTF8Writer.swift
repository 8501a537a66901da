/// Text written as UTF-8 bytes into storage of its own, made a `String` once at the end.
///
/// Appending to a `String` piece by piece costs hundreds of instructions a piece, and so does
/// appending a few bytes to an `Array`; the store writes several JSON values and keys for
/// every claim, so they are written with plain stores into memory this value owns (hence not
/// copyable).
///
/// ```swift
/// var json = UTF8Writer()
/// json.append("{\"span\":[")
/// json.append(3)
/// json.append("],\"text\":")
/// json.appendJSONString("a \"b\"")
/// json.append("}")
/// json.text  // {"span":[3],"text":"a \"b\""}
/// ```
public struct UTF8Writer: ~Copyable {
  private var start: UnsafeMutablePointer<UInt8>
  private var count = 0
  private var capacity: Int

  /// Creates an empty text with room for `capacity` bytes; it grows as needed.
  public init(capacity: Int = 128) {
    self.capacity = max(16, capacity)
    start = .allocate(capacity: self.capacity)
  }

  deinit { start.deallocate() }

  /// The number of bytes written.
  public var byteCount: Int { count }

  /// The text written.
  public var text: String {
    String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
  }

  /// Makes room for `extra` more bytes.
  @inline(__always)
  private mutating func reserve(_ extra: Int) {
    guard count + extra > capacity else { return }
    let larger = max(capacity * 2, count + extra)
    let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
    moved.initialize(from: start, count: count)
    start.deallocate()
    (start, capacity) = (moved, larger)
  }

  @inline(__always)
  private mutating func put(_ byte: UInt8) {
    reserve(1)
    start[count] = byte
    count += 1
  }

  private mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
    reserve(bytes.count)
    (start + count).initialize(from: base, count: bytes.count)
    count += bytes.count
  }

  /// Appends `literal` as it is: punctuation, keys and other text written by hand.
  public mutating func append(_ literal: StaticString) {
    // A literal of one character may be held as a scalar, not as bytes: read it either way.
    literal.withUTF8Buffer { put($0) }
  }

  /// Appends the bytes of `text` as they are, without quotes or escapes.
  public mutating func append(_ text: String) {
    // A native string lends its bytes as they are; only another kind is made native first.
    if text.utf8.withContiguousStorageIfAvailable({ put($0) }) == nil {
      var text = text
      text.withUTF8 { put($0) }
    }
  }

  /// Appends `value` in decimal.
  public mutating func append(_ value: Int) {
    // An Int has at most 19 digits and a sign.
    reserve(20)
    if value < 0 {
      start[count] = UInt8(ascii: "-")
      count += 1
    }
    var rest = value.magnitude
    // Most numbers written are offsets in an article: a few digits, counted without a loop.
    let digits: Int
    if rest < 10 {
      digits = 1
    } else if rest < 100 {
      digits = 2
    } else if rest < 1000 {
      digits = 3
    } else if rest < 10000 {
      digits = 4
    } else {
      var counted = 5
      var power: UInt = 100_000
      while counted < 19 && rest >= power {
        counted += 1
        power *= 10
      }
      digits = counted
    }
    var offset = count + digits
    repeat {
      offset -= 1
      let (quotient, remainder) = rest.quotientAndRemainder(dividingBy: 10)
      start[offset] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: remainder)
      rest = quotient
    } while offset > count
    count += digits
  }

  /// Appends `value` as a JSON string: quoted, with quotes, backslashes and control characters
  /// escaped, everything else (slashes, non-ASCII text) as it is.
  public mutating func appendJSONString(_ value: String) {
    put(UInt8(ascii: "\""))
    // A native string lends its bytes as they are; only another kind is made native first.
    if value.utf8.withContiguousStorageIfAvailable({ putEscaped($0) }) == nil {
      var value = value
      value.withUTF8 { putEscaped($0) }
    }
    put(UInt8(ascii: "\""))
  }

  /// Appends `bytes` with quotes, backslashes and control characters escaped.
  private mutating func putEscaped(_ bytes: UnsafeBufferPointer<UInt8>) {
    var run = 0
    for index in bytes.indices {
      let byte = bytes[index]
      guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else {
        continue
      }
      // What comes before an escaped byte is copied whole.
      put(UnsafeBufferPointer(rebasing: bytes[run..<index]))
      run = index + 1
      switch byte {
      case UInt8(ascii: "\""): append("\\\"")
      case UInt8(ascii: "\\"): append("\\\\")
      case UInt8(ascii: "\n"): append("\\n")
      case UInt8(ascii: "\r"): append("\\r")
      case UInt8(ascii: "\t"): append("\\t")
      default:
        append("\\u00")
        put(Self.hexDigit(byte >> 4))
        put(Self.hexDigit(byte & 0xF))
      }
    }
    put(UnsafeBufferPointer(rebasing: bytes[run...]))
  }

  private static func hexDigit(_ value: UInt8) -> UInt8 {
    value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
  }
}
