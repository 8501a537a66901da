import ArgumentParser
import ClaimDiffCore
import ClaimDiffReport

struct ClaimsCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "claims",
    abstract: "List claims, by source: those it asserts and those made through it.",
    discussion: """
      Lists the claims of the last version of each story (or of one story), or of --version. \
      --source matches a source's name, person or alias ("Casa Bianca" is White House), and \
      also lists claims made through it as a channel ("told CNN"), marked as such.
      """)

  @OptionGroup var global: GlobalOptions
  @OptionGroup(title: "Output") var output: OutputOptions
  @Argument(help: "The story's slug (default: every story).") var story: String?
  @Option(name: .long, help: ArgumentHelp("Only this source's claims.", valueName: "name"))
  var source: String?
  @Option(name: .long, help: ArgumentHelp("Only this version.", valueName: "n")) var version: Int?
  @Flag(name: .long, help: "Every version, not only the last.") var allVersions = false
  @Flag(
    name: .long,
    help: "Each claim's life: the versions it is in, and how it changed, under one id.")
  var history = false

  func validate() throws {
    if history && story == nil { throw ValidationError("--history needs a story") }
    if history && version != nil {
      throw ValidationError("--history and --version exclude each other")
    }
    if version != nil && story == nil { throw ValidationError("--version needs a story") }
    if version != nil && allVersions {
      throw ValidationError("--version and --all-versions exclude each other")
    }
  }

  func run() async throws {
    try await reportingTrouble { emit(try render()) }
  }

  func render() throws(ClaimDiffError) -> String {
    let registry = try global.sourceRegistry()
    let name = source.map { registry.canonicalName($0) }
    if history, let story { return try renderHistory(story: story, source: name) }
    let found = try global.readStore().claims(
      story: story, version: version, source: name, allVersions: allVersions)
    let claims = found.map(\.claim)
    let roles = name == nil ? nil : found.map(\.role.rawValue)
    var title = "\(claims.count) claim\(claims.count == 1 ? "" : "s")"
    if let name {
      let channel = found.filter { $0.role == .channel }.count
      title += " of \(name) (\(claims.count - channel) as source, \(channel) as channel)"
    }
    if let story { title += " in \(story)" + (version.map { " v\($0)" } ?? "") }
    return output.render(
      text: { $0.claims(claims, roles: roles, title: title) },
      json: { JSONReport.claims(claims, roles: roles) },
      markdown: { MarkdownReport.claims(claims, roles: roles, title: title) })
  }

  /// `--history`: every claim of the story, or those a source made in any version.
  private func renderHistory(story: String, source name: String?) throws(ClaimDiffError)
    -> String
  {
    let store = try global.readStore()
    var histories = ClaimHistory.build(try store.allVersions(of: story))
    var title = "\(story): \(histories.count) claim\(histories.count == 1 ? "" : "s")"
    if let name {
      let ids = Set(
        try store.claims(story: story, version: nil, source: name, allVersions: true)
          .map(\.claim.id))
      histories = histories.filter { ids.contains($0.id) }
      title = "\(story): \(histories.count) claim\(histories.count == 1 ? "" : "s") of \(name)"
    }
    title += " and their history"
    return output.render(
      text: { $0.history(histories, title: title) },
      json: { JSONReport.history(story: story, histories) },
      markdown: { MarkdownReport.history(histories, title: title) })
  }
}
