import ArgumentParser

/// The `claimdiff` command: it only lists the subcommands.
public struct ClaimDiffCommand: AsyncParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "claimdiff",
    abstract: "Track how a news story changes, claim by claim, source by source.",
    discussion: """
      Ingest each version of a developing story; claimdiff breaks it into atomic claims, says \
      who each comes from, stores them in SQLite, and reports what changed between versions.

      Exit status: 0 success, 1 differences (diff --exit-code), 2 trouble, 64 usage.
      """,
    subcommands: [
      IngestCommand.self, LogCommand.self, ShowCommand.self, DiffCommand.self,
      ClaimsCommand.self, SourcesCommand.self, TimelineCommand.self,
      ContradictionsCommand.self, ExtractCommand.self, ImportCommand.self, DemoCommand.self,
    ])

  @OptionGroup var global: GlobalOptions

  public init() {}
}
