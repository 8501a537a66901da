/// A word-level diff of two texts, comparing words by their folded form.
///
/// Words differing only in case, quote style or punctuation count as equal, so a reworded
/// claim shows what was reworded and nothing else.
enum WordDiff {
  /// The edits that turn `old` into `new`.
  ///
  /// - Complexity: O(*n*·*m*) in the number of words, after trimming the common ends.
  static func edits(_ old: String, _ new: String) -> [WordEdit] {
    let a = old.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init)
    let b = new.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init)
    let keysA = a.map { ClaimKey($0).folded }
    let keysB = b.map { ClaimKey($0).folded }
    var prefix = 0
    while prefix < a.count && prefix < b.count && keysA[prefix] == keysB[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < a.count - prefix && suffix < b.count - prefix
      && keysA[a.count - 1 - suffix] == keysB[b.count - 1 - suffix]
    {
      suffix += 1
    }
    var operations: [(WordEdit.Operation, String)] = b[..<prefix].map { (.equal, $0) }
    let middleA = Array(prefix..<(a.count - suffix))
    let middleB = Array(prefix..<(b.count - suffix))
    let n = middleA.count
    let m = middleB.count
    if n * m <= 250_000 {
      var table = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
      for i in stride(from: n - 1, through: 0, by: -1) {
        for j in stride(from: m - 1, through: 0, by: -1) {
          table[i][j] =
            keysA[middleA[i]] == keysB[middleB[j]]
            ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
        }
      }
      var i = 0
      var j = 0
      while i < n || j < m {
        if i < n && j < m && keysA[middleA[i]] == keysB[middleB[j]] {
          operations.append((.equal, b[middleB[j]]))
          i += 1
          j += 1
        } else if j < m && (i == n || table[i][j + 1] >= table[i + 1][j]) {
          operations.append((.insert, b[middleB[j]]))
          j += 1
        } else {
          operations.append((.delete, a[middleA[i]]))
          i += 1
        }
      }
    } else {
      operations += middleA.map { (.delete, a[$0]) } + middleB.map { (.insert, b[$0]) }
    }
    operations += b[(b.count - suffix)...].map { (.equal, $0) }
    // Deletions before insertions within a changed run reads best: [-old-]{+new+}.
    var edits: [WordEdit] = []
    var pendingDelete: [String] = []
    var pendingInsert: [String] = []
    func flush() {
      if !pendingDelete.isEmpty {
        edits.append(WordEdit(.delete, pendingDelete.joined(separator: " ")))
      }
      if !pendingInsert.isEmpty {
        edits.append(WordEdit(.insert, pendingInsert.joined(separator: " ")))
      }
      pendingDelete.removeAll()
      pendingInsert.removeAll()
    }
    for (operation, word) in operations {
      switch operation {
      case .delete: pendingDelete.append(word)
      case .insert: pendingInsert.append(word)
      case .equal:
        flush()
        if let last = edits.last, last.operation == .equal {
          edits[edits.count - 1].text += " " + word
        } else {
          edits.append(WordEdit(.equal, word))
        }
      }
    }
    flush()
    return edits
  }
}
