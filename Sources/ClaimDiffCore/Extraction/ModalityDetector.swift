/// Reads a claim's modality and polarity from its words.
///
/// Hedges come from the pack ("non è chiaro" uncertain, "non è escluso" possible,
/// "reportedly" reported) and win over the reporting conditional ("sarebbe"); the strongest
/// hedge wins (uncertain, then possible, then reported). A negation counts unless it is part of
/// a hedge or of a phrase that does not negate ("non solo").
struct ModalityDetector {
  let grammar: Grammar
  /// The language's tables, read through the grammar: a copy would retain every table.
  private var lexicon: Lexicon { grammar.lexicon }

  private var tokens: [Token] { grammar.tokens }

  /// The modality and polarity of the claim made of `indices`, said through `frame` if any.
  ///
  /// - Parameters:
  ///   - isReported: Whether the frame's cue is in the reporting conditional ("avrebbe detto").
  ///   - isDenial: Whether the frame's cue denies ("denied", "ha smentito").
  func detect(_ indices: [Int], isReported: Bool = false, isDenial: Bool = false)
    -> (Modality, Polarity)
  {
    var modality = Modality.asserted
    var negations = 0
    var covered: Set<Int> = []
    var position = 0
    var runs = RunLimit()
    func rank(_ value: Modality) -> Int {
      switch value {
      case .asserted: 0
      case .reported: 1
      case .possible: 2
      case .uncertain: 3
      }
    }
    while position < indices.count {
      let index = indices[position]
      let limit = runs.limit(at: position, in: indices)
      if let (length, hedge) = lexicon.hedges.match(tokens, at: index, limit: limit) {
        if rank(hedge) > rank(modality) { modality = hedge }
        for offset in 0..<length { covered.insert(index + offset) }
        position += length
        continue
      }
      if let (length, _) = lexicon.nonNegations.match(tokens, at: index, limit: limit) {
        for offset in 0..<length { covered.insert(index + offset) }
        position += length
        continue
      }
      position += 1
    }
    for index in indices where !covered.contains(index) && tokens[index].kind == .word {
      if grammar.roles(index).contains(.negation) {
        negations += 1
      } else if modality == .asserted, grammar.isReportedForm(index) {
        modality = .reported
      }
    }
    if isReported, rank(modality) < rank(.reported) { modality = .reported }
    var negated = negations > 0
    if isDenial { negated.toggle() }
    return (modality, negated ? .negated : .affirmed)
  }
}
