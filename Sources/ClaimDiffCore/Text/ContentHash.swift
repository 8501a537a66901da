/// The identity of a version's content: the same article gives the same hash.
public enum ContentHash {
  /// The SHA-256 of `document`'s body with white space collapsed and quotes folded.
  ///
  /// The header is left out: a version re-ingested with another date line is the same text.
  public static func of(_ document: Document) -> String {
    var folded: [UInt8] = []
    folded.reserveCapacity(document.bytes.count - document.bodyStart)
    var space = false
    var index = document.bodyStart
    let bytes = document.bytes
    bytes.withUnsafeBufferPointer { buffer in
      while index < buffer.count {
        // ASCII, most of the text, without decoding.
        let byte = buffer[index]
        if byte < 0x80 {
          index += 1
          if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
            space = !folded.isEmpty
            continue
          }
          if space { folded.append(0x20) }
          space = false
          folded.append(byte)
          continue
        }
        let (scalar, width) = UTF8Scalar.decode(bytes, at: index)
        defer { index += width }
        if UTF8Scalar.isSpace(scalar) {
          space = !folded.isEmpty
          continue
        }
        if space { folded.append(0x20) }
        space = false
        switch scalar {
        case "\u{2018}", "\u{2019}": folded.append(UInt8(ascii: "'"))
        case "\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}", "\u{00BB}":
          folded.append(UInt8(ascii: "\""))
        default:
          folded.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[index..<(index + width)]))
        }
      }
    }
    return SHA256.hex(folded)
  }
}
