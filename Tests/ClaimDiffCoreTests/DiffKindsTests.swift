import Testing

@testable import ClaimDiffCore

/// Each kind of change is found where it happens, and only there.
@Suite("Diff kinds")
struct DiffKindsTests {
  let differ = ClaimDiffer()

  func diff(
    _ old: String, _ new: String, language: String = "en",
    days: (String, String) = ("2025-10-21", "2025-10-21")
  ) throws -> ClaimDiff {
    differ.diff(
      try version(old, number: 1, day: days.0, language: language),
      try version(new, number: 2, day: days.1, language: language))
  }

  static let paragraphs = [
    "The ferry Aurora hit the north pier at dawn.",
    "Divers inspected the hull for three hours.",
    "The harbour master closed the east channel to traffic.",
    "Fishing boats were sent to the southern docks.",
    "The port authority will publish a report next month.",
  ]

  @Test("a paragraph moved from the end to the top is a move; an insertion is no move")
  func moves() throws {
    let old = Self.paragraphs.joined(separator: "\n\n")
    let moved = try diff(
      old, ([Self.paragraphs[4]] + Self.paragraphs[0..<4]).joined(separator: "\n\n"))
    #expect(moved.changes.map(\.kind) == [.moved])
    #expect(moved.changes.first?.after?.text.hasPrefix("The port authority") == true)
    let inserted = try diff(
      old, (["Rain fell all night."] + Self.paragraphs).joined(separator: "\n\n"))
    #expect(inserted.changes.map(\.kind) == [.added])
    // Two neighbours swapping places is a trivial shift.
    var swapped = Self.paragraphs
    swapped.swapAt(1, 2)
    #expect(try diff(old, swapped.joined(separator: "\n\n")).count(.moved) == 0)
  }

  @Test("a sentence split in two is one claim and a part split off, not an addition")
  func split() throws {
    let old = "The port will reopen on Monday after divers inspect the damaged north pier."
    let new = "The port will reopen on Monday. Divers will first inspect the damaged north pier."
    let result = try diff(old, new)
    #expect(result.count(.split) == 1)
    #expect(result.count(.added) == 0)
    #expect(result.count(.removed) == 0)
    let merged = try diff(new, old)
    #expect(merged.count(.merged) == 1)
    #expect(merged.count(.removed) == 0)
    // A new claim that only shares names with a sentence still there is an addition.
    let names = "Rubio and Lavrov discussed the Budapest summit between Trump and Putin."
    let shelved = try diff(
      names, names + " The Budapest summit between Trump and Putin was shelved.")
    #expect(shelved.changes.map(\.kind) == [.added])
    #expect(
      try diff(names + " The Budapest summit between Trump and Putin was shelved.", names)
        .changes.map(\.kind) == [.removed])
    // A new sentence on another matter is an addition.
    let other = try diff(old, old + " Tourists were stranded at the ferry terminal.")
    #expect(other.changes.map(\.kind) == [.added])
  }

  @Test("an explicit correction note is told apart from a silent change")
  func corrections() throws {
    let old = "The mayor, Paolo Verdi, said the school was evacuated."
    let silent = try diff(old, "The mayor, Paolo Verde, said the school was evacuated.")
    #expect(silent.corrections.isEmpty)
    #expect(silent.isSilentlyChanged)
    let noted = try diff(
      old,
      "The mayor, Paolo Verde, said the school was evacuated.\n\nCorrection: An earlier "
        + "version of this article misspelled the mayor's name.")
    #expect(noted.corrections.count >= 1)
    #expect(!noted.isSilentlyChanged)
    let italian = try diff(
      "Il sindaco Paolo Verdi ha detto che la scuola è stata evacuata.",
      "Il sindaco Paolo Verde ha detto che la scuola è stata evacuata.\n\nRettifica: in una "
        + "versione precedente di questo articolo il nome del sindaco era sbagliato.",
      language: "it")
    #expect(italian.corrections.map(\.text).joined().contains("sbagliato"))
    // A note already there in the earlier version is not news.
    let withNote =
      "The mayor said the school was evacuated.\n\nCorrection: An earlier version misspelled "
      + "a name."
    let again = try diff(withNote, withNote)
    #expect(again.corrections.isEmpty)
    #expect(again.isEmpty)
  }

  @Test("a dateline added or dropped is no change")
  func datelines() throws {
    let result = try diff(
      "The summit was postponed until further notice.",
      "ROME (Reuters) - The summit was postponed until further notice.")
    #expect(result.isEmpty)
    #expect(result.suppressed == 1)
  }

  @Test("an anonymous source named, a relayed claim made directly")
  func reattributions() throws {
    let named = try diff(
      "The pier collapsed overnight after the collision, an official told Reuters.",
      "The pier collapsed overnight after the collision, port director Jane Morrow said.")
    let change = try #require(named.changes.first)
    #expect(change.kind == .reattributed)
    #expect(change.reattribution == .anonymousToNamed)
    let direct = try diff(
      "Jane Morrow told CNN that the pier collapsed overnight.",
      "Jane Morrow said that the pier collapsed overnight.")
    #expect(direct.changes.first?.reattribution == .relayToDirect)
  }

  @Test("a date that moves is a time change with both values; the same words a day later are not")
  func timeChanges() throws {
    let moved = try diff(
      "Il vertice si terrà domani a Bruxelles.", "Il vertice si terrà venerdì a Bruxelles.",
      language: "it")
    let change = try #require(moved.changes.first)
    #expect(change.kinds.contains(.time))
    #expect(change.before?.times.first?.date?.description == "2025-10-22")
    #expect(change.after?.times.first?.date?.description == "2025-10-24")
    let restated = try diff(
      "Il vertice si terrà domani a Bruxelles.", "Il vertice si terrà domani a Bruxelles.",
      language: "it", days: ("2025-10-21", "2025-10-22"))
    #expect(restated.isEmpty)
  }

  @Test("a figure that changes is a number change with both values")
  func numberChanges() throws {
    let result = try diff(
      "La Prefettura ha detto che i dispersi sono 4.",
      "La Prefettura ha detto che i dispersi sono 2.",
      language: "it")
    let change = try #require(result.changes.first)
    #expect(change.kinds.contains(.number))
    #expect(change.before?.quantities.first?.value == 4)
    #expect(change.after?.quantities.first?.value == 2)
  }
}

@Suite("ClaimHistory")
struct ClaimHistoryTests {
  /// A version whose claims are (id, text) pairs, as the store gives them.
  func claims(_ items: [(String, String)], number: Int) -> VersionClaims {
    let list = items.enumerated().map { index, item in
      Claim(
        id: item.0, sentence: index + 1, ordinal: index + 1, text: item.1, parts: [],
        source: .narrator, attribution: .narrator)
    }
    return VersionClaims(
      info: VersionInfo(
        story: "s", number: number, published: "", day: nil, hash: "", language: "en",
        bytes: 0, claims: list.count),
      claims: list)
  }

  @Test("a claim keeps its id through changes, removal and return")
  func lifecycle() throws {
    let histories = ClaimHistory.build([
      claims([("a", "The pier collapsed"), ("b", "Two divers are missing")], number: 1),
      claims([("a", "The pier collapsed"), ("b", "Three divers are missing")], number: 2),
      claims([("a", "The pier collapsed")], number: 3),
      claims([("a", "The pier collapsed"), ("b", "Three divers are missing")], number: 4),
      claims([("c", "The port reopened")], number: 5),
    ])
    #expect(histories.map(\.id) == ["a", "b", "c"])
    let pier = try #require(histories.first)
    #expect(pier.steps.map(\.event) == [.appeared, .unchanged, .unchanged, .unchanged, .removed])
    #expect(pier.versions == [1, 2, 3, 4])
    let divers = histories[1]
    #expect(divers.steps.map(\.event) == [.appeared, .changed, .removed, .returned, .removed])
    #expect(divers.steps[1].kinds.contains(.reworded))
    #expect(divers.versions == [1, 2, 4])
    #expect(histories[2].steps.map(\.event) == [.appeared])
  }
}
