/// A version's text, read: header, tokens and sentences, with byte offsets throughout.
public struct Document: Sendable {
  /// A sentence of the body.
  public struct Sentence: Sendable, Equatable {
    /// Indices into ``Document/tokens``.
    public var tokens: Range<Int>
    /// UTF-8 offsets into ``Document/bytes``.
    public var bytes: Range<Int>
    /// The 0-based paragraph the sentence belongs to.
    public var paragraph: Int
  }

  /// The normalized text and the way back to the input's offsets.
  public let normalized: NormalizedText
  /// The normalized text's UTF-8 bytes.
  public let bytes: [UInt8]
  /// The header lines, if the text has them.
  public let header: Header
  /// Where the body starts, in bytes.
  public let bodyStart: Int
  /// The language pack used.
  public let pack: any LanguagePack
  /// The body's tokens.
  public let tokens: [Token]
  /// The body's sentences.
  public let sentences: [Sentence]
  let scalars: ScalarIndex

  /// Normalizes, parses the header, picks the language, tokenizes and segments `text`.
  ///
  /// - Parameters:
  ///   - language: The pack to use; detected from the text when `nil`.
  ///   - packs: The packs detection chooses from.
  /// - Throws: ``ClaimDiffError/malformedHeader(line:reason:)`` for a header it cannot read.
  /// - Complexity: O(*n*).
  public init(
    parsing text: String, language: (any LanguagePack)? = nil, packs: LanguagePacks = .standard
  ) throws(ClaimDiffError) {
    normalized = NormalizedText(text)
    bytes = Array(normalized.text.utf8)
    let (header, bodyStart) = try HeaderParser.parse(bytes)
    self.header = header
    self.bodyStart = bodyStart
    if let language {
      pack = language
    } else if let code = header.fields.first(where: {
      ["language", "lang", "lingua"].contains($0.key)
    })?.value,
      let chosen = packs.pack(for: code)
    {
      pack = chosen
    } else {
      pack = packs.detect(utf8: bytes[bodyStart...])
    }
    tokens = Tokenizer(pack: pack, tables: packs.tableIndex(for: pack))
      .tokenize(bytes, in: bodyStart..<bytes.count)
    var paragraph = 0
    var sentences: [Sentence] = []
    for range in SentenceSegmenter(pack: pack).segment(tokens) {
      if let first = range.first, first > 0, tokens[first].flags.contains(.paragraphBefore) {
        paragraph += 1
      }
      let byteRange =
        tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound
      sentences.append(Sentence(tokens: range, bytes: byteRange, paragraph: paragraph))
    }
    self.sentences = sentences
    scalars = ScalarIndex(bytes)
  }

  /// The text of `bytes[range]`.
  public func string(_ range: Range<Int>) -> String {
    String(decoding: bytes[range], as: UTF8.self)
  }

  /// The text from the first to the last of `tokens` (indices), as written.
  func string(tokens range: Range<Int>) -> String {
    guard !range.isEmpty else { return "" }
    return string(
      tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound)
  }

  /// The byte range covered by token indices `range`.
  func byteRange(tokens range: Range<Int>) -> Range<Int> {
    guard !range.isEmpty else { return 0..<0 }
    return tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound
  }

  /// The scalar range, in the normalized text, of token indices `range`.
  func scalarRange(tokens range: Range<Int>) -> Range<Int> {
    scalars.scalarRange(ofBytes: byteRange(tokens: range))
  }

  /// The scalar range, in the normalized text, of a byte range.
  func scalarRange(bytes range: Range<Int>) -> Range<Int> {
    scalars.scalarRange(ofBytes: range)
  }

  /// Whether the body has any word.
  public var hasWords: Bool { tokens.contains { $0.isWordLike } }
}
