import Foundation

/// A one-line progress bar on standard error: how much is read, the rate, and the time left
/// when the total is known.
struct ProgressBar {
  /// The input's size in bytes, when known.
  let total: Int?
  private let started = Date()
  private var shown = Date.distantPast

  init(total: Int?) { self.total = total }

  /// Redraws the bar, at most ten times a second.
  mutating func show(read: Int, versions: Int) {
    let now = Date()
    guard now.timeIntervalSince(shown) >= 0.1 else { return }
    shown = now
    let elapsed = max(now.timeIntervalSince(started), 0.001)
    let rate = Double(read) / elapsed
    var line = ""
    if let total, total > 0 {
      let fraction = min(1, Double(read) / Double(total))
      let width = 24
      let filled = Int(fraction * Double(width))
      line += "[" + String(repeating: "#", count: filled)
      line += String(repeating: "-", count: width - filled) + "] "
      line += String(format: "%3.0f%% ", fraction * 100)
      line += "\(Self.megabytes(read))/\(Self.megabytes(total)) MB"
      let left = rate > 0 ? Double(total - read) / rate : 0
      line += String(format: "  %.1f MB/s", rate / 1_000_000) + "  ETA \(Self.clock(left))"
    } else {
      line += "\(Self.megabytes(read)) MB" + String(format: "  %.1f MB/s", rate / 1_000_000)
    }
    line += "  \(versions) versions"
    FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
  }

  /// Clears the bar.
  func finish() {
    FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
  }

  private static func megabytes(_ bytes: Int) -> String {
    String(format: "%.1f", Double(bytes) / 1_000_000)
  }

  private static func clock(_ seconds: Double) -> String {
    let whole = Int(seconds.rounded())
    return String(format: "%d:%02d", whole / 60, whole % 60)
  }
}
