import ArgumentParser
import Foundation

extension ClaimDiffCommand {
  /// Runs the command line, every error as one line on standard error.
  ///
  /// A usage error (exit 64) reads `claimdiff: error: …` like any other, with a pointer to
  /// `--help` on the same line instead of the usage block; help and version requests print as
  /// usual.
  public static func runAsMain(_ arguments: [String]? = nil) async -> Never {
    do {
      var command = try parseAsRoot(arguments)
      if var command = command as? any AsyncParsableCommand {
        try await command.run()
      } else {
        try command.run()
      }
      exit(withError: nil)
    } catch {
      let code = exitCode(for: error)
      let text = message(for: error)
      // Help, and errors already reported (an exit code alone), print as ArgumentParser does.
      if code == .success || text.isEmpty { exit(withError: error) }
      var line = "claimdiff: error: \(oneLine(text))"
      if code == .validationFailure {
        let names = configuration.subcommands.compactMap { $0.configuration.commandName }
        let given = arguments ?? Array(CommandLine.arguments.dropFirst())
        let command = given.first(where: names.contains).map { "claimdiff \($0)" } ?? "claimdiff"
        line += " (see '\(command) --help')"
      }
      FileHandle.standardError.write(Data((line + "\n").utf8))
      Foundation.exit(code.rawValue)
    }
  }

  /// `message` on one line: its first non-empty line, without ArgumentParser's `Error: `.
  static func oneLine(_ message: String) -> String {
    var line =
      message.split(whereSeparator: \.isNewline).first.map(String.init) ?? "invalid arguments"
    if line.hasPrefix("Error: ") { line.removeFirst("Error: ".count) }
    return line
  }
}
