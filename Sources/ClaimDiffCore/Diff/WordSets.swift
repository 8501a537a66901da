import Foundation

/// Sets of words as integer ids, with an index from each word to the sets that hold it, so the
/// sets that share words with another are found without comparing every pair.
///
/// ```swift
/// var vocabulary = WordSets.Vocabulary()
/// let sets = WordSets(keys.map { vocabulary.content(of: $0) })
/// var scratch = WordSets.Scratch()
/// sets.sharing(vocabulary.content(of: query), scratch: &scratch) { set, common in … }
/// ```
struct WordSets {
  /// Word ids, given in order of first sight, with what each word is.
  struct Vocabulary {
    /// The bytes of every word, one after the other: texts are in NFC already, so bytes
    /// compare as the words do, without the normalizing hash of `String`.
    private var bytes: [UInt8] = []
    /// Where each word's bytes start in `bytes`, and where the next word's would.
    private var starts: [Int] = [0]
    /// An open-addressing table of word ids by the hash of their bytes; -1 is empty.
    private var table = [Int32](repeating: -1, count: 1024)
    /// Whether each word is a function word of a standard language pack.
    private var function: [Bool] = []
    /// Whether each word is a negation.
    private var negation: [Bool] = []
    /// Whether each word is a number.
    private var numeric: [Bool] = []

    /// The number of distinct words seen.
    var count: Int { starts.count - 1 }

    /// The ids of the words of `key`, in order, repeats included.
    mutating func words(_ key: ClaimKey) -> [Int] {
      var folded = key.folded
      return folded.withUTF8 { text in
        var result: [Int] = []
        var start = 0
        for index in 0...text.count where index == text.count || text[index] == 0x20 {
          if index > start { result.append(id(UnsafeBufferPointer(rebasing: text[start..<index]))) }
          start = index + 1
        }
        return result
      }
    }

    private mutating func id(_ word: UnsafeBufferPointer<UInt8>) -> Int {
      var hash = WordTable<UInt8>.hashStart
      for byte in word { hash = WordTable<UInt8>.hashing(hash, byte) }
      let mask = table.count - 1
      var slot = Self.home(hash: hash, mask: mask)
      while table[slot] >= 0 {
        let id = Int(table[slot])
        if starts[id + 1] - starts[id] == word.count, equal(id, word) { return id }
        slot = (slot + 1) & mask
      }
      let id = count
      bytes.append(contentsOf: word)
      starts.append(bytes.count)
      table[slot] = Int32(id)
      let classes =
        WordSets.classes.value(utf8: word, hash: WordTable<UInt8>.hashed(hash)) ?? 0
      function.append(classes & WordSets.functionWord != 0)
      negation.append(classes & WordSets.negationWord != 0)
      numeric.append(Self.isNumeric(word))
      if count * 2 > table.count { grow() }
      return id
    }

    /// Whether every character of a word is a number: ASCII words are read as bytes, where
    /// only digits are numbers.
    private static func isNumeric(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
      guard word.contains(where: { $0 >= 0x80 }) else {
        return word.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
      }
      return String(decoding: word, as: UTF8.self).allSatisfy(\.isNumber)
    }

    /// Adds the words of `other`, returning each of its ids as an id of this vocabulary.
    mutating func absorb(_ other: Vocabulary) -> [Int] {
      other.bytes.withUnsafeBufferPointer { bytes in
        (0..<other.count).map { id in
          self.id(UnsafeBufferPointer(rebasing: bytes[other.starts[id]..<other.starts[id + 1]]))
        }
      }
    }

    /// Whether the word `id` is `word`.
    private func equal(_ id: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
      bytes.withUnsafeBufferPointer { stored in
        let start = starts[id]
        for offset in 0..<word.count where stored[start + offset] != word[offset] {
          return false
        }
        return true
      }
    }

    /// Doubles the table, placing every word again.
    private mutating func grow() {
      table = [Int32](repeating: -1, count: table.count * 2)
      let mask = table.count - 1
      for id in 0..<count {
        var hash = WordTable<UInt8>.hashStart
        for byte in bytes[starts[id]..<starts[id + 1]] {
          hash = WordTable<UInt8>.hashing(hash, byte)
        }
        var slot = Self.home(hash: hash, mask: mask)
        while table[slot] >= 0 { slot = (slot + 1) & mask }
        table[slot] = Int32(id)
      }
    }

    /// The slot of the table where a word's probe starts, from the FNV-1a hash of its bytes.
    private static func home(hash: UInt64, mask: Int) -> Int {
      Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
    }

    /// The distinct content words of `key`, which the aligner compares: all of its words when
    /// none is a content word.
    mutating func content(of key: ClaimKey) -> [Int] {
      let all = words(key)
      return content(all)
    }

    /// The distinct content words of `words`; all of them when none is a content word.
    func content(_ words: [Int]) -> [Int] {
      let content = Self.distinct(words) { !function[$0] }
      return content.isEmpty ? Self.distinct(words) { _ in true } : content
    }

    /// The distinct words of `words` that are not negations.
    func stem(_ words: [Int]) -> [Int] { Self.distinct(words) { !negation[$0] } }

    /// The distinct content words of `words` that are not numbers: what surrounds a figure.
    func context(_ words: [Int]) -> [Int] { content(words).filter { !numeric[$0] } }

    /// The words of `words` that pass `keep`, each once, in order of first sight.
    ///
    /// A claim has tens of words: looking back through the few kept is cheaper than hashing.
    private static func distinct(_ words: [Int], where keep: (Int) -> Bool) -> [Int] {
      var result: [Int] = []
      result.reserveCapacity(words.count)
      if words.count > 64 {
        var seen: Set<Int> = []
        for word in words where keep(word) && seen.insert(word).inserted { result.append(word) }
        return result
      }
      for word in words where keep(word) && !result.contains(word) { result.append(word) }
      return result
    }
  }

  /// The classes of the words of ``classes``.
  static let functionWord: UInt8 = 1
  static let negationWord: UInt8 = 2

  /// The function words of every standard language pack and the negations, by their bytes, so
  /// a new word is classed without making a `String` of it to look up in a `Set`.
  ///
  /// The words looked up are NFC, so bytes compare as `String`s do; each word is entered in
  /// NFC, in case a pack spells one otherwise.
  static let classes: WordTable<UInt8> = {
    var classes = WordTable<UInt8>()
    func add(_ words: Set<Substring>, _ wordClass: UInt8) {
      for word in words {
        let form = String(word).precomposedStringWithCanonicalMapping
        classes[form] = (classes[form] ?? 0) | wordClass
      }
    }
    add(ClaimAligner.functionWords, functionWord)
    add(ContradictionFinder.negations, negationWord)
    return classes
  }()

  /// Counters reused from one query to the next.
  struct Scratch {
    fileprivate var common: [Int] = []
    fileprivate var touched: [Int] = []
  }

  /// The sets, each a list of distinct word ids.
  let sets: [[Int]]
  private let postings: [[Int]]

  /// Indexes `sets`.
  ///
  /// - Complexity: O(total words).
  init(_ sets: [[Int]]) {
    self.sets = sets
    var postings: [[Int]] = []
    for (index, set) in sets.enumerated() {
      for word in set {
        if word >= postings.count {
          postings.append(contentsOf: repeatElement([], count: word - postings.count + 1))
        }
        postings[word].append(index)
      }
    }
    self.postings = postings
  }

  /// How many word occurrences a query of `words` visits: the work ``sharing(_:scratch:_:)``
  /// does.
  func work(_ words: [Int]) -> Int {
    words.reduce(0) { $0 + (($1 < postings.count) ? postings[$1].count : 0) }
  }

  /// Calls `body` with each set that shares at least one word with `words`, in increasing
  /// order, and the number of words they share.
  func sharing(_ words: [Int], scratch: inout Scratch, _ body: (Int, Int) -> Void) {
    if scratch.common.count < sets.count {
      scratch.common = [Int](repeating: 0, count: sets.count)
    }
    for word in words where word < postings.count {
      for set in postings[word] {
        if scratch.common[set] == 0 { scratch.touched.append(set) }
        scratch.common[set] += 1
      }
    }
    scratch.touched.sort()
    for set in scratch.touched {
      body(set, scratch.common[set])
      scratch.common[set] = 0
    }
    scratch.touched.removeAll(keepingCapacity: true)
  }

  /// The Dice coefficient of two sets of sizes `a` and `b` that share `common` words; 1 for
  /// two empty sets.
  static func dice(common: Int, _ a: Int, _ b: Int) -> Double {
    a + b == 0 ? 1 : 2 * Double(common) / Double(a + b)
  }
}
