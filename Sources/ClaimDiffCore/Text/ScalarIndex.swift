/// Converts UTF-8 byte offsets of a text into Unicode scalar offsets.
///
/// Extraction works on bytes; the JSON contract speaks in scalars. The index keeps one
/// checkpoint every 64 bytes, so a conversion costs at most a 64-byte scan.
struct ScalarIndex: Sendable {
  private static let stride = 64
  private let bytes: [UInt8]
  private let checkpoints: [Int]

  init(_ bytes: [UInt8]) {
    self.bytes = bytes
    let count = bytes.count
    // One checkpoint per started block, and one more when the last block is full.
    let blocks = count / Self.stride + 1
    checkpoints = [Int](unsafeUninitializedCapacity: blocks) { checkpoints, written in
      bytes.withUnsafeBytes { raw in
        var scalars = 0
        var offset = 0
        for block in 0..<blocks {
          checkpoints.initializeElement(at: block, to: scalars)
          let end = min(offset + Self.stride, count)
          // A byte starts a scalar unless it continues one (0b10xxxxxx): eight bytes at a
          // time, their continuation bytes counted by their high bits.
          while offset + 8 <= end {
            let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            let continuing = word & ~(word << 1) & 0x8080_8080_8080_8080
            scalars += 8 - continuing.nonzeroBitCount
            offset += 8
          }
          while offset < end {
            if raw[offset] & 0xC0 != 0x80 { scalars += 1 }
            offset += 1
          }
        }
      }
      written = blocks
    }
  }

  /// The scalar offset of the byte offset `offset` (which should start a scalar).
  func scalarOffset(ofByte offset: Int) -> Int {
    let clamped = min(max(offset, 0), bytes.count)
    let block = clamped / Self.stride
    var scalars = checkpoints[block]
    var position = block * Self.stride
    while position < clamped {
      if bytes[position] & 0xC0 != 0x80 { scalars += 1 }
      position += 1
    }
    return scalars
  }

  /// The scalar range of a byte range.
  func scalarRange(ofBytes range: Range<Int>) -> Range<Int> {
    scalarOffset(ofByte: range.lowerBound)..<scalarOffset(ofByte: range.upperBound)
  }
}
