/// The event a claim is about, with the status the claim gives it.
public struct EventReference: Hashable, Sendable {
  /// The event's identity within a story: its type with participants or place
  /// ("meeting:lavrov+rubio").
  public var id: String
  /// The kind of event.
  public var type: EventType
  /// The people taking part, by canonical name, sorted.
  public var participants: [String]
  /// The place, when the event is known by it ("summit in Budapest").
  public var place: String?
  /// The status this claim gives the event, if any.
  public var status: EventStatus?
  /// When the event happened or is set to happen, according to this claim.
  public var time: TimeExpression?

  /// Creates an event reference.
  public init(
    id: String, type: EventType, participants: [String], place: String? = nil,
    status: EventStatus? = nil, time: TimeExpression? = nil
  ) {
    self.id = id
    self.type = type
    self.participants = participants
    self.place = place
    self.status = status
    self.time = time
  }

  /// A readable name: `meeting(Lavrov, Rubio)`, `summit(Budapest)`.
  public var label: String {
    let names = participants.map(Self.surname).sorted()
    if !names.isEmpty { return "\(type)(\(names.joined(separator: ", ")))" }
    if let place { return "\(type)(\(place))" }
    return type.rawValue
  }

  /// The identity of an event of `type` with these participants or this place.
  static func identifier(type: EventType, participants: [String], place: String?) -> String {
    let names = participants.map { surname($0).lowercased() }.sorted()
    if !names.isEmpty { return "\(type):\(names.joined(separator: "+"))" }
    if let place { return "\(type)@\(place.lowercased())" }
    return type.rawValue
  }

  static func surname(_ name: String) -> String {
    name.split(separator: " ").last.map(String.init) ?? name
  }
}
