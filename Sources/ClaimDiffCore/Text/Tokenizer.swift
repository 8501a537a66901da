/// Splits UTF-8 text into ``Token``s.
///
/// The tokenizer knows the few spelling conventions that differ between languages (how an
/// apostrophe splits a word, which words end with an abbreviation period) through a
/// ``LanguagePack``; everything else is Unicode character classes.
struct Tokenizer {
  let pack: any LanguagePack
  // What the scan asks of the pack at every word, read once: through the protocol, each
  // question is a call, and the set a copy.
  private let elision: Elision
  private let abbreviations: Set<String>
  /// The length in bytes of the longest abbreviation.
  private let longestAbbreviation: Int
  /// The index of the pack's tables, whose masks the tokens carry.
  private let tables: TableIndex?

  /// A tokenizer for `pack`, whose tables' index is `tables`.
  ///
  /// Reading the index from the pack's lexicon copies the lexicon: a caller that has the index
  /// gives it. Another index is no error: the tables then probe for every token.
  init(pack: any LanguagePack, tables: TableIndex?? = nil) {
    self.pack = pack
    elision = pack.elision
    abbreviations = pack.abbreviations
    longestAbbreviation = abbreviations.reduce(0) { max($0, $1.utf8.count) }
    self.tables = tables ?? pack.lexicon.tableIndex
  }

  /// Tokenizes `bytes[range]`.
  ///
  /// - Complexity: O(*n*) in the length of the range.
  func tokenize(_ bytes: [UInt8], in range: Range<Int>) -> [Token] {
    bytes.withUnsafeBufferPointer { tokenize($0, in: range) }
  }

  private func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> [Token] {
    var tokens: [Token] = []
    tokens.reserveCapacity(range.count / 5)
    var index = range.lowerBound
    var pending: Token.Flags = [.spaceBefore]
    var doubleOpen = false
    var singleOpen = false
    while index < range.upperBound {
      // A space between words, the most frequent character, without decoding.
      if bytes[index] == 0x20 {
        pending.insert(.spaceBefore)
        index += 1
        continue
      }
      let (scalar, width) = UTF8Scalar.decode(bytes, at: index)
      if UTF8Scalar.isSpace(scalar) {
        pending.insert(.spaceBefore)
        if scalar == "\n" {
          if pending.contains(.lineBefore) { pending.insert(.paragraphBefore) }
          pending.insert(.lineBefore)
          singleOpen = false
        }
        index += width
        continue
      }
      let flags = pending
      pending = []
      if UTF8Scalar.isWordScalar(scalar) {
        let end = scanWord(bytes, from: index, limit: range.upperBound, singleOpen: singleOpen)
        tokens.append(makeWord(bytes, index..<end.offset, flags: flags, absorbed: end.absorbed))
        if end.accent {
          tokens[tokens.count - 1].key = pack.foldAccent(tokens[tokens.count - 1].key)
        }
        index = end.offset
        continue
      }
      let next =
        index + width < range.upperBound ? UTF8Scalar.decode(bytes, at: index + width).scalar : " "
      if elision == .beforeApostrophe && UTF8Scalar.isApostrophe(scalar)
        && !flags.contains(.spaceBefore) && UTF8Scalar.isWordScalar(next) && !tokens.isEmpty
      {
        // "'s", "'re", "'ll" after a word: a clitic word of its own.
        var end = index + width
        while end < range.upperBound {
          let (letter, size) = UTF8Scalar.decode(bytes, at: end)
          guard UTF8Scalar.isWordScalar(letter) else { break }
          end += size
        }
        tokens.append(makeWord(bytes, index..<end, flags: flags, absorbed: false))
        index = end
        continue
      }
      let nextIsSpace = UTF8Scalar.isSpace(next) || isClosingPunctuation(next)
      let kind: Token.Kind
      var key = String(scalar)
      var end = index + width
      // Two apostrophes or backticks stand for a double quotation mark in some wire copy:
      // ``Yes,'' he said.
      let doubled = (scalar == "'" || scalar == "`") && next == scalar
      if doubled { end += 1 }
      switch doubled ? (scalar == "`" ? "\u{201C}" : "\"") : scalar {
      case "\u{201C}" where doubled:
        kind = .openQuote
        key = "\""
        doubleOpen = true
      case "\"":
        let after = end < range.upperBound ? UTF8Scalar.decode(bytes, at: end).scalar : " "
        let afterIsSpace = UTF8Scalar.isSpace(after) || isClosingPunctuation(after)
        if flags.contains(.spaceBefore) && !UTF8Scalar.isSpace(after) {
          kind = .openQuote
        } else if afterIsSpace {
          kind = .closeQuote
        } else {
          kind = doubleOpen ? .closeQuote : .openQuote
        }
        key = "\""
        doubleOpen = kind == .openQuote
      case "\u{201C}", "\u{201D}":
        // Curly quotes are often typed the wrong way round ("”Fortunately…"): the spacing
        // around them decides, the glyph only when the spacing does not.
        if flags.contains(.spaceBefore) && !UTF8Scalar.isSpace(next) && !nextIsSpace {
          kind = .openQuote
        } else if !flags.contains(.spaceBefore) && nextIsSpace {
          kind = .closeQuote
        } else {
          kind = scalar == "\u{201C}" ? .openQuote : .closeQuote
        }
        key = "\""
      case "\u{201E}", "\u{00AB}", "\u{2039}":
        kind = .openQuote
        key = "\""
      case "\u{00BB}", "\u{203A}":
        kind = .closeQuote
        key = "\""
      case "'", "\u{2018}", "\u{2019}":
        if flags.contains(.spaceBefore) && !UTF8Scalar.isSpace(next) && !singleOpen {
          kind = .openQuote
          singleOpen = true
        } else {
          kind = .closeQuote
          singleOpen = false
        }
        key = "'"
      case "-", "\u{2013}", "\u{2014}", "\u{2012}", "\u{2015}":
        kind = .dash
        key = "-"
      case ".":
        var dots = end
        while dots < range.upperBound && bytes[dots] == UInt8(ascii: ".") { dots += 1 }
        if dots - index >= 3 {
          end = dots
          key = "..."
        }
        kind = .punctuation
      case "\u{2026}":
        kind = .punctuation
        key = "..."
      case ",", ";", ":", "!", "?", "(", ")", "[", "]", "{", "}", "/":
        kind = .punctuation
      default:
        kind = .symbol
      }
      tokens.append(Token(range: index..<end, kind: kind, key: key, flags: flags))
      index = end
    }
    if let tables {
      tokens.withUnsafeMutableBufferPointer { tokens in
        for index in tokens.indices { tokens[index].tables = tables.mask(of: tokens[index]) }
      }
    }
    return tokens
  }

  private func isClosingPunctuation(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case ".", ",", ";", ":", "!", "?", ")", "]", "\u{2026}", "\u{00BB}", "\u{201D}": true
    default: false
    }
  }

  /// Finds where the word starting at `start` ends, and whether it absorbed a final period.
  private func scanWord(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int, singleOpen: Bool
  ) -> (offset: Int, absorbed: Bool, accent: Bool) {
    // "n't" is a word of its own in English: "do" + "n't".
    if elision == .beforeApostrophe, start + 2 < limit,
      bytes[start] | 0x20 == UInt8(ascii: "n")
    {
      let (mark, width) = UTF8Scalar.decode(bytes, at: start + 1)
      if UTF8Scalar.isApostrophe(mark), start + 1 + width < limit,
        bytes[start + 1 + width] | 0x20 == UInt8(ascii: "t")
      {
        return (start + 2 + width, false, false)
      }
    }
    var index = start
    var lastGroupLetters = 0
    var sawInternalPeriod = false
    while index < limit {
      // ASCII letters and digits, most of any word, without decoding.
      let byte = bytes[index]
      if byte &- 0x30 < 10 || (byte | 0x20) &- 0x61 < 26 {
        lastGroupLetters += 1
        index += 1
        continue
      }
      let (scalar, width) = UTF8Scalar.decode(bytes, at: index)
      if UTF8Scalar.isWordScalar(scalar) {
        lastGroupLetters += 1
        index += width
        continue
      }
      let nextIndex = index + width
      let next: Unicode.Scalar? =
        nextIndex < limit ? UTF8Scalar.decode(bytes, at: nextIndex).scalar : nil
      let nextIsWord = next.map(UTF8Scalar.isWordScalar) ?? false
      if scalar == "-" && nextIsWord {
        index = nextIndex
        lastGroupLetters = 0
        continue
      }
      if UTF8Scalar.isApostrophe(scalar) {
        if nextIsWord {
          switch elision {
          case .afterApostrophe:
            return (nextIndex, false, false)
          case .beforeApostrophe:
            if let next, next == "t" || next == "T", index > start,
              bytes[index - 1] | 0x20 == UInt8(ascii: "n"), index - 1 > start
            {
              return (index - 1, false, false)
            }
            return (index, false, false)
          }
        }
        // A word-final apostrophe is an accent ("E'", "po'") unless it closes a quotation.
        // "veterans' families": a plural possessive keeps its apostrophe.
        if elision == .beforeApostrophe && !singleOpen && index > start
          && bytes[index - 1] | 0x20 == UInt8(ascii: "s")
        {
          return (nextIndex, false, false)
        }
        if singleOpen || elision == .beforeApostrophe { return (index, false, false) }
        return (nextIndex, false, true)
      }
      if (scalar == "." || scalar == "," || scalar == "/") && nextIsWord {
        let previous = bytes[index - 1]
        let digits = previous >= 0x30 && previous <= 0x39 && next.map(UTF8Scalar.isDigit) == true
        // "3,5", "1.200", "9/11", "5/2/1928"; "U.S", "www.example.com".
        if digits || scalar == "." {
          if scalar == "." { sawInternalPeriod = true }
          index = nextIndex
          lastGroupLetters = 0
          continue
        }
      }
      if scalar == "." {
        if sawInternalPeriod && lastGroupLetters <= 2 && !isNumeric(bytes, start..<index) {
          return (nextIndex, true, false)
        }
        if isAbbreviation(bytes, start..<index) { return (nextIndex, true, false) }
        // A capital letter with a period is an initial: "Charles B. Rangel", "J. Smith".
        if index == start + 1, bytes[start] >= 0x41, bytes[start] <= 0x5A {
          return (nextIndex, true, false)
        }
      }
      break
    }
    return (index, false, false)
  }

  /// Whether the word `bytes[range]`, before a period, is an abbreviation, or a hyphenated
  /// word ending with one ("R-Ky.", "D-Mo.").
  private func isAbbreviation(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    var ascii = true
    var hyphen = false
    for index in range {
      if bytes[index] >= 0x80 {
        ascii = false
        break
      }
      if bytes[index] == UInt8(ascii: "-") { hyphen = true }
    }
    // An ASCII word without a hyphen, most words before a period, is its key's length: one
    // longer than every abbreviation is none, and needs no key.
    if ascii && !hyphen {
      return range.count <= longestAbbreviation
        && abbreviations.contains(lowercasedKey(bytes, range))
    }
    let key = lowercasedKey(bytes, range)
    if abbreviations.contains(key) { return true }
    guard let hyphen = key.utf8.lastIndex(of: UInt8(ascii: "-")) else { return false }
    return abbreviations.contains(String(key[key.utf8.index(after: hyphen)...]))
  }

  private func isNumeric(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    bytes[range].allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x2C }
  }

  /// The word token of `bytes[range]`.
  ///
  /// A word of ASCII, Latin-1 letters and typographic apostrophes, nearly every word, is read
  /// once: its spelling flags are counted as its key is written.
  private func makeWord(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, flags: Token.Flags, absorbed: Bool
  ) -> Token {
    var flags = flags
    if absorbed { flags.insert(.absorbedPeriod) }
    // The key leaves out an absorbed period, so "Mr." and "Mr" look up the same entries; the
    // period counts for no flag.
    let keyRange = absorbed ? range.lowerBound..<(range.upperBound - 1) : range
    guard let word = LatinWord(bytes, keyRange) else {
      return makeAnyWord(bytes, range, flags: flags, absorbed: absorbed)
    }
    if word.capitalized { flags.insert(.capitalized) }
    if word.digits > 0 { flags.insert(.hasDigit) }
    if word.upper >= 2 && word.lower == 0 { flags.insert(.allCaps) }
    let numeric = word.digits > 0 && word.upper == 0 && word.lower == 0
    return Token(
      range: range, kind: numeric ? .number : .word, key: word.key,
      keyHash: WordTable<Bool>.hashed(word.hash), flags: flags)
  }

  /// The word token of `bytes[range]`, for any word.
  private func makeAnyWord(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, flags: Token.Flags, absorbed: Bool
  ) -> Token {
    var flags = flags
    var digits = 0
    var upper = 0
    var lower = 0
    var first = true
    var index = range.lowerBound
    while index < range.upperBound {
      let (scalar, width) = UTF8Scalar.decode(bytes, at: index)
      if UTF8Scalar.isDigit(scalar) {
        digits += 1
      } else if UTF8Scalar.isUppercase(scalar) {
        upper += 1
        if first { flags.insert(.capitalized) }
      } else if UTF8Scalar.isLowercase(scalar) {
        lower += 1
      }
      if UTF8Scalar.isWordScalar(scalar) { first = false }
      index += width
    }
    if digits > 0 { flags.insert(.hasDigit) }
    if upper >= 2 && lower == 0 { flags.insert(.allCaps) }
    let numeric = digits > 0 && upper == 0 && lower == 0
    // The key leaves out an absorbed period, so "Mr." and "Mr" look up the same entries.
    let keyRange = absorbed ? range.lowerBound..<(range.upperBound - 1) : range
    return Token(
      range: range, kind: numeric ? .number : .word, key: lowercasedKey(bytes, keyRange),
      flags: flags)
  }

  /// The lookup key of `bytes[range]`: lower case, typographic apostrophes folded to `'`.
  func lowercasedKey(_ bytes: [UInt8], _ range: Range<Int>) -> String {
    bytes.withUnsafeBufferPointer { lowercasedKey($0, range) }
  }

  private func lowercasedKey(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    var ascii = true
    for index in range where bytes[index] >= 0x80 {
      ascii = false
      break
    }
    if ascii {
      return String(unsafeUninitializedCapacity: range.count) { buffer in
        var position = 0
        for index in range {
          let byte = bytes[index]
          buffer[position] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
          position += 1
        }
        return position
      }
    }
    if let folded = LatinWord(bytes, range)?.key { return folded }
    let lowered = String(decoding: bytes[range], as: UTF8.self).lowercased()
    guard lowered.unicodeScalars.contains("\u{2019}") else { return lowered }
    var folded = String.UnicodeScalarView()
    for scalar in lowered.unicodeScalars { folded.append(scalar == "\u{2019}" ? "'" : scalar) }
    return String(folded)
  }
}

/// A word of ASCII, Latin-1 letters and typographic apostrophes, nearly every word, read once:
/// its key is written, and its spelling counted and the key hashed as it is.
private struct LatinWord {
  /// The lookup key: lower case, typographic apostrophes folded to `'`.
  let key: String
  /// The key's ``WordTable`` hash, before ``WordTable/hashed(_:)``.
  let hash: UInt64
  let digits: Int
  let upper: Int
  let lower: Int
  /// Whether the first letter is upper case.
  let capitalized: Bool

  /// Reads `bytes[range]`; `nil` for a word with another character.
  @inline(__always)
  init?(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
    var digits = 0
    var upper = 0
    var lower = 0
    var first = true
    var capitalized = false
    var isLatin = true
    var hash = WordTable<Bool>.hashStart
    // Lower-casing these never lengthens a word, and the apostrophe shortens it.
    let key = String(unsafeUninitializedCapacity: range.count) { buffer in
      var position = 0
      var index = range.lowerBound
      while index < range.upperBound {
        let byte = bytes[index]
        if byte < 0x80 {
          if byte &- 0x30 < 10 {
            digits += 1
            first = false
          } else if byte &- 0x41 < 26 {
            upper += 1
            if first { capitalized = true }
            first = false
          } else if byte &- 0x61 < 26 {
            lower += 1
            first = false
          }
          let lowered = byte &- 0x41 < 26 ? byte | 0x20 : byte
          buffer[position] = lowered
          hash = WordTable<Bool>.hashing(hash, lowered)
          position += 1
          index += 1
          continue
        }
        switch byte {
        case 0xC2, 0xC3:
          guard index + 1 < range.upperBound else {
            isLatin = false
            return 0
          }
          let next = bytes[index + 1]
          let scalar = Unicode.Scalar((byte & 0x03) << 6 | (next & 0x3F))
          if UTF8Scalar.isUppercase(scalar) {
            upper += 1
            if first { capitalized = true }
          } else if UTF8Scalar.isLowercase(scalar) {
            lower += 1
          }
          if UTF8Scalar.isWordScalar(scalar) { first = false }
          // U+00C0...U+00DE but U+00D7 (×) are upper-case letters.
          let isUpper = byte == 0xC3 && next >= 0x80 && next <= 0x9E && next != 0x97
          let lowered = isUpper ? next + 0x20 : next
          buffer[position] = byte
          buffer[position + 1] = lowered
          hash = WordTable<Bool>.hashing(WordTable<Bool>.hashing(hash, byte), lowered)
          position += 2
          index += 2
        case 0xE2
        where index + 2 < range.upperBound && bytes[index + 1] == 0x80
          && bytes[index + 2] == 0x99:
          // U+2019, a typographic apostrophe, is no letter.
          buffer[position] = UInt8(ascii: "'")
          hash = WordTable<Bool>.hashing(hash, UInt8(ascii: "'"))
          position += 1
          index += 3
        default:
          isLatin = false
          return 0
        }
      }
      return position
    }
    guard isLatin else { return nil }
    (self.key, self.hash, self.digits, self.upper, self.lower) = (key, hash, digits, upper, lower)
    self.capitalized = capitalized
  }
}
