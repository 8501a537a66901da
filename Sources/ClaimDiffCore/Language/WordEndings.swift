/// Word endings ("-avano", "-ed"), matched against token keys by their UTF-8 bytes.
///
/// The grammar asks whether a word has one of a list of endings many times per word. A key is
/// compared only with the endings whose last byte is its own, shortest first: a mask of those
/// last bytes turns most words away at once, and the endings are kept in one array, grouped by
/// last byte, so none is copied out to be compared.
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
  /// The endings' bytes one after another, grouped by last byte, shortest first in a group.
  private var packed: [UInt8] = []
  /// Where each ending starts in `packed`, and its length, in the same order.
  private var entries: [(start: Int, count: Int)] = []
  /// For each byte `b`, the endings that end with it are `entries[groups[b]..<groups[b + 1]]`.
  private var groups: [Int] = []

  /// Creates a list of `endings`.
  public init(_ endings: some Sequence<String>) {
    for ending in endings where !ending.isEmpty {
      let ending = Array(ending.utf8)
      bytes.append(ending)
      lastBytes |= Self.bit(ending[ending.count - 1])
    }
    words = bytes.map { String(decoding: $0, as: UTF8.self) }
    // By last byte, then shortest first: the first ending of a group that matches is the
    // shortest that does.
    let sorted = bytes.enumerated().sorted { first, second in
      let (one, other) = (first.element, second.element)
      return (one[one.count - 1], one.count, first.offset)
        < (other[other.count - 1], other.count, second.offset)
    }
    groups = [Int](repeating: 0, count: 257)
    for (_, ending) in sorted {
      entries.append((packed.count, ending.count))
      packed += ending
      groups[Int(ending[ending.count - 1]) + 1] += 1
    }
    for byte in 0..<256 { groups[byte + 1] += groups[byte] }
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
    let group = groups[Int(last)]..<groups[Int(last) + 1]
    return packed.withUnsafeBufferPointer { packed in
      entries.withUnsafeBufferPointer { entries in
        for (start, count) in entries[group] {
          // The rest of the group is no shorter.
          guard count <= key.count else { return nil }
          let offset = key.count - count
          var same = true
          // From the end: the last bytes are equal, and endings mostly differ near the end.
          for position in stride(from: count - 2, through: 0, by: -1)
          where key[offset + position] != packed[start + position] {
            same = false
            break
          }
          if same { return count }
        }
        return nil
      }
    }
  }

  @inline(__always)
  private static func bit(_ byte: UInt8) -> UInt64 { 1 << UInt64(byte & 63) }

  public static func == (lhs: WordEndings, rhs: WordEndings) -> Bool { lhs.bytes == rhs.bytes }
  public func hash(into hasher: inout Hasher) { hasher.combine(bytes) }
}
