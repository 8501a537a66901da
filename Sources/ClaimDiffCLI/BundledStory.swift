/// A story shipped inside the binary, for `claimdiff demo`.
public struct BundledStory: Sendable {
  /// One version's file.
  public struct Version: Sendable {
    /// The file name, which orders the versions.
    public let name: String
    /// The file's text, byte for byte.
    public let text: String
  }

  /// The story's slug: its folder name under `snapshots/stories/`.
  public let slug: String
  /// The versions in ingest order.
  public let versions: [Version]
}
