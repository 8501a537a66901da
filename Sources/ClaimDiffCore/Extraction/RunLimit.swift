/// Where the run of consecutive tokens of a claim ends, for parsers that read a claim's tokens
/// left to right and match phrases that may not run across a gap.
///
/// A claim's tokens are sorted indices with gaps where a frame or an aside was cut out. The end
/// of each position's run is found once per run, not once per position, which made reading a
/// claim quadratic in its length.
struct RunLimit {
  /// One past the last position of the run found last.
  private var end = 0

  /// One past the last token of the run of consecutive tokens `position` is in; positions
  /// asked for never go back.
  mutating func limit(at position: Int, in indices: [Int]) -> Int {
    if position >= end {
      end = position + 1
      while end < indices.count && indices[end] == indices[end - 1] + 1 { end += 1 }
    }
    return indices[end - 1] + 1
  }
}
