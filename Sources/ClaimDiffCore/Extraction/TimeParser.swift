/// Finds time expressions in tokens and normalizes them against a reference day.
///
/// Recognized: relative days ("ieri", "tomorrow"), weekdays with or without "last"/"scorso",
/// relative periods ("la prossima settimana", "next month", "in settimana"), dates with or
/// without a year ("16 ottobre", "October 16, 2025", "il 24 febbraio del 2022"), months with a
/// year, years after a preposition ("nel 2022"), and ISO dates.
struct TimeParser {
  /// A time expression found in the tokens.
  struct Match {
    var tokens: Range<Int>
    var date: Day?
    var end: Day?
    var granularity: TimeExpression.Granularity
    /// Whether the text gives the year.
    var hasExplicitYear = false
  }

  let tokens: [Token]
  /// The language's time words, read through the grammar: a copy would retain every table.
  var lexicon: TimeLexicon { grammar.lexicon.time }
  let grammar: Grammar

  init(grammar: Grammar) {
    self.grammar = grammar
    tokens = grammar.tokens
  }

  /// Which way a clause looks from the reference day, when its verbs say.
  enum Tense {
    case past, future, unknown
  }

  /// The time expression that starts at `index`, if any.
  ///
  /// - Parameter tense: The clause's tense, for weekdays and dates without a year: "on
  ///   Monday" is last Monday in a past clause and next Monday in a future one.
  func match(at index: Int, limit: Int, reference: Day?, tense: Tense = .unknown) -> Match? {
    guard index < limit, tokens[index].isWordLike, grammar.mayStartTime(index) else { return nil }
    // "rinviato a giovedì", "scheduled for March 3": a target ahead, whatever the tense.
    let tense = pointsForward(index) ? .future : tense
    let future = tense == .future
    let key = tokens[index].key
    if let (length, offset) = lexicon.relativeDays.match(tokens, at: index, limit: limit) {
      return Match(
        tokens: index..<(index + length), date: reference?.adding(days: offset), granularity: .day)
    }
    if let (length, period) = lexicon.periods.match(tokens, at: index, limit: limit) {
      return periodMatch(index..<(index + length), period.granularity, period.offset, reference)
    }
    if let match = relativePeriod(at: index, limit: limit, reference: reference) { return match }
    // "giovedì 6 novembre", "Thursday, Nov. 6": the weekday picks the year.
    if let weekday = lexicon.weekdays[tokens[index]], index + 1 < limit {
      let next = grammar.isComma(index + 1) ? index + 2 : index + 1
      if next < limit, tokens[next].kind == .number || lexicon.months.contains(tokens[next]),
        var match = self.match(at: next, limit: limit, reference: reference, tense: tense),
        match.granularity == .day
      {
        if let date = match.date, date.weekday != weekday, let reference {
          let sameDay = [reference.year - 1, reference.year, reference.year + 1].compactMap {
            Day(year: $0, month: date.components.month, day: date.components.day)
          }.filter { $0.weekday == weekday }
          if let best = sameDay.min(by: {
            abs($0.ordinal - reference.ordinal) < abs($1.ordinal - reference.ordinal)
          }), !match.hasExplicitYear {
            match.date = best
          }
        }
        match.tokens = index..<match.tokens.upperBound
        return match
      }
    }
    if let weekday = lexicon.weekdays[tokens[index]] {
      return weekdayMatch(
        at: index, weekday: weekday, limit: limit, reference: reference, future: future)
    }
    if tokens[index].kind == .number,
      let match = dayMonth(at: index, limit: limit, reference: reference, tense: tense)
    {
      return match
    }
    if lexicon.months.contains(tokens[index]),
      let match = monthFirst(at: index, limit: limit, reference: reference, tense: tense)
    {
      return match
    }
    if tokens[index].kind == .word, tokens[index].flags.contains(.hasDigit),
      let day = Day(iso: key),
      key.utf8.count == 10
    {
      return Match(tokens: index..<(index + 1), date: day, granularity: .day)
    }
    if lexicon.within.contains(tokens[index]),
      let match = span(at: index, limit: limit, reference: reference)
    {
      return match
    }
    if lexicon.yearPrepositions.contains(tokens[index]), index + 1 < limit,
      let year = year(at: index + 1)
    {
      return yearMatch((index + 1)..<(index + 2), year)
    }
    return nil
  }

  /// Every time expression in `indices` (which may skip tokens), left to right.
  func matches(in indices: [Int], reference: Day?, tense: Tense = .unknown) -> [Match] {
    var found: [Match] = []
    var position = 0
    var runs = RunLimit()
    while position < indices.count {
      let index = indices[position]
      guard grammar.mayStartTime(index) else {
        position += 1
        continue
      }
      // Phrases may not run across a gap in the claim's tokens.
      let limit = runs.limit(at: position, in: indices)
      if let match = match(at: index, limit: limit, reference: reference, tense: tense) {
        found.append(match)
        let end = match.tokens.upperBound
        while position < indices.count && indices[position] < end { position += 1 }
      } else {
        position += 1
      }
    }
    return found
  }

  private func year(at index: Int) -> Int? {
    guard tokens[index].kind == .number, tokens[index].key.utf8.count == 4,
      let value = Int(tokens[index].key), (1900...2100).contains(value)
    else { return nil }
    return value
  }

  /// "entro due settimane", "within 3 days": from the reference day to that many units on.
  private func span(at index: Int, limit: Int, reference: Day?) -> Match? {
    guard index + 2 < limit, let unit = lexicon.spans[tokens[index + 2]] else { return nil }
    let word = tokens[index + 1]
    let count: Int
    if word.kind == .number, let value = Int(word.key) {
      count = value
    } else if let value = grammar.lexicon.numberWords[word.key] {
      count = Int(value)
    } else {
      return nil
    }
    guard count > 0, count < 1000 else { return nil }
    let range = index..<(index + 3)
    guard let reference else { return Match(tokens: range, granularity: unit) }
    let end: Day
    switch unit {
    case .day: end = reference.adding(days: count)
    case .week: end = reference.adding(days: 7 * count)
    case .month:
      end = reference.startOfMonth(adding: count).adding(days: reference.components.day - 1)
    case .year: end = reference.adding(days: 365 * count)
    }
    return Match(tokens: range, date: reference, end: end, granularity: unit)
  }

  private func yearMatch(_ range: Range<Int>, _ year: Int) -> Match {
    Match(
      tokens: range, date: Day(year: year, month: 1, day: 1),
      end: Day(year: year, month: 12, day: 31),
      granularity: .year)
  }

  private func periodMatch(
    _ range: Range<Int>, _ granularity: TimeExpression.Granularity, _ offset: Int, _ reference: Day?
  ) -> Match {
    guard let reference else { return Match(tokens: range, granularity: granularity) }
    switch granularity {
    case .day:
      return Match(tokens: range, date: reference.adding(days: offset), granularity: .day)
    case .week:
      let start = reference.startOfWeek.adding(days: 7 * offset)
      return Match(tokens: range, date: start, end: start.adding(days: 6), granularity: .week)
    case .month:
      let start = reference.startOfMonth(adding: offset)
      return Match(
        tokens: range, date: start, end: start.startOfMonth(adding: 1).adding(days: -1),
        granularity: .month)
    case .year:
      let year = reference.year + offset
      return Match(
        tokens: range, date: Day(year: year, month: 1, day: 1),
        end: Day(year: year, month: 12, day: 31), granularity: .year)
    }
  }

  /// "la prossima settimana", "la settimana prossima", "next week", "l'anno scorso".
  private func relativePeriod(at index: Int, limit: Int, reference: Day?) -> Match? {
    var position = index
    if grammar.isDeterminer(position) && !grammar.roles(position).contains(.quantifier)
      && !lexicon.current.contains(tokens[position])
    {
      position += 1
    }
    guard position < limit else { return nil }
    let first = tokens[position]
    func offset(_ word: Token) -> Int? {
      if lexicon.previous.contains(word) { return -1 }
      if lexicon.next.contains(word) { return 1 }
      if lexicon.current.contains(word) { return 0 }
      return nil
    }
    if let direction = offset(first), position + 1 < limit,
      let unit = lexicon.units[tokens[position + 1]]
    {
      return periodMatch(index..<(position + 2), unit, direction, reference)
    }
    if let unit = lexicon.units[first], position + 1 < limit,
      let direction = offset(tokens[position + 1]), direction != 0
    {
      return periodMatch(index..<(position + 2), unit, direction, reference)
    }
    return nil
  }

  private func weekdayMatch(
    at index: Int, weekday: Int, limit: Int, reference: Day?, future: Bool
  ) -> Match? {
    // "Monday" in English needs a capital; lower-case "sun", "sat", "wed" are other words.
    if tokens[index].key.utf8.count <= 4 && !tokens[index].isCapitalized { return nil }
    var range = index..<(index + 1)
    var direction = future ? 1 : -1
    var explicit = false
    if index + 1 < limit {
      let next = tokens[index + 1].key
      if lexicon.previous.contains(next) {
        direction = -1
        explicit = true
        range = index..<(index + 2)
      } else if lexicon.next.contains(next) {
        direction = 1
        explicit = true
        range = index..<(index + 2)
      }
    }
    if !explicit && index > 0 {
      let previous = tokens[index - 1].key
      if lexicon.previous.contains(previous) {
        direction = -1
        range = (index - 1)..<(index + 1)
      } else if lexicon.next.contains(previous) {
        direction = 1
        range = (index - 1)..<(index + 1)
      }
    }
    if range.upperBound < limit && lexicon.dayParts.contains(tokens[range.upperBound]) {
      range = range.lowerBound..<(range.upperBound + 1)  // "Thursday morning"
    }
    guard let reference else { return Match(tokens: range, granularity: .day) }
    var days = weekday - reference.weekday
    if direction < 0 {
      if days > 0 || (explicit && days == 0) { days -= 7 }
      if days == 0 && range.count > 1 { days = -7 }
    } else {
      if days <= 0 { days += 7 }
    }
    return Match(tokens: range, date: reference.adding(days: days), granularity: .day)
  }

  /// "16 ottobre", "24 febbraio del 2022", "16 October 2025".
  private func dayMonth(at index: Int, limit: Int, reference: Day?, tense: Tense) -> Match? {
    guard let day = Int(tokens[index].key), (1...31).contains(day), index + 1 < limit,
      let month = lexicon.months[tokens[index + 1]]
    else { return nil }
    var end = index + 2
    var year: Int?
    if end < limit, let explicit = self.year(at: end) {
      year = explicit
      end += 1
    } else if end + 1 < limit, grammar.roles(end).contains(.preposition) || grammar.isComma(end),
      let explicit = self.year(at: end + 1)
    {
      year = explicit
      end += 2
    }
    return dateMatch(
      index..<end, year: year, month: month, day: day, reference: reference, tense: tense)
  }

  /// A date or month that starts with the month's name.
  ///
  /// "October 16, 2025", "Oct. 16", "ottobre 2025", "a ottobre".
  private func monthFirst(at index: Int, limit: Int, reference: Day?, tense: Tense) -> Match? {
    guard let month = lexicon.months[tokens[index]] else { return nil }
    let isModal = grammar.roles(index).contains(.modal)
    if index + 1 < limit, let day = Int(tokens[index + 1].key), tokens[index + 1].kind == .number,
      (1...31).contains(day), tokens[index + 1].key.utf8.count <= 2
    {
      if isModal && !tokens[index].isCapitalized { return nil }
      var end = index + 2
      var year: Int?
      if end + 1 < limit, grammar.isComma(end), let explicit = self.year(at: end + 1) {
        year = explicit
        end += 2
      } else if end < limit, let explicit = self.year(at: end) {
        year = explicit
        end += 1
      }
      return dateMatch(
        index..<end, year: year, month: month, day: day, reference: reference, tense: tense)
    }
    if index + 1 < limit, let year = self.year(at: index + 1) {
      if isModal && !tokens[index].isCapitalized { return nil }
      let start = Day(year: year, month: month, day: 1)
      return Match(
        tokens: index..<(index + 2), date: start,
        end: start.map { $0.startOfMonth(adding: 1).adding(days: -1) }, granularity: .month)
    }
    guard !isModal, index > 0, grammar.roles(index - 1).contains(.preposition),
      tokens[index].key.utf8.count > 3
    else { return nil }
    guard let reference else { return Match(tokens: index..<(index + 1), granularity: .month) }
    var best: Day?
    for year in [reference.year - 1, reference.year, reference.year + 1] {
      guard let start = Day(year: year, month: month, day: 1) else { continue }
      if let current = best,
        abs(current.ordinal - reference.ordinal) <= abs(start.ordinal - reference.ordinal)
      {
        continue
      }
      best = start
    }
    return Match(
      tokens: index..<(index + 1), date: best,
      end: best.map { $0.startOfMonth(adding: 1).adding(days: -1) }, granularity: .month)
  }

  /// Whether a word that points ahead stands before the time expression at `index`, maybe
  /// with an article between: "a giovedì", "al 20 febbraio", "for Wednesday", "to the 5th".
  private func pointsForward(_ index: Int) -> Bool {
    var before = index - 1
    if before >= 0, grammar.isDeterminer(before) { before -= 1 }
    return before >= 0 && tokens[before].kind == .word
      && lexicon.forward.contains(tokens[before])
  }

  /// A day; without a year, the last one before the reference day in a past clause, the
  /// next one after it in a future clause, else the nearest.
  private func dateMatch(
    _ range: Range<Int>, year: Int?, month: Int, day: Int, reference: Day?, tense: Tense
  ) -> Match? {
    if let year {
      guard let date = Day(year: year, month: month, day: day) else { return nil }
      return Match(tokens: range, date: date, granularity: .day, hasExplicitYear: true)
    }
    guard let reference else { return Match(tokens: range, granularity: .day) }
    let candidates = [reference.year - 1, reference.year, reference.year + 1].compactMap {
      Day(year: $0, month: month, day: day)
    }
    let chosen: Day?
    switch tense {
    case .past: chosen = candidates.last { $0 <= reference }
    case .future: chosen = candidates.first { $0 >= reference }
    case .unknown:
      chosen = candidates.min {
        abs($0.ordinal - reference.ordinal) < abs($1.ordinal - reference.ordinal)
      }
    }
    guard let chosen else { return nil }
    return Match(tokens: range, date: chosen, granularity: .day)
  }

}
