/// Sets of words as integer ids, with an index from each word to the sets that hold it, so the
/// sets that share words with another are found without comparing every pair.
///
/// ```swift
/// var vocabulary = WordSets.Vocabulary()
/// let sets = WordSets(texts.map { vocabulary.ids(ClaimAligner.words($0)) })
/// var scratch = WordSets.Scratch()
/// sets.sharing(vocabulary.ids(query), scratch: &scratch) { set, common in … }
/// ```
struct WordSets {
  /// Word ids, given in order of first sight.
  struct Vocabulary {
    private var ids: [Substring: Int] = [:]

    /// The number of distinct words seen.
    var count: Int { ids.count }

    /// The ids of `words`, new words getting the next ids.
    mutating func ids(_ words: Set<Substring>) -> [Int] {
      words.map { word in
        if let id = ids[word] { return id }
        ids[word] = ids.count
        return ids.count - 1
      }
    }
  }

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
