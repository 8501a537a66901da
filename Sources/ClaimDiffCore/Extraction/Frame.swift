/// An attribution frame found in a sentence: a cue, who it names, and what they said.
///
/// Ranges are token indices into ``Document/tokens``.
struct Frame {
  /// Who the frame names as the source.
  enum Subject {
    /// The source's words in the text.
    case phrase(Range<Int>)
    /// No source here: the same as the frame before ("ha aggiunto", ", adding that").
    case carried
    /// An unnamed subject ("hanno spiegato che"): anonymous.
    case implicit(plural: Bool)
  }

  /// Where the source said it.
  enum ChannelReference {
    /// The channel's words in the text ("Cnn" in "alla Cnn").
    case phrase(Range<Int>)
    /// A relative pronoun standing for the previous frame's source ("a cui").
    case relative
  }

  /// The cue's tokens, auxiliaries included.
  var cue: Range<Int>
  /// What the lexicon says about the cue.
  var info: Cue
  /// Who the frame names.
  var subject: Subject
  /// The source's words with their appositions ("Victor Cha, who served as…"), when longer
  /// than the phrase the source is resolved from.
  var sourceExtent: Range<Int>?
  /// The subject of the sentence's clause, for a carried frame with no frame before it in the
  /// sentence ("Trump announced a plan, arguing that…").
  var clauseSubject: Range<Int>?
  /// Where the source said it.
  var channel: ChannelReference?
  /// The content's parts.
  var content: [Range<Int>]
  /// Every token that belongs to the frame itself and is never part of a claim.
  var frameTokens: [Range<Int>]
  /// Tokens before the subject that describe the act of saying ("Giovedì scorso, …").
  var circumstances: Range<Int>?
  /// Time expressions among the adjuncts of the cue ("said on Monday").
  var statedTimes: [Range<Int>] = []
  /// Whether the frame points back at the previous sentence ("E' quanto ha detto…").
  var isBackward = false
  /// Whether the frame ends with a colon and its content is the next sentence ("Il ministro
  /// ha detto:" followed by «…»), where sentences end at colons.
  var isForward = false
  /// Whether the cue's auxiliary is the reporting conditional ("avrebbe detto").
  var isReported = false
  /// Whether the frame is a speaker's label opening the sentence ("PENCE:", "Poll:").
  var isLabel = false
  /// Whether the frame follows all of its content at the end of the sentence ("…, sources
  /// said.").
  var isPostposed = false
  /// Whether the frame sits inside another frame's content: recorded, but the outer source
  /// keeps the claims.
  var isNested = false

  /// The first token of the frame or its content.
  var lowerBound: Int {
    guard !frameTokens.isEmpty || !content.isEmpty else { return cue.lowerBound }
    var bound = Int.max
    for part in frameTokens { bound = min(bound, part.lowerBound) }
    for part in content { bound = min(bound, part.lowerBound) }
    return bound
  }

  /// One past the last token of the frame or its content.
  var upperBound: Int {
    guard !frameTokens.isEmpty || !content.isEmpty else { return cue.upperBound }
    var bound = Int.min
    for part in frameTokens { bound = max(bound, part.upperBound) }
    for part in content { bound = max(bound, part.upperBound) }
    return bound
  }
}
