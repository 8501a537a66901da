import ArgumentParser
import ClaimDiffCore
import ClaimDiffReport
import ClaimDiffStore
import ClaimDiffTestSupport
import Foundation
import Testing

@testable import ClaimDiffCLI

@Suite("Command line")
struct CommandLineTests {
  @Test("--db works before and after the subcommand")
  func databaseOption() throws {
    let before = try #require(
      try ClaimDiffCommand.parseAsRoot(["--db", "a.sqlite", "log", "s"]) as? LogCommand)
    #expect(before.global.databasePath == "a.sqlite")
    let after = try #require(
      try ClaimDiffCommand.parseAsRoot(["log", "s", "--db", "b.sqlite"]) as? LogCommand)
    #expect(after.global.databasePath == "b.sqlite")
  }
}
