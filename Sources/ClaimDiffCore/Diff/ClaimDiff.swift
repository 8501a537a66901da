/// What changed between two versions of a story, in claims.
///
/// One value read by every renderer: text, JSON and Markdown.
public struct ClaimDiff: Sendable {
  /// The earlier version.
  public var from: VersionInfo
  /// The later version.
  public var to: VersionInfo
  /// Claims added, removed or changed, in the order of the later version.
  public var changes: [Change]
  /// Events whose latest status differs.
  public var statusUpdates: [StatusUpdate]
  /// Contradictions the later version has and the earlier one did not.
  public var contradictions: [Contradiction]
  /// Claims present in both versions with no change worth showing.
  public var unchanged: Int
  /// Changes not worth showing (spacing, punctuation, quote style), counted.
  public var suppressed: Int
  /// Notes on how the diff was computed (limits hit).
  public var notes: [String]
  /// Claims of the later version that are an explicit correction note ("Correction:",
  /// "Rettifica", "An earlier version of this article…") the earlier version did not have.
  public var corrections: [Claim] = []

  /// Whether claims of the earlier version changed or went away and the later version says
  /// nothing about it: no correction note.
  public var isSilentlyChanged: Bool {
    corrections.isEmpty
      && changes.contains { ![.added, .moved].contains($0.kind) }
  }

  /// Whether nothing worth showing changed.
  public var isEmpty: Bool { changes.isEmpty && statusUpdates.isEmpty && contradictions.isEmpty }

  /// How many changes are of `kind`.
  public func count(_ kind: Change.Kind) -> Int { changes.filter { $0.kind == kind }.count }
}

/// One claim-level change.
public struct Change: Sendable, Hashable {
  /// The kinds of change, from the most telling.
  public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
    case added
    case removed
    case reattributed
    case polarity = "polarity-change"
    case modality = "modality-change"
    case number = "number-change"
    case time = "time-change"
    case reworded
    case moved
    /// A claim of the later version that is one more part of an earlier claim, whose other
    /// part kept its place: a sentence split in two.
    case split
    /// A claim of the earlier version now inside a later claim that continues another one:
    /// two sentences merged.
    case merged
  }

  /// How the source changed, for a reattribution.
  public enum Reattribution: String, Sendable, Hashable, Codable {
    /// An anonymous source is now named ("an official" → "Jane Morrow").
    case anonymousToNamed = "anonymous-to-named"
    /// A named source is now anonymous.
    case namedToAnonymous = "named-to-anonymous"
    /// What an outlet relayed is now said by the source directly ("told CNN" → "said").
    case relayToDirect = "relay-to-direct"
    /// What the source said directly is now relayed by an outlet.
    case directToRelay = "direct-to-relay"
    /// Another source altogether.
    case otherSource = "other-source"
  }

  /// The most telling kind.
  public var kind: Kind
  /// Every kind that applies (a claim can be reworded and reattributed at once).
  public var kinds: [Kind]
  /// The claim in the earlier version.
  public var before: Claim?
  /// The claim in the later version.
  public var after: Claim?
  /// The word-level diff, for changed text.
  public var words: [WordEdit]
  /// How similar the two texts are, from 0 to 1.
  public var similarity: Double?
  /// Which run of adjacent changes this change belongs to: unchanged claims separate runs.
  public var hunk: Int
  /// How the source changed, when the change is a reattribution.
  public var reattribution: Reattribution? {
    guard kinds.contains(.reattributed), let before, let after else { return nil }
    if before.source.identity == after.source.identity {
      if before.channel != nil && after.channel == nil { return .relayToDirect }
      if before.channel == nil && after.channel != nil { return .directToRelay }
      return .otherSource
    }
    if before.source.anonymous && !after.source.anonymous && after.source.kind != .narrator {
      return .anonymousToNamed
    }
    if !before.source.anonymous && after.source.anonymous && before.source.kind != .narrator {
      return .namedToAnonymous
    }
    return .otherSource
  }

  /// Creates a change.
  public init(
    kind: Kind, kinds: [Kind], before: Claim?, after: Claim?, words: [WordEdit] = [],
    similarity: Double? = nil, hunk: Int = 0
  ) {
    self.kind = kind
    self.kinds = kinds
    self.before = before
    self.after = after
    self.words = words
    self.similarity = similarity
    self.hunk = hunk
  }
}

/// One step of a word-level diff.
public struct WordEdit: Sendable, Hashable {
  /// What happens to the words.
  public enum Operation: String, Sendable, Hashable, Codable {
    case equal, delete, insert
  }

  /// What happens to the words.
  public var operation: Operation
  /// The words, as written, separated by single spaces.
  public var text: String

  /// Creates an edit.
  public init(_ operation: Operation, _ text: String) {
    self.operation = operation
    self.text = text
  }
}

/// An event whose latest status moved between two versions.
public struct StatusUpdate: Sendable, Hashable {
  /// The event.
  public var event: EventReference
  /// The latest status in the earlier version, if it had one.
  public var from: EventStatus?
  /// The latest status in the later version.
  public var to: EventStatus
  /// The claim that gave the earlier status.
  public var before: Claim?
  /// The claim that gives the new status.
  public var after: Claim

  /// Creates a status update.
  public init(
    event: EventReference, from: EventStatus?, to: EventStatus, before: Claim?, after: Claim
  ) {
    self.event = event
    self.from = from
    self.to = to
    self.before = before
    self.after = after
  }
}

/// Two claims from different sources that cannot both hold at the same time.
public struct Contradiction: Sendable, Hashable {
  /// What kind of conflict it is.
  public enum Kind: String, Sendable, Hashable, Codable {
    /// Conflicting statuses of one event ("scheduled" vs "cancelled").
    case status
    /// Conflicting figures for one quantity ("4 dispersi" vs "2 dispersi").
    case figure
    /// One source denies or negates what another asserts.
    case polarity
  }

  /// What kind of conflict it is.
  public var kind: Kind
  /// The two claims.
  public var claims: [Claim]
  /// An explanation a reader understands.
  public var explanation: String

  /// Creates a contradiction.
  public init(kind: Kind, claims: [Claim], explanation: String) {
    self.kind = kind
    self.claims = claims
    self.explanation = explanation
  }
}
