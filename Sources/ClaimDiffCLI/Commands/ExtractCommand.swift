import ArgumentParser
import ClaimDiffCore
import ClaimDiffReport
import Foundation

struct ExtractCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extract",
    abstract: "Print the claims of a text without storing it.",
    discussion: """
      With --jsonl, every input line is {"id", "text", "published"?} and every output line is \
      that text's extraction as JSON, with its "id". Offsets count Unicode scalars of the input.
      """)

  @OptionGroup var global: GlobalOptions
  @OptionGroup(title: "Output") var output: OutputOptions
  @Argument(help: ArgumentHelp("The text file, or - for standard input.", valueName: "file"))
  var file: String?
  @Flag(help: "Read JSON lines and write one JSON line each.") var jsonl = false
  @Option(name: .long, help: ArgumentHelp("The day relative times count from.", valueName: "date"))
  var published: String?
  @Option(name: .long, help: ArgumentHelp("Language code (default: detected).", valueName: "code"))
  var language: String?

  func run() async throws {
    try await reportingTrouble {
      let extractor = try global.extractor()
      let day = try published.map { value throws(ClaimDiffError) in
        guard let day = Day(iso: value) else {
          throw ClaimDiffError.invalidValue(
            name: "date", value: value, expected: "a date like 2025-10-21")
        }
        return day
      }
      if jsonl {
        try extractLines(extractor, day: day)
        return
      }
      let input = try InputReader.read(file, limit: try global.inputLimit())
      let extraction = try extractor.extract(input.text, language: language, published: day)
      emit(
        output.render(
          text: { $0.extraction(extraction) },
          json: { JSONReport.extraction(extraction) },
          markdown: { MarkdownReport.extraction(extraction) }))
    }
  }

  private func extractLines(_ extractor: Extractor, day: Day?) throws(ClaimDiffError) {
    let path = file ?? "-"
    var reader = try LineReader(path: path, limit: try global.inputLimit())
    let name = path == "-" ? "standard input" : path
    while let data = try reader.next() {
      guard let line = try JSONLine(data, path: name, line: reader.lineNumber) else { continue }
      let text = try line.text()
      var lineDay = day
      if let published = try line.optionalString("published") {
        guard let parsed = Day(iso: published) else {
          throw .malformedInput(
            path: name, line: reader.lineNumber,
            reason: "\"published\" must be a date like 2025-10-21")
        }
        lineDay = parsed
      }
      let extraction = try extractor.extract(text, language: language, published: lineDay)
      emit(JSONReport.extraction(extraction, id: line.id).rendered(pretty: false) + "\n")
    }
  }
}
