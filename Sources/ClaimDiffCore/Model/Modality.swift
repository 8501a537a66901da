/// How strongly a claim is put forward.
public enum Modality: String, Hashable, Sendable, Codable, CaseIterable {
  /// Stated as fact.
  case asserted
  /// Hearsay: the Italian journalistic conditional ("sarebbe"), "reportedly".
  case reported
  /// Possible: "non è escluso", "could", "may".
  case possible
  /// Unknown: "non è chiaro", "unclear".
  case uncertain
}

/// Whether a claim affirms or negates its proposition.
public enum Polarity: String, Hashable, Sendable, Codable, CaseIterable {
  /// Affirmed.
  case affirmed
  /// Negated: "non più in programma", "denied", "will not take place".
  case negated
}

/// How a claim is tied to its source.
public enum AttributionKind: String, Hashable, Sendable, Codable, CaseIterable {
  /// A quotation of the source's words.
  case direct
  /// Reported speech: the source's point in the writer's words.
  case indirect
  /// "Secondo", "according to", "stando a".
  case accordingTo = "according-to"
  /// Not attributed: the outlet itself asserts it.
  case narrator
}
