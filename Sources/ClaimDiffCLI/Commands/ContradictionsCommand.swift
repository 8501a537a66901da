import ArgumentParser
import ClaimDiffCore
import ClaimDiffReport

struct ContradictionsCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "contradictions",
    abstract: "List claims from different sources that cannot both hold at the same time.",
    discussion: """
      Every claim of the story counts once, in its latest wording. A source changing its own \
      account, or a status said later than another, is an update, not a contradiction.
      """)

  @OptionGroup var global: GlobalOptions
  @OptionGroup(title: "Output") var output: OutputOptions
  @Argument(help: "The story's slug.") var story: String

  func run() async throws {
    try await reportingTrouble { emit(try render()) }
  }

  func render() throws(ClaimDiffError) -> String {
    let versions = try global.readStore().allVersions(of: story)
    var latest: [String: (claim: Claim, day: Day?)] = [:]
    var order: [String] = []
    for version in versions {
      for claim in version.claims {
        if latest[claim.id] == nil { order.append(claim.id) }
        latest[claim.id] = (claim, claim.statedOn ?? version.info.day)
      }
    }
    let claims = order.compactMap { latest[$0]?.claim }
    let found = ContradictionFinder.find(in: claims) { latest[$0.id]?.day }
    return output.render(
      text: { $0.contradictions(story: story, found) },
      json: { JSONReport.contradictions(story: story, found) },
      markdown: { MarkdownReport.contradictions(story: story, found) })
  }
}
