import Foundation
import Testing

@testable import ClaimDiffCore

@Suite("SourceRegistry")
struct SourceRegistryTests {
  @Test("aliases in either language lead to the canonical source")
  func aliases() {
    let registry = SourceRegistry.standard
    #expect(registry.canonicalName("Casa Bianca") == "White House")
    #expect(registry.canonicalName("cremlino") == "Kremlin")
    #expect(registry.canonicalName("Dipartimento di Stato") == "State Department")
    #expect(registry.entry(named: "Rubio")?.affiliation == "State Department")
    #expect(registry.canonicalName("Someone Else") == "Someone Else")
  }

  @Test("an acronym counts only in capitals: 'Un' opening a sentence is not the UN")
  func acronyms() throws {
    let found = try claims(
      "Un funzionario ha detto che l'accordo è vicino. L'UN ha detto che aiuterà.")
    #expect(claim("accordo", in: found)?.source.name == "anonymous official")
    #expect(claim("aiuterà", in: found)?.source.name == "United Nations")
  }

  @Test("a user file adds sources and their aliases")
  func userFile() throws {
    let json = Data(
      #"{"sources": [{"name": "Protezione civile di Genova", "kind": "organization", "aliases": ["Pc Genova"]}]}"#
        .utf8)
    let registry = try SourceRegistry(json: json)
    #expect(registry.canonicalName("pc genova") == "Protezione civile di Genova")
    #expect(registry.canonicalName("Cnn") == "CNN")
    let found = try Extractor(registry: registry).extract(
      "La Pc Genova ha detto che due persone sono disperse.", published: nil
    ).claims
    #expect(found.first?.source.name == "Protezione civile di Genova")
  }

  @Test("a malformed user file is a clear error")
  func malformedFile() {
    #expect(throws: ClaimDiffError.self) {
      try SourceRegistry(json: Data("{\"sources\": [{}]}".utf8))
    }
    #expect(throws: ClaimDiffError.self) { try SourceRegistry(json: Data("not json".utf8)) }
  }
}
