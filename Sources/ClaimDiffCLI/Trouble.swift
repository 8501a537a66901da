import ArgumentParser
import ClaimDiffCore
import Foundation

/// Runs `body`, turning a ``ClaimDiffError`` into one line on standard error and exit 2.
func reportingTrouble(_ body: () async throws -> Void) async throws {
  do {
    try await body()
  } catch let error as ClaimDiffError {
    FileHandle.standardError.write(Data("claimdiff: error: \(error.description)\n".utf8))
    throw ExitCode(2)
  }
}

/// Writes `text` to standard output as is.
func emit(_ text: String) {
  FileHandle.standardOutput.write(Data(text.utf8))
}
