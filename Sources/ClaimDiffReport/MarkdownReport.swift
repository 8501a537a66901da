import ClaimDiffCore

/// Markdown output, for pasting into a ticket, a wiki or a newsroom chat.
public enum MarkdownReport {
  static func escape(_ text: String) -> String {
    var output = ""
    for character in text {
      if "\\`*_[]<>|#".contains(character) { output.append("\\") }
      output.append(character)
    }
    return output
  }

  static func claimLine(_ claim: Claim, role: String? = nil) -> String {
    var line = "**\(escape(TextReport.attribution(of: claim)))** (\(claim.attribution.rawValue)"
    if let role { line += ", as \(role)" }
    line += "): \(escape(claim.text))"
    let details = TextReport.details(of: claim)
    if !details.isEmpty { line += " — _\(escape(details.joined(separator: "; ")))_" }
    return line
  }

  /// `show`.
  public static func version(_ version: VersionClaims) -> String {
    let info = version.info
    var output =
      "## \(escape(info.story)) v\(info.number) (\(info.day?.description ?? info.published))\n\n"
    for claim in version.claims { output += "\(claim.ordinal). \(claimLine(claim))\n" }
    return output
  }

  /// `extract`.
  public static func extraction(_ extraction: Extraction) -> String {
    var output = "## Claims (\(extraction.language), \(extraction.claims.count))\n\n"
    for claim in extraction.claims { output += "\(claim.ordinal). \(claimLine(claim))\n" }
    return output
  }

  /// `claims`.
  public static func claims(_ claims: [Claim], roles: [String]?, title: String) -> String {
    var output = "## \(escape(title))\n\n"
    for (index, claim) in claims.enumerated() {
      let role = roles.flatMap { index < $0.count ? $0[index] : nil }
      output +=
        "- `\(claim.story ?? "")/v\(claim.version ?? 0) #\(claim.ordinal)` \(claimLine(claim, role: role))\n"
    }
    return output
  }

  /// `claims --history`.
  public static func history(_ histories: [ClaimHistory], title: String) -> String {
    var output = "## \(escape(title))\n\n| claim | versions | life |\n|---|---|---|\n"
    for history in histories {
      let life = history.steps.map { step in
        var text = "v\(step.version) \(step.event.rawValue)"
        if !step.kinds.isEmpty {
          text += " (\(step.kinds.map(\.rawValue).joined(separator: ", ")))"
        }
        return text
      }.joined(separator: "; ")
      let text = history.steps.last(where: { $0.claim != nil })?.claim.map { claimLine($0) } ?? ""
      output +=
        "| `\(history.id)` \(text) | \(TextReport.ranges(history.versions)) | \(escape(life)) |\n"
    }
    return output
  }

  /// `log`.
  public static func log(story: String, versions: [VersionInfo]) -> String {
    var output =
      "## \(escape(story))\n\n| version | published | claims | bytes | hash |\n|---|---|---|---|---|\n"
    for info in versions {
      output +=
        "| \(info.number) | \(info.published) | \(info.claims) | \(info.bytes) | `\(info.hash.prefix(12))` |\n"
    }
    return output
  }

  /// `sources`.
  public static func sources(_ counts: [SourceCountValue], title: String) -> String {
    var output = "## \(escape(title))\n\n| source | claims | as channel |\n|---|---|---|\n"
    for count in counts {
      output += "| \(escape(count.source.label)) | \(count.asSource) | \(count.asChannel) |\n"
    }
    return output
  }

  /// `diff`.
  public static func diff(_ diff: ClaimDiff) -> String {
    var output = "## \(escape(diff.to.story)): v\(diff.from.number) → v\(diff.to.number)\n\n"
    output += "_\(escape(TextReport(style: TextStyle()).summary(diff)))_\n\n"
    for change in diff.changes {
      switch change.kind {
      case .added:
        if let claim = change.after { output += "- ➕ added: \(claimLine(claim))\n" }
      case .removed:
        if let claim = change.before { output += "- ➖ removed: \(claimLine(claim))\n" }
      case .split:
        if let before = change.before, let after = change.after {
          output +=
            "- ✂️ split from sentence \(before.sentence): \(claimLine(after))\n"
        }
      case .merged:
        if let before = change.before, let after = change.after {
          output +=
            "- 🔗 merged into sentence \(after.sentence): \(claimLine(before))\n"
        }
      default:
        guard let before = change.before, let after = change.after else { continue }
        let words = change.words.map { edit in
          switch edit.operation {
          case .equal: escape(edit.text)
          case .delete: "~~\(escape(edit.text))~~"
          case .insert: "**\(escape(edit.text))**"
          }
        }.joined(separator: " ")
        var line = "- ✏️ \(change.kinds.map(\.rawValue).joined(separator: ", ")): "
        if change.kinds.contains(.reattributed) {
          line += "\(escape(TextReport.attribution(of: before))) → "
        }
        line +=
          "**\(escape(TextReport.attribution(of: after)))**: \(words.isEmpty ? escape(after.text) : words)"
        output += line + "\n"
      }
    }
    if !diff.statusUpdates.isEmpty {
      output += "\n### Status updates\n\n"
      for update in diff.statusUpdates {
        output +=
          "- \(escape(update.event.label)): \(update.from?.rawValue ?? "(none)") → **\(update.to.rawValue)** (\(escape(TextReport.attribution(of: update.after))))\n"
      }
    }
    if !diff.corrections.isEmpty {
      output += "\n### Correction note\n\n"
      for claim in diff.corrections { output += "> \(escape(claim.text))\n" }
    }
    if !diff.contradictions.isEmpty {
      output += "\n### Contradictions\n\n"
      for contradiction in diff.contradictions {
        output += "- \(contradiction.kind.rawValue): \(escape(contradiction.explanation))\n"
      }
    }
    return output
  }

  /// `timeline`.
  public static func timeline(story: String, _ timelines: [EventTimeline]) -> String {
    var output = "## \(escape(story)): timeline\n"
    for timeline in timelines {
      output +=
        "\n### \(escape(timeline.event.label))\n\n| date | status | source | version |\n|---|---|---|---|\n"
      for entry in timeline.entries {
        output +=
          "| \(entry.date?.description ?? "") | \(entry.status.rawValue) | \(escape(TextReport.attribution(of: entry.claim))) | v\(entry.version) #\(entry.claim.ordinal) |\n"
      }
    }
    return output
  }

  /// `contradictions`.
  public static func contradictions(story: String, _ contradictions: [Contradiction]) -> String {
    var output = "## \(escape(story)): contradictions\n\n"
    for contradiction in contradictions {
      output += "- **\(contradiction.kind.rawValue)**: \(escape(contradiction.explanation))\n"
      for claim in contradiction.claims { output += "  - \(claimLine(claim))\n" }
    }
    if contradictions.isEmpty { output += "_none_\n" }
    return output
  }
}
