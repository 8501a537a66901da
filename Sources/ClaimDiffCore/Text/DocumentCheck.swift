extension Document {
  /// Checks what ``init(parsing:language:packs:)`` would refuse, without tokenizing: a header
  /// it cannot read, or a body without a word.
  ///
  /// - Throws: ``ClaimDiffError/malformedHeader(line:reason:)`` or ``ClaimDiffError/emptyText``.
  /// - Complexity: O(*n*), a fraction of parsing.
  public static func check(_ text: String) throws(ClaimDiffError) {
    let bytes = Array(NormalizedText(text).text.utf8)
    let (_, bodyStart) = try HeaderParser.parse(bytes)
    var index = bodyStart
    while index < bytes.count {
      let (scalar, width) = UTF8Scalar.decode(bytes, at: index)
      if UTF8Scalar.isWordScalar(scalar) && scalar.properties.generalCategory != .nonspacingMark {
        return
      }
      index += width
    }
    throw .emptyText
  }
}
