import Foundation

/// What a corpus holds, for the report.
struct CorpusSummary {
  var textBytes = 0
  var versions = 0
  var stories = 0
  /// Persons quoted in a single story, the rarest kind of source, sorted.
  var rarePersons: [String] = []
}

/// Writes corpora and pairs.
enum CorpusWriter {
  /// 2025-01-01T00:00:00Z in seconds since 1970.
  static let start = 1_735_689_600

  /// Writes `megabytes` MB (10^6 bytes) of article text as JSONL.
  static func corpus(megabytes: Double, seed: UInt64, to path: String) throws -> CorpusSummary {
    var generator = Generator(seed: seed)
    let renderer = Renderer(pools: generator.pools)
    let output = try Output(path: path)
    var summary = CorpusSummary()
    // How many stories quote each person in their last version, by language.
    var quoted: [[Int: Int]] = [[:], [:]]
    let target = Int(megabytes * 1_000_000)
    while summary.textBytes < target {
      var time = start + summary.stories * 2_220 + generator.rng.below(1_800)
      let story = generator.newStory(day: time / 86_400)
      let slug = "\(story.language == .italian ? "it" : "en")-\(summary.stories + 1)"
      var facts = generator.firstVersion(story, sentences: generator.rng.within(22...34))
      for version in 0..<generator.rng.within(3...8) {
        if version > 0 {
          time += generator.rng.within(1...9) * 3_600 + generator.rng.below(60) * 60
          generator.edit(&facts, story: story, edits: generator.rng.within(2...6))
          while facts.count > 40 { facts.remove(at: generator.rng.below(facts.count)) }
          while facts.count < 20 { facts.append(generator.newFact(story)) }
        }
        let text = renderer.text(facts, story: story, singleSentences: false)
        summary.textBytes += text.utf8.count
        summary.versions += 1
        output.write(
          "{\"story\":\(json(slug)),\"text\":\(json(text)),\"published\":\(json(isoTime(time)))}\n"
        )
      }
      summary.stories += 1
      var persons: Set<Int> = []
      for fact in facts {
        if case .person(let person, _, _) = fact.attribution { persons.insert(person) }
      }
      for person in persons { quoted[story.language.rawValue][person, default: 0] += 1 }
    }
    try output.close()
    // The rarest sources: persons quoted in the last version of one story only, by name.
    for language in [Language.english, .italian] {
      summary.rarePersons += quoted[language.rawValue].filter { $0.value == 1 }.map {
        generator.pools[language.rawValue].persons[$0.key].name
      }
    }
    summary.rarePersons.sort()
    return summary
  }

  /// Writes `a.txt` and `b.txt`: one long article of `sentences` sentences and an edit of it.
  static func pair(sentences: Int, seed: UInt64, to directory: String) throws {
    var generator = Generator(seed: seed &+ UInt64(sentences))
    generator.singleSentences = true
    let renderer = Renderer(pools: generator.pools)
    let story = generator.newStory(day: start / 86_400)
    let first = generator.firstVersion(story, sentences: sentences)
    var second = first
    generator.edit(
      &second, story: story, edits: max(1, sentences / 10), moves: max(1, sentences / 200))
    try FileManager.default.createDirectory(
      atPath: directory, withIntermediateDirectories: true)
    for (name, facts) in [("a.txt", first), ("b.txt", second)] {
      let text = renderer.text(facts, story: story, singleSentences: true)
      try Data(text.utf8).write(to: URL(fileURLWithPath: directory + "/" + name))
    }
  }

  /// A JSON string literal.
  static func json(_ text: String) -> String {
    var out = "\""
    out.reserveCapacity(text.utf8.count + 16)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "\u{0}"..."\u{1F}":
        let hex = String(scalar.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }
}

/// A file written in large blocks.
final class Output {
  private let handle: FileHandle
  private var buffer: [UInt8] = []

  init(path: String) throws {
    guard FileManager.default.createFile(atPath: path, contents: nil) else {
      throw BenchError("cannot create \(path)")
    }
    handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    buffer.reserveCapacity(1 << 21)
  }

  /// Appends text.
  func write(_ text: String) {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= 1 << 20 { flush() }
  }

  private func flush() {
    handle.write(Data(buffer))
    buffer.removeAll(keepingCapacity: true)
  }

  /// Writes what is left, waits until the file is on disk, and closes it.
  ///
  /// The file is an input of the timed runs: the system writing it out while they run would
  /// take its time from theirs.
  func close() throws {
    flush()
    try handle.synchronize()
    try handle.close()
  }
}

/// A failure of the bench itself.
struct BenchError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
