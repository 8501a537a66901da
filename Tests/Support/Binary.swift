import Foundation

/// What a run of the `claimdiff` binary did.
public struct BinaryRun: Sendable {
  /// The exit status.
  public let status: Int32
  /// Standard output.
  public let output: String
  /// Standard error.
  public let error: String

  /// The lines of standard error.
  public var errorLines: [String] { error.split(separator: "\n").map(String.init) }
}

/// The built `claimdiff` executable: next to the test bundle, else under `.build/debug`.
public let claimdiffBinary: URL? = {
  var candidates: [URL] = []
  if let executable = Bundle.main.executableURL {
    candidates.append(executable.deletingLastPathComponent().appendingPathComponent("claimdiff"))
  }
  for bundle in Bundle.allBundles {
    candidates.append(
      bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("claimdiff"))
  }
  candidates.append(repositoryRoot.appendingPathComponent(".build/debug/claimdiff"))
  return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
}()

/// Whether tests run as root, for whom file permissions do not deny anything.
public var runningAsRoot: Bool { getuid() == 0 }

/// A process running the binary, with its output going to temporary files.
public final class BinaryProcess: @unchecked Sendable {
  public let process = Process()
  private let outputURL: URL
  private let errorURL: URL

  /// Starts `claimdiff ARGUMENTS`, optionally as another user (through `setpriv`).
  public init(
    _ arguments: [String], input: Data? = nil, environment: [String: String] = [:],
    asUser uid: Int? = nil
  ) throws {
    guard let binary = claimdiffBinary else {
      throw CocoaError(
        .fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "no claimdiff binary"])
    }
    let folder = FileManager.default.temporaryDirectory
    outputURL = folder.appendingPathComponent("claimdiff-out-\(UUID().uuidString)")
    errorURL = folder.appendingPathComponent("claimdiff-err-\(UUID().uuidString)")
    try Data().write(to: outputURL)
    try Data().write(to: errorURL)
    if let uid {
      process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
      process.arguments =
        ["--reuid=\(uid)", "--regid=\(uid)", "--clear-groups", binary.path] + arguments
    } else {
      process.executableURL = binary
      process.arguments = arguments
    }
    var variables = ProcessInfo.processInfo.environment
    variables["CLAIMDIFF_DB"] = nil
    variables["CLAIMDIFF_MAX_INPUT_BYTES"] = nil
    variables["CLAIMDIFF_REGISTRY"] = nil
    for (key, value) in environment { variables[key] = value }
    process.environment = variables
    process.standardOutput = try FileHandle(forWritingTo: outputURL)
    process.standardError = try FileHandle(forWritingTo: errorURL)
    if let input {
      let inputURL = folder.appendingPathComponent("claimdiff-in-\(UUID().uuidString)")
      try input.write(to: inputURL)
      process.standardInput = try FileHandle(forReadingFrom: inputURL)
      // The open handle keeps the unlinked file readable.
      try? FileManager.default.removeItem(at: inputURL)
    } else {
      process.standardInput = FileHandle.nullDevice
    }
    try process.run()
  }

  /// Waits for the end and returns what the run did.
  public func wait() -> BinaryRun {
    process.waitUntilExit()
    defer {
      try? FileManager.default.removeItem(at: outputURL)
      try? FileManager.default.removeItem(at: errorURL)
    }
    let output = (try? String(contentsOf: outputURL, encoding: .utf8)) ?? ""
    let error = (try? String(contentsOf: errorURL, encoding: .utf8)) ?? ""
    return BinaryRun(status: process.terminationStatus, output: output, error: error)
  }
}

/// Runs `claimdiff ARGUMENTS` to the end.
public func runClaimDiff(
  _ arguments: [String], input: Data? = nil, environment: [String: String] = [:],
  asUser uid: Int? = nil
) throws -> BinaryRun {
  try BinaryProcess(arguments, input: input, environment: environment, asUser: uid).wait()
}

/// A temporary folder, removed with its content when the value goes.
public final class TemporaryFolder: @unchecked Sendable {
  public let url: URL

  public init() throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("claimdiff-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  /// The path of `name` in the folder.
  public func path(_ name: String) -> String { url.appendingPathComponent(name).path }

  /// Writes `data` to `name` and returns its path.
  @discardableResult
  public func write(_ name: String, _ data: Data) throws -> String {
    let path = self.path(name)
    try data.write(to: URL(fileURLWithPath: path))
    return path
  }

  /// Writes `text` to `name` and returns its path.
  @discardableResult
  public func write(_ name: String, _ text: String) throws -> String {
    try write(name, Data(text.utf8))
  }

  deinit {
    // Make everything removable again, whatever a test did to permissions.
    if let items = FileManager.default.enumerator(atPath: url.path) {
      for case let item as String in items {
        chmod(url.appendingPathComponent(item).path, 0o755)
      }
    }
    chmod(url.path, 0o755)
    try? FileManager.default.removeItem(at: url)
  }
}
