/// One attribution frame found in a text: who (source), which words (cue), what (content).
///
/// The claims a frame covers share it; its content spans are the text of those claims.
public struct Attribution: Hashable, Sendable {
  /// The scalar offsets of the source's words, when the text names the source here.
  public var source: Range<Int>?
  /// The scalar offsets of the cue ("ha detto", "according to").
  public var cue: Range<Int>?
  /// The scalar offsets of the content's parts.
  public var content: [Range<Int>]
  /// The ordinals of the claims the frame covers.
  public var claims: [Int]

  /// Creates an attribution.
  public init(source: Range<Int>?, cue: Range<Int>?, content: [Range<Int>], claims: [Int]) {
    self.source = source
    self.cue = cue
    self.content = content
    self.claims = claims
  }
}
