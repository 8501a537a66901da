/// One word, number, quote or punctuation mark of a text, located by UTF-8 byte offsets.
public struct Token: Sendable, Equatable {
  /// What a token is.
  public enum Kind: UInt8, Sendable {
    case word
    case number
    case punctuation
    case openQuote
    case closeQuote
    case dash
    case symbol
  }

  /// Spelling facts that rules test often.
  public struct Flags: OptionSet, Sendable, Equatable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    /// The first letter is upper case.
    public static let capitalized = Flags(rawValue: 1 << 0)
    /// Every letter is upper case and there are at least two.
    public static let allCaps = Flags(rawValue: 1 << 1)
    /// Whitespace comes right before the token.
    public static let spaceBefore = Flags(rawValue: 1 << 2)
    /// A line break comes before the token.
    public static let lineBefore = Flags(rawValue: 1 << 3)
    /// The token contains a digit.
    public static let hasDigit = Flags(rawValue: 1 << 4)
    /// The token ends with a period that is part of it (an abbreviation or initialism).
    public static let absorbedPeriod = Flags(rawValue: 1 << 5)
    /// A blank line comes before the token: it starts a paragraph.
    public static let paragraphBefore = Flags(rawValue: 1 << 6)
  }

  // Stored properties are declared so that the small ones share one word.
  /// The token's bytes in the text.
  public var range: Range<Int>
  /// The lower-cased form with apostrophes and quotes folded, used for every lexicon lookup.
  public var key: String {
    didSet {
      keyHash = WordTable<Bool>.hash(key)
      tables = .unknown
      mark = Self.mark(of: key)
    }
  }
  /// The hash of `key` that lexicon tables (``WordTable``) look it up by, computed once.
  public private(set) var keyHash: UInt64
  /// Which tables of a lexicon hold `key`, found by one lookup when the text is tokenized.
  var tables: TableMask = .unknown
  /// The kind of token.
  public var kind: Kind
  /// Spelling facts.
  public var flags: Flags
  /// The byte of a key of one ASCII byte, 0 for any other key.
  ///
  /// ``isPunctuation(_:)`` reads it, not the key: a test that reads the key copies the token
  /// out of its array and retains the key, and rules test marks on every token they pass.
  private(set) var mark: UInt8

  /// Creates a token.
  public init(range: Range<Int>, kind: Kind, key: String, flags: Flags) {
    self.init(range: range, kind: kind, key: key, keyHash: WordTable<Bool>.hash(key), flags: flags)
  }

  /// Creates a token whose key's ``WordTable`` hash is known, as the tokenizer finds it while
  /// it writes the key.
  init(range: Range<Int>, kind: Kind, key: String, keyHash: UInt64, flags: Flags) {
    self.range = range
    self.key = key
    self.keyHash = keyHash
    self.kind = kind
    self.flags = flags
    mark = Self.mark(of: key)
  }

  private static func mark(of key: String) -> UInt8 {
    // A native string knows its length in bytes: most keys are longer, and end the test here.
    let utf8 = key.utf8
    guard utf8.count == 1, let first = utf8.first, first < 0x80 else { return 0 }
    return first
  }

  public static func == (lhs: Token, rhs: Token) -> Bool {
    lhs.range == rhs.range && lhs.kind == rhs.kind && lhs.key == rhs.key && lhs.flags == rhs.flags
  }

  /// Whether the token is a word or a number.
  public var isWordLike: Bool { kind == .word || kind == .number }
  /// Whether the first letter is upper case.
  public var isCapitalized: Bool { flags.contains(.capitalized) }
  /// Whether the token is any kind of quotation mark.
  public var isQuote: Bool { kind == .openQuote || kind == .closeQuote }
  /// Whether the token is the punctuation mark `mark`, an ASCII character.
  public func isPunctuation(_ mark: Unicode.Scalar) -> Bool {
    kind == .punctuation && mark.isASCII && self.mark == UInt8(truncatingIfNeeded: mark.value)
  }
}

extension String {
  /// Whether the two strings have the same UTF-8 bytes: `==` for normalized text, compared
  /// as bytes instead of character by character.
  func hasSameUTF8(as other: String) -> Bool {
    let answer = utf8.withContiguousStorageIfAvailable { bytes in
      other.utf8.withContiguousStorageIfAvailable { bytes.hasSameBytes(as: $0) }
    }
    // Strings bridged from elsewhere may keep no contiguous UTF-8.
    return (answer ?? nil) ?? utf8.elementsEqual(other.utf8)
  }
}

extension UnsafeBufferPointer<UInt8> {
  /// Whether both buffers hold the same bytes, compared eight at a time.
  func hasSameBytes(as other: UnsafeBufferPointer<UInt8>) -> Bool {
    guard count == other.count else { return false }
    let (left, right) = (UnsafeRawBufferPointer(self), UnsafeRawBufferPointer(other))
    var offset = 0
    while offset + 8 <= count {
      guard
        left.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
          == right.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
      else { return false }
      offset += 8
    }
    while offset < count {
      guard self[offset] == other[offset] else { return false }
      offset += 1
    }
    return true
  }

  /// Whether the bytes end with the UTF-8 bytes of `suffix`.
  ///
  /// The same answer as `hasSuffix` for token keys, which are normalized, and endings that
  /// start with a letter; without comparing character by character.
  @inline(__always)
  func hasSuffix(_ suffix: StaticString) -> Bool {
    guard suffix.utf8CodeUnitCount <= count else { return false }
    let start = count - suffix.utf8CodeUnitCount
    return UnsafeBufferPointer(start: suffix.utf8Start, count: suffix.utf8CodeUnitCount)
      .hasSameBytes(as: UnsafeBufferPointer(rebasing: self[start...]))
  }
}
