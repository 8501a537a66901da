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

  func detect(_ indices: [Int], frame: Frame?) -> (Modality, Polarity) {
    var modality = Modality.asserted
    var negations = 0
    var covered: Set<Int> = []
    var position = 0
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
      var limit = index + 1
      var look = position + 1
      while look < indices.count && indices[look] == limit {
        limit += 1
        look += 1
      }
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
      let key = tokens[index].key
      if grammar.roles(index).contains(.negation) {
        negations += 1
      } else if modality == .asserted,
        let ending = lexicon.reportedEndings.shortestMatch(in: key),
        key.utf8.count > ending + 1
      {
        modality = .reported
      }
    }
    if let frame, frame.isReported, rank(modality) < rank(.reported) { modality = .reported }
    var negated = negations > 0
    if frame?.info.isDenial == true { negated.toggle() }
    return (modality, negated ? .negated : .affirmed)
  }
}
