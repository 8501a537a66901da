/// Breaks a text into atomic claims with their sources, modality, polarity, times and events.
///
/// ```swift
/// let extraction = try Extractor().extract(text, published: Day(iso: "2025-10-21"))
/// for claim in extraction.claims { print(claim.source.label, claim.text) }
/// ```
public struct Extractor: Sendable {
  /// The sources the extractor knows by name.
  public var registry: SourceRegistry
  /// The languages the extractor reads.
  public var packs: LanguagePacks

  /// Creates an extractor.
  public init(registry: SourceRegistry = .standard, packs: LanguagePacks = .standard) {
    self.registry = registry
    self.packs = packs
  }

  /// Extracts the claims of `text`.
  ///
  /// - Parameters:
  ///   - language: A pack code; detected from the text when `nil`.
  ///   - published: The day relative times count from; the header's date when `nil`.
  /// - Throws: ``ClaimDiffError`` for an unknown language or a malformed header.
  /// - Complexity: O(*n*) in the length of the text.
  public func extract(_ text: String, language: String? = nil, published: Day? = nil)
    throws(ClaimDiffError) -> Extraction
  {
    var pack: (any LanguagePack)?
    if let language {
      guard let chosen = packs.pack(for: language) else {
        throw .unsupportedLanguage(language, available: packs.codes)
      }
      pack = chosen
    }
    let document = try Document(parsing: text, language: pack, packs: packs)
    return extract(document, published: published)
  }

  /// Extracts the claims of a parsed document.
  ///
  /// - Parameter complete: Whether the extraction gives each sentence's span and the
  ///   attribution frames with their spans; without them, only the claims, their events, the
  ///   language and the header, which is all the store keeps.
  public func extract(_ document: Document, published: Day? = nil, complete: Bool = true)
    -> Extraction
  {
    let run = ExtractionRun(
      document: document, registry: registry, reference: published ?? document.header.date)
    return run.run(complete: complete)
  }
}
