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
      var count = 0
      var space = false
      var index = start
      bytes.withUnsafeBufferPointer { buffer in
        while index < buffer.count {
          let byte = buffer[index]
          // ASCII other than white space, most of the text, is copied as it is.
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
            for offset in 0..<width { output[count + offset] = buffer[index + offset] }
            count += width
          }
        }
      }
      written = count
    }
    return SHA256.hex(folded)
  }
}
