/// The status of an event at a time, according to a source.
///
/// The vocabulary follows schema.org's `EventStatusType` where it has a term; "on-hold" is
/// the newsroom "stand-by": suspended with no new date.
public enum EventStatus: String, Hashable, Sendable, Codable, CaseIterable {
  case proposed
  case scheduled
  case confirmed
  case onHold = "on-hold"
  case postponed
  case rescheduled
  case cancelled
  case occurred

  /// The schema.org `EventStatusType` member, when there is one.
  public var schemaOrg: String? {
    switch self {
    case .scheduled, .confirmed: "https://schema.org/EventScheduled"
    case .postponed, .onHold: "https://schema.org/EventPostponed"
    case .rescheduled: "https://schema.org/EventRescheduled"
    case .cancelled: "https://schema.org/EventCancelled"
    case .proposed, .occurred: nil
    }
  }

  /// Which status wins when one claim carries several cues ("previsto" and "in stand-by").
  ///
  /// A status that changes a plan outranks the plan itself.
  var precedence: Int {
    switch self {
    case .proposed: 0
    case .scheduled: 1
    case .confirmed: 2
    case .occurred: 3
    case .rescheduled: 4
    case .onHold: 5
    case .postponed: 6
    case .cancelled: 7
    }
  }

  /// Whether the status says the event will still happen as planned.
  var isGoingAhead: Bool {
    switch self {
    case .proposed, .scheduled, .confirmed, .rescheduled: true
    case .onHold, .postponed, .cancelled, .occurred: false
    }
  }
}

/// The kind of an event ("meeting", "call", "summit"), open to language packs.
public struct EventType: RawRepresentable, Hashable, Sendable, Codable, Comparable,
  CustomStringConvertible
{
  public let rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }

  public static let meeting = EventType(rawValue: "meeting")
  public static let call = EventType(rawValue: "call")
  public static let summit = EventType(rawValue: "summit")
  public static let talks = EventType(rawValue: "talks")
  public static let vote = EventType(rawValue: "vote")
  public static let pressConference = EventType(rawValue: "press-conference")
  public static let visit = EventType(rawValue: "visit")
  public static let election = EventType(rawValue: "election")

  public var description: String { rawValue }
  public static func < (lhs: EventType, rhs: EventType) -> Bool { lhs.rawValue < rhs.rawValue }

  public init(from decoder: any Decoder) throws {
    rawValue = try decoder.singleValueContainer().decode(String.self)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }

  /// Types a bare mention of this type may refer to, in order of preference.
  ///
  /// "Il colloquio" after a phone call is that call; "l'incontro" after a summit is the summit.
  var compatibleTypes: [EventType] {
    switch self {
    case .talks: Self.talksAndCompatible
    case .call: Self.callAndCompatible
    case .meeting: Self.meetingAndCompatible
    case .summit: Self.summitAndCompatible
    default: [self]
    }
  }

  // Made once: events are looked up by type for every mention.
  private static let talksAndCompatible: [EventType] = [.talks, .call, .meeting]
  private static let callAndCompatible: [EventType] = [.call, .talks]
  private static let meetingAndCompatible: [EventType] = [.meeting, .summit, .talks]
  private static let summitAndCompatible: [EventType] = [.summit, .meeting]
}
