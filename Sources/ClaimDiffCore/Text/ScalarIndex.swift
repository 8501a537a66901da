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
        for block in 0..<blocks {
          checkpoints.initializeElement(at: block, to: scalars)
          let start = block * Self.stride
          scalars += Self.scalars(in: raw, start..<min(start + Self.stride, count))
        }
      }
      written = blocks
    }
  }

  /// The number of scalars that start in `raw[range]`.
  ///
  /// A byte starts one unless it continues one (0b10xxxxxx). Eight bytes are read at a time,
  /// their continuation bytes counted by their high bits.
  private static func scalars(in raw: UnsafeRawBufferPointer, _ range: Range<Int>) -> Int {
    var scalars = 0
    var offset = range.lowerBound
    while offset + 8 <= range.upperBound {
      let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
      let continuing = word & ~(word << 1) & 0x8080_8080_8080_8080
      scalars += 8 - continuing.nonzeroBitCount
      offset += 8
    }
    while offset < range.upperBound {
      if raw[offset] & 0xC0 != 0x80 { scalars += 1 }
      offset += 1
    }
    return scalars
  }

  /// The scalar offset of the byte offset `offset` (which should start a scalar).
  func scalarOffset(ofByte offset: Int) -> Int {
    let clamped = min(max(offset, 0), bytes.count)
    let block = clamped / Self.stride
    let start = block * Self.stride
    return checkpoints[block] + bytes.withUnsafeBytes { Self.scalars(in: $0, start..<clamped) }
  }

  /// The scalar range of a byte range.
  func scalarRange(ofBytes range: Range<Int>) -> Range<Int> {
    scalarOffset(ofByte: range.lowerBound)..<scalarOffset(ofByte: range.upperBound)
  }
}
