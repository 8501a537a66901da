/// A calendar day in the proleptic Gregorian calendar, with the arithmetic time expressions need.
///
/// Pure integer arithmetic (days since 1970-01-01), so normalizing "ieri" or "next week" never
/// depends on the machine's time zone or calendar settings.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// Whether `text` is `YYYY-MM-DD`, optionally followed by an ISO 8601 time.
  public static func isTimestamp(_ text: String) -> Bool {
    guard Day(iso: text) != nil else { return false }
    let rest = text.dropFirst(10)
    if rest.isEmpty { return true }
    guard rest.first == "T" || rest.first == " " else { return false }
    return rest.dropFirst().allSatisfy { $0.isNumber || ":.+-Z".contains($0) }
  }

  /// Days since 1970-01-01.
  public let ordinal: Int

  /// Creates the day `ordinal` days after 1970-01-01.
  public init(ordinal: Int) { self.ordinal = ordinal }

  /// Creates a day from its parts, or `nil` when they name no day.
  public init?(year: Int, month: Int, day: Int) {
    guard (1...12).contains(month), day >= 1, day <= Self.length(ofMonth: month, in: year) else {
      return nil
    }
    // Howard Hinnant's days_from_civil.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let shiftedMonth = month > 2 ? month - 3 : month + 9
    let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    ordinal = era * 146_097 + dayOfEra - 719_468
  }

  /// Parses the `YYYY-MM-DD` at the start of `text` (a time part after it is ignored).
  public init?(iso text: some StringProtocol) { self.init(iso: String(text)) }

  /// The day a string starts with, as `yyyy-mm-dd`, read from its bytes without a copy.
  public init?(iso text: String) {
    var text = text
    guard let day = text.withUTF8(Day.init(isoUTF8:)) else { return nil }
    self = day
  }

  /// The day that the UTF-8 bytes `bytes` start with, as `yyyy-mm-dd`.
  init?(isoUTF8 bytes: UnsafeBufferPointer<UInt8>) {
    var (year, month, day) = (0, 0, 0)
    var count = 0
    for byte in bytes.prefix(10) {
      defer { count += 1 }
      if count == 4 || count == 7 {
        guard byte == UInt8(ascii: "-") else { return nil }
        continue
      }
      guard byte >= 0x30 && byte <= 0x39 else { return nil }
      let digit = Int(byte - 0x30)
      switch count {
      case 0..<4: year = year * 10 + digit
      case 5..<7: month = month * 10 + digit
      default: day = day * 10 + digit
      }
    }
    guard count == 10 else { return nil }
    self.init(year: year, month: month, day: day)
  }

  /// The year, month and day.
  public var components: (year: Int, month: Int, day: Int) {
    // Howard Hinnant's civil_from_days.
    let z = ordinal + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let shiftedMonth = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
    let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  /// The year.
  public var year: Int { components.year }

  /// The ISO weekday: 1 for Monday through 7 for Sunday.
  public var weekday: Int {
    let value = (ordinal + 3) % 7  // 1970-01-01 was a Thursday.
    return (value < 0 ? value + 7 : value) + 1
  }

  /// The Monday of this day's ISO week.
  public var startOfWeek: Day { adding(days: 1 - weekday) }

  /// The day `days` days later (earlier when negative).
  public func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }

  /// The first day of the month `months` months after this day's month.
  public func startOfMonth(adding months: Int = 0) -> Day {
    let (year, month, _) = components
    let index = year * 12 + (month - 1) + months
    let newYear = index >= 0 ? index / 12 : (index - 11) / 12
    return Day(year: newYear, month: index - newYear * 12 + 1, day: 1) ?? self
  }

  /// `YYYY-MM-DD`.
  public var description: String {
    let (year, month, day) = components
    if (0...9999).contains(year) {
      // Ten digits and dashes written in place: days are written for every claim stored.
      return String(unsafeUninitializedCapacity: 10) { buffer in
        func put(_ value: Int, width: Int, at start: Int) {
          var rest = value
          for offset in (0..<width).reversed() {
            buffer[start + offset] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
          }
        }
        put(year, width: 4, at: 0)
        buffer[4] = UInt8(ascii: "-")
        put(month, width: 2, at: 5)
        buffer[7] = UInt8(ascii: "-")
        put(day, width: 2, at: 8)
        return 10
      }
    }
    func pad(_ value: Int, _ width: Int) -> String {
      let digits = String(value)
      return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
  }

  public static func < (lhs: Day, rhs: Day) -> Bool { lhs.ordinal < rhs.ordinal }

  /// The number of days of `month` in `year`.
  public static func length(ofMonth month: Int, in year: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }
}

extension Day: Codable {
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let day = Day(iso: text) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "expected a YYYY-MM-DD date, got '\(text)'")
    }
    self = day
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}
