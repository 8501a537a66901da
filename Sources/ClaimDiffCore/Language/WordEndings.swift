/// Word endings ("-avano", "-ed"), matched against token keys by their UTF-8 bytes.
///
/// The grammar asks whether a word has one of a list of endings many times per word. A key is
/// compared only with the endings whose last byte is its own: a mask of those last bytes
/// turns most words away at once.
///
/// ```swift
/// let participles: WordEndings = ["ato", "ata"]
/// participles.matches("confermato")  // true
/// participles.shortestMatch(in: "confermata")  // 3
/// ```
public struct WordEndings: Sendable, Hashable, ExpressibleByArrayLiteral, Sequence {
  /// The endings, in the order given.
  private var words: [String] = []
  /// Their bytes, in the same order.
  private var bytes: [[UInt8]] = []
  /// Bit `b % 64` is set when an ending's last byte is `b`.
  private var lastBytes: UInt64 = 0

  /// Creates a list of `endings`.
  public init(_ endings: some Sequence<String>) {
    for ending in endings where !ending.isEmpty {
      let ending = Array(ending.utf8)
      bytes.append(ending)
      lastBytes |= Self.bit(ending[ending.count - 1])
    }
    words = bytes.map { String(decoding: $0, as: UTF8.self) }
  }

  /// Creates a list of the endings given.
  public init(arrayLiteral endings: String...) { self.init(endings) }

  /// The endings, in the order given.
  public func makeIterator() -> IndexingIterator<[String]> { words.makeIterator() }

  /// Whether `key` ends with one of the endings, or is one.
  ///
  /// The same answer as `hasSuffix` for token keys, which are normalized.
  public func matches(_ key: String) -> Bool { shortestMatch(in: key) != nil }

  /// The length in bytes of the shortest ending `key` ends with, if any.
  public func shortestMatch(in key: String) -> Int? {
    let found = key.utf8.withContiguousStorageIfAvailable(shortestMatch(in:))
    if let found { return found }
    var key = key
    return key.withUTF8(shortestMatch(in:))
  }

  private func shortestMatch(in key: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let last = key.last, lastBytes & Self.bit(last) != 0 else { return nil }
    var shortest: Int?
    for ending in bytes where ending.count <= key.count && ending.count < shortest ?? .max {
      let start = key.count - ending.count
      var same = true
      // From the end: endings of one list mostly differ in their last bytes.
      for offset in stride(from: ending.count - 1, through: 0, by: -1)
      where key[start + offset] != ending[offset] {
        same = false
        break
      }
      if same { shortest = ending.count }
    }
    return shortest
  }

  @inline(__always)
  private static func bit(_ byte: UInt8) -> UInt64 { 1 << UInt64(byte & 63) }

  public static func == (lhs: WordEndings, rhs: WordEndings) -> Bool { lhs.bytes == rhs.bytes }
  public func hash(into hasher: inout Hasher) { hasher.combine(bytes) }
}
