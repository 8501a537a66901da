import ClaimDiffCore

extension ClaimStore {
  /// Checks a request for everything ``ingest(_:extractor:now:)`` would refuse in it, without
  /// extracting or writing: the slug, the publication time, the language and the text's
  /// header and words.
  ///
  /// An import checks every line this way first, so a bad line stops it before anything is
  /// written.
  public static func check(_ request: IngestRequest, packs: LanguagePacks) throws(ClaimDiffError) {
    _ = try checkFields(request, packs: packs)
    try Document.check(request.text)
  }

  /// Checks a request's slug, publication time and language, and returns the language pack it
  /// asks for, if any.
  static func checkFields(_ request: IngestRequest, packs: LanguagePacks) throws(ClaimDiffError)
    -> (any LanguagePack)?
  {
    try validate(slug: request.story)
    if let published = request.published, !Day.isTimestamp(published) {
      throw .invalidValue(
        name: "publication time", value: published,
        expected: "a date like 2025-10-21 or 2025-10-21T08:00:00Z")
    }
    guard let language = request.language else { return nil }
    guard let pack = packs.pack(for: language) else {
      throw .unsupportedLanguage(language, available: packs.codes)
    }
    return pack
  }
}
