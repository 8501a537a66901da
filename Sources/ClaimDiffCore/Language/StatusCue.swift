/// A word or phrase that gives an event's status ("rinviato", "called off", "in programma").
public struct StatusCue: Sendable, Hashable {
  /// The status the cue asserts.
  public var status: EventStatus
  /// The status it asserts under negation ("non più in programma" is on hold), if any.
  public var negated: EventStatus?

  /// Creates a status cue.
  public init(_ status: EventStatus, negated: EventStatus? = nil) {
    self.status = status
    self.negated = negated
  }
}

/// A verb phrase that is itself an event ("si sono incontrati", "spoke"), with its status.
public struct VerbEvent: Sendable, Hashable {
  /// The event type.
  public var type: EventType
  /// The status the verb implies.
  public var status: EventStatus

  /// Creates a verb event.
  public init(_ type: EventType, _ status: EventStatus) {
    self.type = type
    self.status = status
  }
}
