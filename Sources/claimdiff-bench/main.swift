import Foundation

// claimdiff-bench: measures the claimdiff binary end to end. See README, "Benchmarks".
let usage = """
  usage: claimdiff-bench [run] [--megabytes N] [--work DIR] [--binary PATH] [--seed N]
         claimdiff-bench corpus --megabytes N --out FILE [--seed N]
         claimdiff-bench pair --sentences N --out DIR [--seed N]
  """

/// The command line, parsed by hand: a subcommand, then `--name value` options.
struct Options {
  var command = "run"
  var values: [String: String] = [:]

  init(_ arguments: [String]) throws {
    var rest = arguments[...]
    if let first = rest.first, !first.hasPrefix("-") {
      command = first
      rest = rest.dropFirst()
    }
    while let name = rest.popFirst() {
      if name == "--help" || name == "-h" {
        print(usage)
        exit(0)
      }
      guard name.hasPrefix("--"), let value = rest.popFirst() else {
        throw BenchError("expected --option value, got '\(name)'\n\(usage)")
      }
      values[String(name.dropFirst(2))] = value
    }
  }

  func string(_ name: String) -> String? { values[name] }

  func number(_ name: String, default value: Double) throws -> Double {
    guard let text = values[name] else { return value }
    guard let number = Double(text), number > 0 else {
      throw BenchError("--\(name) needs a positive number")
    }
    return number
  }

  func required(_ name: String) throws -> String {
    guard let value = values[name] else { throw BenchError("--\(name) is required\n\(usage)") }
    return value
  }

  var seed: UInt64 {
    get throws {
      guard let text = values["seed"] else { return 20_251_021 }
      guard let seed = UInt64(text) else { throw BenchError("--seed needs a whole number") }
      return seed
    }
  }
}

do {
  let options = try Options(Array(CommandLine.arguments.dropFirst()))
  switch options.command {
  case "corpus":
    let summary = try CorpusWriter.corpus(
      megabytes: try options.number("megabytes", default: 100), seed: try options.seed,
      to: try options.required("out"))
    progress(
      "wrote \(Bench.megabytes(summary.textBytes)) MB of text: \(summary.versions) versions, "
        + "\(summary.stories) stories")
  case "pair":
    try CorpusWriter.pair(
      sentences: Int(try options.number("sentences", default: 500)), seed: try options.seed,
      to: try options.required("out"))
  case "run":
    let bench = try Bench(
      megabytes: try options.number("megabytes", default: 100), work: options.string("work"),
      binary: options.string("binary"), seed: try options.seed)
    print(try bench.run(), terminator: "")
  default:
    throw BenchError("unknown command '\(options.command)'\n\(usage)")
  }
} catch {
  FileHandle.standardError.write(Data("claimdiff-bench: \(error)\n".utf8))
  exit(2)
}
