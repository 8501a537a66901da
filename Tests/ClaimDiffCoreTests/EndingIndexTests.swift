import ClaimDiffTestSupport
import Testing

@testable import ClaimDiffCore

/// The index of several lists of endings against the lists asked one by one.
@Suite("Ending index")
struct EndingIndexTests {
  /// Each list with one ending inside another's and one that is a whole word.
  let lists: [WordEndings] = [
    ["ato", "ata", "ati", "ate"],
    ["ed"],
    ["ing", "ando", "endo"],
    ["rebbe", "rebbero", "ebbe"],
    ["mente", "a"],
  ]

  func match(_ index: EndingIndex, _ word: String) -> EndingIndex.Match {
    Array(word.utf8).withUnsafeBufferPointer { index.lists(endingWith: $0) }
  }

  /// Expects `index` to answer for `word` as each of ``lists`` does alone.
  func expectSameAnswers(
    _ index: EndingIndex, _ word: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let match = match(index, word)
    for (list, endings) in lists.enumerated() {
      #expect(
        match.contains(list) == endings.matches(word), "\(word) in list \(list)",
        sourceLocation: sourceLocation)
      #expect(
        match.shortest(list) == endings.shortestMatch(in: word), "\(word) in list \(list)",
        sourceLocation: sourceLocation)
    }
  }

  @Test(
    "every list answers as it does alone: whether a word ends with one of its endings, and the shortest",
    arguments: [
      "confermato", "ato", "to", "", "passed", "ed", "d", "speaking", "parlando", "avrebbe",
      "sarebbero", "rebbe", "ebbe", "probabilmente", "a", "casa", "città", "perché", "l'",
    ])
  func words(word: String) {
    expectSameAnswers(EndingIndex(lists), word)
  }

  @Test("random words of the endings' letters give the same answers as the lists")
  func randomWords() {
    let index = EndingIndex(lists)
    var random = SplitMix(seed: 11)
    let letters = Array("abdegimnortà'".unicodeScalars)
    for _ in 0..<5_000 {
      var word = String.UnicodeScalarView()
      for _ in 0..<Int.random(in: 0...9, using: &random) {
        word.append(letters[Int.random(in: 0..<letters.count, using: &random)])
      }
      expectSameAnswers(index, String(word))
    }
  }

  @Test("the language packs' indexes match their own lists")
  func packs() {
    for pack in LanguagePacks.standard.packs {
      let lexicon = pack.lexicon
      guard let index = lexicon.verbEndings else {
        Issue.record("\(pack.code) has no verb ending index")
        continue
      }
      for (list, endings) in lexicon.verbEndingLists.enumerated() {
        for ending in endings {
          for word in [ending, "x" + ending, "xy" + ending] {
            #expect(match(index, word).shortest(list) == endings.shortestMatch(in: word))
          }
        }
      }
    }
  }
}
