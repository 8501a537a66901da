import Foundation
import PackagePlugin

/// Embeds the story versions under `snapshots/stories/` into the target that uses it.
///
/// `claimdiff demo` runs from any folder and ships as one binary, so the bundled stories are
/// compiled in rather than read at run time. The files under `snapshots/stories/` stay the
/// single source; this plugin regenerates `BundledStories.swift` whenever one of them changes.
@main
struct EmbedStories: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let root = context.package.directoryURL.appending(path: "snapshots/stories")
    let inputs = try storyFiles(under: root)
    let output = context.pluginWorkDirectoryURL.appending(path: "BundledStories.swift")
    return [
      .buildCommand(
        displayName: "Embedding \(inputs.count) story versions",
        executable: try context.tool(named: "embed-stories").url,
        arguments: [root.path, output.path] + inputs.map(\.path),
        inputFiles: inputs,
        outputFiles: [output])
    ]
  }

  private func storyFiles(under root: URL) throws -> [URL] {
    let manager = FileManager.default
    guard manager.fileExists(atPath: root.path) else { return [] }
    var files: [URL] = []
    for story in try manager.contentsOfDirectory(atPath: root.path).sorted() {
      let folder = root.appending(path: story)
      for name in try manager.contentsOfDirectory(atPath: folder.path).sorted()
      where name.hasSuffix(".txt") {
        files.append(folder.appending(path: name))
      }
    }
    return files
  }
}
