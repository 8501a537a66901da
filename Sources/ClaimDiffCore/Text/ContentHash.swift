/// The identity of a version's content: the same article gives the same hash.
public enum ContentHash {
  /// The SHA-256 of `document`'s body with white space collapsed and quotes folded.
  ///
  /// The header is left out: a version re-ingested with another date line is the same text.
  public static func of(_ document: Document) -> String {
    let bytes = document.bytes
    let start = document.bodyStart
    // Folding never lengthens the text: a space is written only for the white space it
    // replaces, a quote mark becomes one byte.
    let folded = [UInt8](unsafeUninitializedCapacity: max(0, bytes.count - start)) {
      output, written in
      written = bytes.withUnsafeBufferPointer { fold($0, from: start, into: output) }
    }
    return SHA256.hex(folded)
  }

  /// Writes `bytes[start...]` folded into `output`; returns how many bytes it wrote.
  ///
  /// Runs of printable ASCII, most of any text, are copied eight bytes at a time.
  private static func fold(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int,
    into output: UnsafeMutableBufferPointer<UInt8>
  ) -> Int {
    let input = UnsafeRawBufferPointer(bytes)
    let target = UnsafeMutableRawBufferPointer(output)
    let end = bytes.count
    var count = 0
    var space = false
    var index = start
    // Each pending space stands for at least one byte read and not yet written, so `count`
    // stays at most `index - start`: eight bytes written at `count` fit when eight can be read
    // at `index`.
    while index < end {
      if index + 8 <= end {
        let word = input.loadUnaligned(fromByteOffset: index, as: UInt64.self)
        let plain = simplePrefix(word, afterSpace: space || count == 0)
        if plain > 0 {
          if space {
            output[count] = 0x20
            count += 1
            space = false
          }
          target.storeBytes(of: word, toByteOffset: count, as: UInt64.self)
          count += plain
          index += plain
          continue
        }
      }
      let byte = bytes[index]
      // ASCII other than white space is copied as it is.
      if byte > 0x20 && byte < 0x80 {
        if space {
          output[count] = 0x20
          count += 1
          space = false
        }
        output[count] = byte
        count += 1
        index += 1
        continue
      }
      let (scalar, width) =
        byte < 0x80 ? (Unicode.Scalar(byte), 1) : UTF8Scalar.decode(bytes, at: index)
      defer { index += width }
      if UTF8Scalar.isSpace(scalar) {
        space = count > 0
        continue
      }
      if space {
        output[count] = 0x20
        count += 1
      }
      space = false
      switch scalar {
      case "\u{2018}", "\u{2019}":
        output[count] = UInt8(ascii: "'")
        count += 1
      case "\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}", "\u{00BB}":
        output[count] = UInt8(ascii: "\"")
        count += 1
      default:
        for offset in 0..<width { output[count + offset] = bytes[index + offset] }
        count += width
      }
    }
    return count
  }

  /// How many of the eight bytes of `word` (from its lowest) are copied as they are: printable
  /// ASCII, and single spaces between printable ASCII bytes.
  ///
  /// - Parameter afterSpace: Whether a space written first would follow white space or open
  ///   the text, where a space is not copied.
  @inline(__always)
  private static func simplePrefix(_ word: UInt64, afterSpace: Bool) -> Int {
    let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    let highs: UInt64 = 0x8080_8080_8080_8080
    // Each test sets the high bit of the bytes it holds for, exactly: no byte carries into
    // another.
    let controls = ~(((word & lows) &+ 0x6060_6060_6060_6060) | word) & highs
    let blank = word ^ 0x2020_2020_2020_2020
    let spaces = ~(((blank & lows) &+ lows) | blank | lows)
    // A space is copied only between two printable bytes: not before another space, not last.
    var stops = (word & highs) | controls | (spaces & (spaces >> 8)) | (spaces & 0x80 << 56)
    if afterSpace { stops |= spaces & 0x80 }
    var plain = stops == 0 ? 8 : stops.trailingZeroBitCount / 8
    // Nor before white space or a non-ASCII byte.
    if plain < 8 && plain > 0 && spaces >> (8 * (plain - 1)) & 0x80 != 0 { plain -= 1 }
    return plain
  }
}
