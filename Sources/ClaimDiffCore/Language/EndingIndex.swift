/// Several lists of word endings matched at once: which lists have an ending a word ends with,
/// found by reading the word once from its last byte backwards.
///
/// The grammar asks of almost every word whether it has a finite verb's ending, a participle's,
/// a gerund's, a future's or the reporting conditional's. Asking each ``WordEndings`` list in
/// turn reads the word's end once per list; here the endings of every list are one tree of
/// their bytes, last byte first, and the walk down it stops where no ending goes on.
///
/// ```swift
/// let index = EndingIndex([["ato", "ata"], ["ing"]])
/// Array("confermato".utf8).withUnsafeBufferPointer { index.lists(endingWith: $0) }.lists  // 1
/// ```
struct EndingIndex: Sendable {
  /// What a word ends with.
  struct Match: Equatable {
    /// Bit `i` is set when the word ends with an ending of list `i`.
    var lists: UInt8 = 0
    /// Byte `i` holds the length of the shortest ending of list `i` the word ends with, up to
    /// 255; 0 when it ends with none.
    var lengths: UInt64 = 0

    /// Whether the word ends with an ending of list `list`.
    func contains(_ list: Int) -> Bool { lists & (1 << UInt8(list)) != 0 }

    /// The length of the shortest ending of list `list` the word ends with.
    func shortest(_ list: Int) -> Int? {
      let length = Int((lengths >> UInt64(8 * list)) & 0xFF)
      return length == 0 ? nil : length
    }
  }

  /// The tree's nodes.
  ///
  /// A node's children are `edges[node.edges]`; `lists` has bit `i` set when the bytes from
  /// the root to the node, read backwards, are an ending of list `i`.
  private var nodes: [(edges: Range<Int>, lists: UInt8)] = []
  /// Edges, each a byte and the node it leads to; a node's edges are together.
  private var edges: [(byte: UInt8, node: Int32)] = []
  /// The children of the root by byte, -1 for none: most words stop here.
  private var roots = [Int32](repeating: -1, count: 256)
  /// How many lists the index holds.
  let count: Int

  /// Indexes `lists`, at most eight.
  init(_ lists: [WordEndings]) {
    precondition(lists.count <= 8, "at most eight lists of endings")
    count = lists.count
    // Built as a tree of dictionaries, then laid out flat.
    var children: [[UInt8: Int]] = [[:]]
    var masks: [UInt8] = [0]
    for (list, endings) in lists.enumerated() {
      for ending in endings {
        var node = 0
        for byte in ending.utf8.reversed() {
          if let child = children[node][byte] {
            node = child
          } else {
            children.append([:])
            masks.append(0)
            children[node][byte] = children.count - 1
            node = children.count - 1
          }
        }
        masks[node] |= 1 << UInt8(list)
      }
    }
    for node in children.indices {
      let start = edges.count
      for (byte, child) in children[node].sorted(by: { $0.key < $1.key }) {
        edges.append((byte, Int32(child)))
        if node == 0 { roots[Int(byte)] = Int32(child) }
      }
      nodes.append((start..<edges.count, masks[node]))
    }
  }

  /// The lists with an ending `word` ends with, or is, and the shortest such ending of each.
  ///
  /// - Complexity: O(*k*) for the *k* last bytes of `word` that some ending has.
  func lists(endingWith word: UnsafeBufferPointer<UInt8>) -> Match {
    var match = Match()
    guard let last = word.last else { return match }
    var node = Int(roots[Int(last)])
    var length = 1
    while node >= 0 {
      let found = nodes[node].lists & ~match.lists
      if found != 0 {
        // Lists met first here: their shortest ending is this long.
        for list in 0..<count where found & (1 << UInt8(list)) != 0 {
          match.lengths |= UInt64(min(length, 255)) << UInt64(8 * list)
        }
        match.lists |= found
      }
      guard length < word.count else { break }
      let byte = word[word.count - 1 - length]
      var next = -1
      for edge in edges[nodes[node].edges] where edge.byte == byte {
        next = Int(edge.node)
        break
      }
      node = next
      length += 1
    }
    return match
  }
}
