/// Each event's statuses over time, with who said each and in which version.
public struct EventTimeline: Sendable, Hashable {
  /// One status, as one claim gives it.
  public struct Entry: Sendable, Hashable {
    /// The status.
    public var status: EventStatus
    /// When the status held: the day it happened for `occurred` when the text says, else the
    /// day it was said.
    public var date: Day?
    /// When the source said it.
    public var said: Day?
    /// The version the claim first appears in.
    public var version: Int
    /// The claim.
    public var claim: Claim
  }

  /// The event, with its latest status.
  public var event: EventReference
  /// Its statuses, oldest first.
  public var entries: [Entry]

  /// The timelines of every event with a status in `versions`.
  ///
  /// A claim restated with the same status in later versions counts once, in the version it
  /// first gives that status in; a claim whose status changes counts again.
  public static func build(_ versions: [VersionClaims]) -> [EventTimeline] {
    var last: [String: EventStatus] = [:]  // by claim and event
    var byEvent: [String: (event: EventReference, entries: [Entry])] = [:]
    for version in versions.sorted(by: { $0.info.number < $1.info.number }) {
      for claim in version.claims {
        guard let event = claim.event, let status = event.status else { continue }
        let key = "\(claim.id)|\(event.id)"
        guard last[key] != status else { continue }
        last[key] = status
        let said = claim.statedOn ?? version.info.day
        var date = said
        if status == .occurred, let time = event.time, time.granularity == .day, let day = time.date
        {
          date = day
        }
        let entry = Entry(
          status: status, date: date, said: said, version: version.info.number, claim: claim)
        byEvent[event.id, default: (event, [])].entries.append(entry)
        byEvent[event.id]?.event = event
      }
    }
    func order(_ a: Entry, _ b: Entry) -> Bool {
      let left = a.date ?? a.said ?? Day(ordinal: .max)
      let right = b.date ?? b.said ?? Day(ordinal: .max)
      return (left.ordinal, a.version, a.claim.ordinal) < (
        right.ordinal, b.version, b.claim.ordinal
      )
    }
    return byEvent.values.map { value in
      let entries = value.entries.sorted(by: order)
      var event = value.event
      event.status = entries.last?.status
      return EventTimeline(event: event, entries: entries)
    }
    .sorted { a, b in
      guard let first = a.entries.first, let second = b.entries.first else {
        return a.event.id < b.event.id
      }
      return order(first, second) || (!order(second, first) && a.event.id < b.event.id)
    }
  }
}
