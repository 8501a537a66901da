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
  // Visible to inlined code: the store writes literals for every claim from another module.
  @usableFromInline var start: UnsafeMutablePointer<UInt8>
  @usableFromInline var count = 0
  @usableFromInline var capacity: Int

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

  /// The bytes written, copied as they are: a `String` of them would check them first.
  public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: start, count: count)) }

  /// Makes room for `extra` more bytes.
  @inlinable @inline(__always)
  mutating func reserve(_ extra: Int) {
    guard count + extra > capacity else { return }
    grow(extra)
  }

  /// Moves the text into storage with room for `extra` more bytes.
  @usableFromInline
  mutating func grow(_ extra: Int) {
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

  /// Appends `bytes` as they are.
  @usableFromInline
  mutating func append(bytes: UnsafeBufferPointer<UInt8>) {
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
    reserve(bytes.count)
    (start + count).initialize(from: base, count: bytes.count)
    count += bytes.count
  }

  /// Appends `literal` as it is: punctuation, keys and other text written by hand.
  @inlinable @inline(__always)
  public mutating func append(_ literal: StaticString) {
    // A literal of one character may be held as a scalar, not as bytes: read it either way.
    guard literal.hasPointerRepresentation else {
      literal.withUTF8Buffer { append(bytes: $0) }
      return
    }
    let length = literal.utf8CodeUnitCount
    reserve(length)
    // Punctuation and keys are a few bytes: stored one by one, not through a copy call.
    for offset in 0..<length { start[count + offset] = literal.utf8Start[offset] }
    count += length
  }

  /// Appends the bytes of `text` as they are, without quotes or escapes.
  ///
  /// Labeled, unlike ``append(_:)-(StaticString)``: a literal given to an unlabeled overload
  /// taking a `String` would be made a `String`.
  public mutating func append(contentsOf text: String) {
    // A native string lends its bytes as they are; only another kind is made native first.
    if text.utf8.withContiguousStorageIfAvailable({ append(bytes: $0) }) == nil {
      var text = text
      text.withUTF8 { append(bytes: $0) }
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
      append(bytes: UnsafeBufferPointer(rebasing: bytes[run..<index]))
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
    append(bytes: UnsafeBufferPointer(rebasing: bytes[run...]))
  }

  private static func hexDigit(_ value: UInt8) -> UInt8 {
    value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
  }
}
