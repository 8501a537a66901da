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
    var checkpoints: [Int] = []
    checkpoints.reserveCapacity(bytes.count / Self.stride + 1)
    var scalars = 0
    for (offset, byte) in bytes.enumerated() {
      if offset % Self.stride == 0 { checkpoints.append(scalars) }
      if byte & 0xC0 != 0x80 { scalars += 1 }
    }
    if bytes.count % Self.stride == 0 { checkpoints.append(scalars) }
    self.checkpoints = checkpoints
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
