/// Byte-level helpers for scanning UTF-8 text without building `String`s.
public enum UTF8Scalar {
  /// Decodes the scalar starting at `offset`, returning it and its width in bytes.
  ///
  /// Malformed sequences decode as U+FFFD with width 1, so a scan always advances.
  @inline(__always)
  static func decode(_ bytes: [UInt8], at offset: Int) -> (scalar: Unicode.Scalar, width: Int) {
    decode(in: bytes, at: offset)
  }

  /// Decodes the scalar starting at `offset`, as the decoding of an array does.
  @inline(__always)
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int)
    -> (scalar: Unicode.Scalar, width: Int)
  {
    decode(in: bytes, at: offset)
  }

  @inline(__always)
  private static func decode<Bytes: RandomAccessCollection<UInt8>>(in bytes: Bytes, at offset: Int)
    -> (scalar: Unicode.Scalar, width: Int) where Bytes.Index == Int
  {
    let lead = bytes[offset]
    if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
    let width: Int
    var value: UInt32
    switch lead {
    case 0xC2...0xDF:
      width = 2
      value = UInt32(lead & 0x1F)
    case 0xE0...0xEF:
      width = 3
      value = UInt32(lead & 0x0F)
    case 0xF0...0xF4:
      width = 4
      value = UInt32(lead & 0x07)
    default:
      return ("\u{FFFD}", 1)
    }
    guard offset + width <= bytes.count else { return ("\u{FFFD}", 1) }
    for index in 1..<width {
      let byte = bytes[offset + index]
      guard byte & 0xC0 == 0x80 else { return ("\u{FFFD}", 1) }
      value = value << 6 | UInt32(byte & 0x3F)
    }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
  }

  /// Whether `scalar` is white space, including no-break and typographic spaces.
  @inline(__always)
  public static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0xA0: true
    case 0..<0x100: false
    default: isOtherSpace(scalar)
    }
  }

  /// Whether `scalar` can be part of a word: a letter, a digit or a combining mark.
  @inline(__always)
  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0..<0x80:
      let byte = UInt8(scalar.value)
      return (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
    // Latin-1 and Latin Extended, the letters of Italian and most European languages, answered
    // without looking up Unicode properties, with the same answers.
    case 0xAA, 0xB2, 0xB3, 0xB5, 0xB9, 0xBA, 0xBC...0xBE, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x2C1:
      return true
    case 0x80..<0x100:
      return false
    default: return isOtherWordScalar(scalar)
    }
  }

  /// Whether `scalar` is an upper-case letter; Latin-1 without looking up Unicode properties.
  @inline(__always)
  static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x41...0x5A, 0xC0...0xD6, 0xD8...0xDE: true
    case 0..<0x100: false
    default: isOtherUppercase(scalar)
    }
  }

  /// Whether `scalar` is a lower-case letter; Latin-1 without looking up Unicode properties.
  @inline(__always)
  static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x61...0x7A, 0xAA, 0xB5, 0xBA, 0xDF...0xF6, 0xF8...0xFF: true
    case 0..<0x100: false
    default: isOtherLowercase(scalar)
    }
  }

  // The Unicode property lookups are kept out of line: inlined, they make every function that
  // tests a scalar fetch the properties' type metadata on entry, for ASCII text too.

  @inline(never)
  private static func isOtherSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isWhitespace || scalar.value == 0x200B
  }

  @inline(never)
  private static func isOtherWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    let properties = scalar.properties
    return properties.isAlphabetic || properties.numericType != nil
      || properties.generalCategory == .nonspacingMark
  }

  @inline(never)
  private static func isOtherUppercase(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isUppercase
  }

  @inline(never)
  private static func isOtherLowercase(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isLowercase
  }

  /// Whether `scalar` is an ASCII digit.
  @inline(__always)
  static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= 0x30 && scalar.value <= 0x39
  }

  /// Whether `scalar` is an apostrophe: straight or typographic.
  @inline(__always)
  static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "'" || scalar == "\u{2019}"
  }

  /// The offset of the first byte that does not start valid UTF-8, or of a NUL byte.
  ///
  /// Overlong forms, surrogates and code points above U+10FFFF count as invalid.
  public static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer { firstInvalidOffset($0) }
  }

  /// The offset of the first byte of `bytes` that does not start valid UTF-8, or of a NUL
  /// byte.
  ///
  /// ASCII without NUL, most of any text, is checked eight bytes at a time.
  public static func firstInvalidOffset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    let raw = UnsafeRawBufferPointer(bytes)
    var index = 0
    while index < bytes.count {
      if index + 8 <= bytes.count {
        let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
        // No byte has its high bit set, and none is zero.
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        if word & highs == 0 && (word &- ones) & ~word & highs == 0 {
          index += 8
          continue
        }
      }
      let lead = bytes[index]
      if lead == 0 { return index }
      if lead < 0x80 {
        index += 1
        continue
      }
      let width: Int
      var minimum: UInt32
      var value: UInt32
      switch lead {
      case 0xC2...0xDF: (width, minimum, value) = (2, 0x80, UInt32(lead & 0x1F))
      case 0xE0...0xEF: (width, minimum, value) = (3, 0x800, UInt32(lead & 0x0F))
      case 0xF0...0xF4: (width, minimum, value) = (4, 0x10000, UInt32(lead & 0x07))
      default: return index
      }
      guard index + width <= bytes.count else { return index }
      for offset in 1..<width {
        let byte = bytes[index + offset]
        guard byte & 0xC0 == 0x80 else { return index }
        value = value << 6 | UInt32(byte & 0x3F)
      }
      if value < minimum || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { return index }
      index += width
    }
    return nil
  }
}
