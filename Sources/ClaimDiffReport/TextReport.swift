import ClaimDiffCore

/// Text output for terminals and pipes: git-like diffs, one claim per block elsewhere.
public struct TextReport: Sendable {
  /// Colour and width.
  public var style: TextStyle

  /// Creates a text report.
  public init(style: TextStyle) { self.style = style }

  // MARK: - Claims

  /// Who said a claim, and through what: "White House (anonymous) via CNN".
  public static func attribution(of claim: Claim) -> String {
    var text = claim.source.label
    if let channel = claim.channel { text += " via \(channel.name)" }
    return text
  }

  /// The facts about a claim worth a line: modality, polarity, event, times, figures.
  public static func details(of claim: Claim) -> [String] {
    var details: [String] = []
    if claim.modality != .asserted { details.append(claim.modality.rawValue) }
    if claim.polarity == .negated { details.append("negated") }
    if let event = claim.event {
      var text = "event \(event.label)"
      if let status = event.status { text += ": \(status.rawValue)" }
      if let time = event.time, time.date != nil { text += " (\(describe(time)))" }
      details.append(text)
    }
    for time in claim.times { details.append("\"\(time.text)\" = \(describe(time))") }
    for figure in claim.quantities {
      let value =
        figure.value.rounded() == figure.value ? String(Int(figure.value)) : String(figure.value)
      details.append(
        "\"\(figure.text)\" = \(figure.approximate ? "~" : "")\(value)\(figure.unit.map { " \($0)" } ?? "")"
      )
    }
    if let stated = claim.statedOn { details.append("said \(stated)") }
    return details
  }

  /// A normalized time: a day, "week of 2025-10-20", or "2025-10-16 to 2025-10-30".
  public static func describe(_ time: TimeExpression) -> String {
    guard let date = time.date else { return "?" }
    guard let end = time.end else { return date.description }
    switch time.granularity {
    case .week where date.weekday == 1 && end.ordinal - date.ordinal == 6: return "week of \(date)"
    case .month where date.components.day == 1 && end.startOfMonth() == date:
      return "month of \(String(date.description.prefix(7)))"
    case .year
    where date.components.month == 1 && date.components.day == 1 && end.year == date.year:
      return "year \(date.year)"
    default: return "\(date) to \(end)"
    }
  }

  func claimBlock(_ claim: Claim, prefix: String, role: String? = nil) -> String {
    var header = prefix + style.paint(Self.attribution(of: claim), .bold)
    header += " · \(claim.attribution.rawValue)"
    if let role { header += " · as \(role)" }
    var lines = [header, style.wrap(claim.text, indent: 4)]
    let details = Self.details(of: claim)
    if !details.isEmpty {
      lines.append(style.paint(style.wrap(details.joined(separator: " · "), indent: 4), .dim))
    }
    return lines.joined(separator: "\n")
  }

  /// `show`: one version's claims.
  public func version(_ version: VersionClaims) -> String {
    let info = version.info
    var output =
      style.paint(
        "\(info.story) v\(info.number) · \(info.day?.description ?? info.published) · "
          + "\(info.language) · \(plural(version.claims.count, "claim"))", .bold) + "\n"
    for claim in version.claims {
      output += "\n" + claimBlock(claim, prefix: pad("\(claim.ordinal).", 4)) + "\n"
    }
    return output
  }

  /// `extract`: the claims of a text that is not stored.
  public func extraction(_ extraction: Extraction) -> String {
    var output =
      style.paint(
        "\(extraction.language) · \(plural(extraction.sentences.count, "sentence")) · "
          + "\(plural(extraction.claims.count, "claim"))", .bold) + "\n"
    for claim in extraction.claims {
      output += "\n" + claimBlock(claim, prefix: pad("\(claim.ordinal).", 4)) + "\n"
    }
    return output
  }

  /// `claims`: a list of claims, maybe from several stories and versions.
  public func claims(_ claims: [Claim], roles: [String]?, title: String) -> String {
    var output = style.paint(title, .bold) + "\n"
    for (index, claim) in claims.enumerated() {
      let place = "\(claim.story ?? "")/v\(claim.version ?? 0) #\(claim.ordinal)"
      let role = roles.flatMap { index < $0.count ? $0[index] : nil }
      output +=
        "\n" + style.paint(place, .dim) + "\n" + claimBlock(claim, prefix: "  ", role: role) + "\n"
    }
    return output
  }

  /// `claims --history`: each claim's life, version by version.
  public func history(_ histories: [ClaimHistory], title: String) -> String {
    var output = style.paint(title, .bold) + "\n"
    for history in histories {
      guard let first = history.steps.first?.claim else { continue }
      output +=
        "\n" + style.paint("\(history.id)  v\(Self.ranges(history.versions))", .bold) + "  ["
        + Self.attribution(of: first) + "]\n"
      for step in history.steps {
        var line = "v\(step.version)  "
        switch step.event {
        case .appeared: line += "+ " + (step.claim?.text ?? "")
        case .unchanged: line += style.paint("= unchanged", .dim)
        case .removed: line += style.paint("- gone", .red)
        case .returned: line += "+ back: " + (step.claim?.text ?? "")
        case .changed:
          guard let claim = step.claim else { continue }
          line += "~ " + step.kinds.map(\.rawValue).joined(separator: ", ")
          if step.kinds.contains(.reattributed) { line += " → [\(Self.attribution(of: claim))]" }
          if let before = step.before {
            let facts = Self.facts(before, claim, kinds: step.kinds)
            if !facts.isEmpty { line += " (" + facts.joined(separator: "; ") + ")" }
          }
          line += ": " + (step.words.isEmpty ? claim.text : words(step.words))
        }
        output += "  " + style.wrap(line, indent: 6, first: false) + "\n"
      }
    }
    return output
  }

  /// "1–3, 5": version numbers as runs.
  static func ranges(_ numbers: [Int]) -> String {
    var runs: [(Int, Int)] = []
    for number in numbers {
      if let last = runs.last, last.1 + 1 == number {
        runs[runs.count - 1].1 = number
      } else {
        runs.append((number, number))
      }
    }
    return runs.map { $0.0 == $0.1 ? "\($0.0)" : "\($0.0)–\($0.1)" }.joined(separator: ", v")
  }

  // MARK: - Log, sources

  /// `log`.
  public func log(story: String, versions: [VersionInfo]) -> String {
    var output = style.paint("\(story): \(plural(versions.count, "version"))", .bold) + "\n"
    for info in versions {
      let size =
        info.bytes >= 1024
        ? "\((info.bytes * 10 / 1024) / 10).\((info.bytes * 10 / 1024) % 10) KB" : "\(info.bytes) B"
      output +=
        "v\(info.number)  \(info.day?.description ?? info.published)  \(pad(size, 7, left: true))  "
        + "\(pad(plural(info.claims, "claim"), 10, left: true))  \(style.paint(String(info.hash.prefix(12)), .dim))"
      if info.language != "" { output += "  \(info.language)" }
      output += "\n"
      for seen in info.seenAgain { output += "    seen again \(seen)\n" }
    }
    return output
  }

  /// `sources`.
  public func sources(_ counts: [SourceCountValue], title: String) -> String {
    var output = style.paint(title, .bold) + "\n"
    let width = min(48, counts.map { $0.source.label.count }.max() ?? 10)
    for count in counts {
      var line =
        pad(count.source.label, width) + "  " + pad(plural(count.asSource, "claim"), 10, left: true)
      if count.asChannel > 0 { line += "  + \(count.asChannel) as channel" }
      output += line + "\n"
    }
    return output
  }

  // MARK: - Diff

  /// `diff`: git-like, with `[-old-]{+new+}` inside reworded claims.
  public func diff(_ diff: ClaimDiff) -> String {
    var output =
      style.paint("--- \(diff.from.story) v\(diff.from.number) (\(day(diff.from)))", .bold) + "\n"
    output += style.paint("+++ \(diff.to.story) v\(diff.to.number) (\(day(diff.to)))", .bold) + "\n"
    // Long diffs render on two cores.
    output += concurrentlyJoined(groups(diff.changes)) { [self] _, group in
      style.paint(hunkHeader(group), .cyan) + "\n" + group.map { change($0) + "\n" }.joined()
    }
    for update in diff.statusUpdates {
      let from = update.from?.rawValue ?? "(none)"
      output +=
        style.paint("status \(update.event.label): \(from) → \(update.to.rawValue)", .blue)
        + " (\(Self.attribution(of: update.after))\(update.after.statedOn.map { ", said \($0)" } ?? ""))\n"
    }
    output += concurrentlyJoined(diff.contradictions) { [self] contradiction in
      style.paint("contradiction (\(contradiction.kind.rawValue)): ", .magenta)
        + contradiction.explanation + "\n"
        + contradiction.claims.map { claim in
          style.wrap("[\(Self.attribution(of: claim))] \(claim.text)", indent: 4) + "\n"
        }.joined()
    }
    for claim in diff.corrections {
      output +=
        style.wrap(style.paint("correction note: ", .magenta) + claim.text, indent: 4) + "\n"
    }
    for note in diff.notes { output += style.paint("note: \(note)", .dim) + "\n" }
    output += summary(diff) + "\n"
    return output
  }

  /// The summary line: "3 added, 1 removed, 2 reworded, 1 status update, 0 contradictions".
  public func summary(_ diff: ClaimDiff) -> String {
    var parts: [String] = [
      "\(diff.count(.added)) added", "\(diff.count(.removed)) removed",
      "\(diff.count(.reworded)) reworded",
    ]
    for kind in [
      Change.Kind.reattributed, .modality, .polarity, .number, .time, .moved, .split, .merged,
    ]
    where diff.count(kind) > 0 {
      parts.append("\(diff.count(kind)) \(kind.rawValue)")
    }
    parts.append(plural(diff.statusUpdates.count, "status update"))
    parts.append(plural(diff.contradictions.count, "contradiction"))
    var line = parts.joined(separator: ", ")
    line += " (\(diff.unchanged) unchanged"
    if diff.suppressed > 0 {
      line += ", \(diff.suppressed) with only spacing, punctuation or quotes changed"
    }
    line += ")"
    if !diff.corrections.isEmpty {
      line += "; with a correction note"
    } else if diff.isSilentlyChanged {
      line += "; no correction note"
    }
    return line
  }

  /// Changes grouped by hunk, in order.
  private func groups(_ changes: [Change]) -> [(Int, [Change])] {
    var groups: [(Int, [Change])] = []
    for change in changes {
      if let last = groups.last, last.0 == change.hunk {
        groups[groups.count - 1].1.append(change)
      } else {
        groups.append((change.hunk, [change]))
      }
    }
    return groups
  }

  /// "@@ -3,4 +3,5 @@": the sentences of each version a hunk spans, as in a unified diff.
  private func hunkHeader(_ changes: [Change]) -> String {
    func span(_ sentences: [Int]) -> String {
      guard let first = sentences.min(), let last = sentences.max() else { return "0" }
      return first == last ? "\(first)" : "\(first),\(last)"
    }
    let old = changes.compactMap { $0.before?.sentence }
    let new = changes.compactMap { $0.after?.sentence }
    var sides: [String] = []
    if !old.isEmpty { sides.append("-" + span(old)) }
    if !new.isEmpty { sides.append("+" + span(new)) }
    return "@@ \(sides.joined(separator: " ")) @@ sentences"
  }

  private func change(_ change: Change) -> String {
    switch change.kind {
    case .added:
      guard let claim = change.after else { return "" }
      let line = "+ [\(Self.attribution(of: claim))] \(claim.text)"
      return style.paint(style.wrap(line, indent: 4, first: false), .green)
    case .removed:
      guard let claim = change.before else { return "" }
      let line = "- [\(Self.attribution(of: claim))] \(claim.text)"
      return style.paint(style.wrap(line, indent: 4, first: false), .red)
    case .split, .merged:
      guard let before = change.before, let after = change.after else { return "" }
      let header =
        change.kind == .split
        ? "~ split · \(Self.attribution(of: after)) · a part of sentence \(before.sentence):"
        : "~ merged · \(Self.attribution(of: before)) · now inside sentence \(after.sentence):"
      let part = change.kind == .split ? after.text : before.text
      return style.paint(header, .yellow) + "\n" + style.wrap(part, indent: 4)
    default:
      guard let before = change.before, let after = change.after else { return "" }
      var header = "~ " + change.kinds.map(\.rawValue).joined(separator: ", ")
      var facts: [String] = []
      if change.kinds.contains(.reattributed) {
        var fact = "\(Self.attribution(of: before)) → \(Self.attribution(of: after))"
        if let how = change.reattribution, how != .otherSource {
          fact += " (\(how.rawValue.replacingOccurrences(of: "-", with: " ")))"
        }
        facts.append(fact)
      } else {
        facts.append(Self.attribution(of: after))
      }
      facts += Self.facts(before, after, kinds: change.kinds)
      header += " · " + facts.joined(separator: " · ")
      let body = change.words.isEmpty ? after.text : words(change.words)
      return style.paint(header, .yellow) + "\n" + style.wrap(body, indent: 4)
    }
  }

  /// What changed besides the words and the source: "reported → asserted", "4 → 2",
  /// "2025-10-22 → 2025-10-24", "sentence 9 → 1".
  static func facts(_ before: Claim, _ after: Claim, kinds: [Change.Kind]) -> [String] {
    var facts: [String] = []
    if kinds.contains(.modality) {
      facts.append("\(before.modality.rawValue) → \(after.modality.rawValue)")
    }
    if kinds.contains(.polarity) {
      facts.append("\(before.polarity.rawValue) → \(after.polarity.rawValue)")
    }
    if kinds.contains(.number) {
      let old = before.quantities.map(\.text).joined(separator: ", ")
      let new = after.quantities.map(\.text).joined(separator: ", ")
      facts.append("\(old) → \(new)")
    }
    if kinds.contains(.time) {
      let old = before.times.compactMap { $0.date?.description }.joined(separator: ", ")
      let new = after.times.compactMap { $0.date?.description }.joined(separator: ", ")
      facts.append("\(old) → \(new)")
    }
    if kinds.contains(.moved) { facts.append("sentence \(before.sentence) → \(after.sentence)") }
    return facts
  }

  private func words(_ edits: [WordEdit]) -> String {
    edits.map { edit in
      switch edit.operation {
      case .equal: edit.text
      case .delete: style.paint("[-\(edit.text)-]", .red)
      case .insert: style.paint("{+\(edit.text)+}", .green)
      }
    }.joined(separator: " ")
  }

  // MARK: - Timeline, contradictions

  /// `timeline`.
  public func timeline(story: String, _ timelines: [EventTimeline]) -> String {
    var output = style.paint("\(story): \(plural(timelines.count, "event"))", .bold) + "\n"
    for timeline in timelines {
      output += "\n" + style.paint(timeline.event.label, .bold)
      if let status = timeline.event.status { output += " — now \(status.rawValue)" }
      output += "\n"
      for entry in timeline.entries {
        var line =
          "  \(entry.date?.description ?? "          ")  \(pad(entry.status.rawValue, 11))  "
        line += Self.attribution(of: entry.claim)
        if let time = entry.claim.event?.time, entry.status != .occurred, time.date != nil {
          line += " · for \(Self.describe(time))"
        }
        if let said = entry.said, said != entry.date { line += " · said \(said)" }
        line += style.paint("  v\(entry.version) #\(entry.claim.ordinal)", .dim)
        output += line + "\n"
      }
    }
    return output
  }

  /// `contradictions`.
  public func contradictions(story: String, _ contradictions: [Contradiction]) -> String {
    var output =
      style.paint("\(story): \(plural(contradictions.count, "contradiction"))", .bold) + "\n"
    for contradiction in contradictions {
      output +=
        "\n" + style.paint("\(contradiction.kind.rawValue): ", .magenta) + contradiction.explanation
        + "\n"
      for claim in contradiction.claims {
        output +=
          style.wrap(
            "v\(claim.version ?? 0) #\(claim.ordinal) [\(Self.attribution(of: claim))] \(claim.text)",
            indent: 4) + "\n"
      }
    }
    return output
  }

  // MARK: - Helpers

  private func day(_ info: VersionInfo) -> String { info.day?.description ?? info.published }

  func plural(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
  }

  func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
    let fill = String(repeating: " ", count: max(0, width - text.count))
    return left ? fill + text : text + fill
  }
}
