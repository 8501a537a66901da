import ArgumentParser
import ClaimDiffReport
import Foundation

extension OutputFormat: ExpressibleByArgument {}

/// When to colour text output.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
  case auto, always, never
}

/// Output options of the listing commands.
struct OutputOptions: ParsableArguments {
  @Option(name: .long, help: "Output format: text, json or markdown.")
  var format: OutputFormat = .text

  @Option(name: .long, help: "Colour: auto (a terminal without NO_COLOR), always or never.")
  var color: ColorChoice = .auto

  @Option(name: .long, help: "Wrap text at this width (default: $COLUMNS, else 80).")
  var width: Int?

  /// The text style, resolved from the flags, the terminal and the environment.
  var style: TextStyle {
    let environment = ProcessInfo.processInfo.environment
    let useColor: Bool
    switch color {
    case .always: useColor = true
    case .never: useColor = false
    case .auto: useColor = isatty(STDOUT_FILENO) == 1 && (environment["NO_COLOR"] ?? "").isEmpty
    }
    let columns = width ?? environment["COLUMNS"].flatMap(Int.init) ?? 80
    return TextStyle(color: useColor, width: columns)
  }

  /// The output in the chosen format, and only that one computed.
  ///
  /// Text comes in the resolved style, JSON pretty and ending in a newline.
  func render(
    text: (TextReport) -> String, json: () -> JSONValue, markdown: () -> String
  ) -> String {
    switch format {
    case .text: text(TextReport(style: style))
    case .json: json().rendered(pretty: true) + "\n"
    case .markdown: markdown()
    }
  }
}
