import ClaimDiffTestSupport
import Foundation
import Testing

@testable import ClaimDiffCore

/// The byte-level shortcuts of the text pipeline against the general Unicode code they stand in
/// for.
@Suite("Byte scanning")
struct ByteScanningTests {
  /// Every scalar of the two-byte range and the start of the three-byte one, where the shortcuts
  /// are, and a sample beyond.
  var scalars: [Unicode.Scalar] {
    (0..<0x3000).compactMap(Unicode.Scalar.init)
      + [0x1E9E, 0x2019, 0x200B, 0x3000, 0x1F600]
      .compactMap { Unicode.Scalar(UInt32($0)) }
  }

  @Test("word, case and space classes answer as Unicode properties do")
  func classes() {
    for scalar in scalars {
      let properties = scalar.properties
      let isWord =
        properties.isAlphabetic || properties.numericType != nil
        || properties.generalCategory == .nonspacingMark
      #expect(UTF8Scalar.isWordScalar(scalar) == isWord, "U+\(String(scalar.value, radix: 16))")
      #expect(UTF8Scalar.isUppercase(scalar) == properties.isUppercase)
      #expect(UTF8Scalar.isLowercase(scalar) == properties.isLowercase)
      #expect(
        UTF8Scalar.isSpace(scalar) == (properties.isWhitespace || scalar.value == 0x200B),
        "U+\(String(scalar.value, radix: 16))")
    }
  }

  @Test("a word's key is lower-cased and its apostrophes folded as String.lowercased() does")
  func keys() {
    var random = SplitMix(seed: 7)
    let pieces = [
      "a", "Z", "7", "-", "'", "’", "À", "È", "é", "ß", "Ø", "ÿ", "×", "Þ", "ª", "µ", "Ç", "İ",
      "ŝ", "Σ", "ǅ", "e\u{301}", "ﬁ", "\u{A0}",
    ]
    let tokenizer = Tokenizer(pack: Italian.shared)
    for _ in 0..<3000 {
      let word = (0..<1 + random.next(6)).map { _ in pieces[random.next(pieces.count)] }.joined()
      let expected = String(
        word.lowercased().unicodeScalars.map { $0 == "\u{2019}" ? "'" : Character($0) })
      let bytes = Array(word.utf8)
      #expect(
        tokenizer.lowercasedKey(bytes, 0..<bytes.count) == expected, "\(word.debugDescription)")
    }
  }

  @Test("a word's flags and kind are those its scalars' Unicode properties give")
  func wordFlags() {
    var random = SplitMix(seed: 13)
    let pieces = [
      "a", "Z", "7", "-", "’", "À", "È", "é", "ß", "Ø", "ÿ", "Þ", "ª", "µ", "Ç", "İ", "ŝ", "Σ",
      "ǅ", "e\u{301}", "日", "²", "½",
    ]
    for pack in [Italian.shared, English.shared] as [any LanguagePack] {
      let tokenizer = Tokenizer(pack: pack)
      for _ in 0..<3000 {
        let word = (0..<1 + random.next(6)).map { _ in pieces[random.next(pieces.count)] }.joined()
        let bytes = Array(word.utf8)
        guard let token = tokenizer.tokenize(bytes, in: 0..<bytes.count).first,
          token.isWordLike
        else { continue }
        let text = String(decoding: bytes[token.range], as: UTF8.self)
        var (digits, upper, lower, capitalized, first) = (0, 0, 0, false, true)
        for scalar in text.unicodeScalars {
          let properties = scalar.properties
          if ("0"..."9").contains(scalar) {
            digits += 1
          } else if properties.isUppercase {
            upper += 1
            if first { capitalized = true }
          } else if properties.isLowercase {
            lower += 1
          }
          if properties.isAlphabetic || properties.numericType != nil
            || properties.generalCategory == .nonspacingMark
          {
            first = false
          }
        }
        let label = word.debugDescription
        #expect(token.flags.contains(.capitalized) == capitalized, "\(label)")
        #expect(token.flags.contains(.hasDigit) == (digits > 0), "\(label)")
        #expect(token.flags.contains(.allCaps) == (upper >= 2 && lower == 0), "\(label)")
        let numeric = digits > 0 && upper == 0 && lower == 0
        #expect(token.kind == (numeric ? .number : .word), "\(label)")
        // A word-final apostrophe may stand for an accent ("a'" for "à").
        let key = tokenizer.lowercasedKey(bytes, token.range)
        #expect(token.key == key || token.key == pack.foldAccent(key), "\(label)")
        // The hash found while the key was written is the one its bytes give.
        #expect(token.keyHash == WordTable<Bool>.hash(token.key), "\(label)")
      }
    }
  }

  @Test("a byte offset's scalar offset is the number of scalars before it")
  func scalarOffsets() {
    var random = SplitMix(seed: 19)
    let pieces = ["a", "bcdefgh", " ", "è", "€", "😀", "\u{301}"]
    for _ in 0..<300 {
      let text = (0..<random.next(80)).map { _ in pieces[random.next(pieces.count)] }.joined()
      let bytes = Array(text.utf8)
      let index = ScalarIndex(bytes)
      var scalars = 0
      for offset in 0...bytes.count {
        #expect(index.scalarOffset(ofByte: offset) == scalars, "\(text.debugDescription) \(offset)")
        if offset < bytes.count && bytes[offset] & 0xC0 != 0x80 { scalars += 1 }
      }
    }
  }

  @Test("invalid UTF-8 and NUL bytes are found where String's decoder finds them")
  func validation() {
    var random = SplitMix(seed: 11)
    let pieces: [[UInt8]] = [
      Array("plain ASCII text of some length ".utf8), Array("è".utf8), Array("😀".utf8), [0],
      [0x80], [0xC3], [0xE2, 0x80], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF5, 0x80, 0x80, 0x80],
      [0xF4, 0x90, 0x80, 0x80], Array("12345678".utf8),
    ]
    for _ in 0..<3000 {
      let bytes = (0..<random.next(8)).flatMap { _ in
        random.next(3) == 0 ? pieces[random.next(pieces.count)] : pieces[0]
      }
      // The reference: the longest valid prefix without NUL, by decoding scalar by scalar.
      var expected: Int?
      var decoder = UTF8()
      var iterator = bytes.makeIterator()
      var offset = 0
      decoding: while true {
        switch decoder.decode(&iterator) {
        case .scalarValue(let scalar):
          if scalar.value == 0 {
            expected = offset
            break decoding
          }
          offset += UTF8.width(scalar)
        case .emptyInput: break decoding
        case .error:
          expected = offset
          break decoding
        }
      }
      #expect(UTF8Scalar.firstInvalidOffset(bytes) == expected, "\(bytes)")
    }
  }

  @Test("written JSON strings read back as the strings written")
  func jsonStrings() throws {
    var random = SplitMix(seed: 3)
    let pieces = [
      "a", "\"", "\\", "/", "\n", "\r", "\t", "\u{1}", "\u{1F}", "è", "😀", " ", "\u{7F}",
    ]
    for _ in 0..<500 {
      let text = (0..<random.next(10)).map { _ in pieces[random.next(pieces.count)] }.joined()
      var json = UTF8Writer(capacity: 1)
      json.append("[")
      json.appendJSONString(text)
      json.append(",")
      json.append(random.next(2_000_000) - 1_000_000)
      json.append(",")
      json.append(Int.min)
      json.append("]")
      let read = try JSONSerialization.jsonObject(with: Data(json.text.utf8)) as? [Any]
      #expect(read?.first as? String == text)
      #expect((read?.last as? NSNumber)?.int64Value == Int64.min)
      var string = ""
      JSONString.append(text, to: &string)
      var bytes = UTF8Writer()
      bytes.appendJSONString(text)
      #expect(string == bytes.text)
    }
  }

  @Test("integers are written in decimal as String writes them, at every number of digits")
  func decimals() {
    var values = [0, Int.max, Int.min, Int.min + 1]
    var power = 1
    for _ in 0..<18 {
      power *= 10
      values += [power - 1, power, power + 1, -power + 1, -power, -power - 1]
    }
    var random = SplitMix(seed: 5)
    values += (0..<200).map { _ in random.next(2_000_000) - 1_000_000 }
    for value in values {
      var json = UTF8Writer(capacity: 1)
      json.append(value)
      #expect(json.text == String(value))
    }
  }

  @Test("endings match as hasSuffix does, and the shortest match is the shortest suffix")
  func endings() {
    var random = SplitMix(seed: 5)
    let lists: [[String]] = [
      Array(Italian.shared.lexicon.finiteEndings), Array(Italian.shared.lexicon.participleEndings),
      Array(English.shared.lexicon.participleEndings), ["rebbe", "rebbero", "e"], ["rà", "à"], [],
    ]
    let pieces = ["a", "e", "o", "to", "ato", "rebb", "ero", "rà", "à", "ed", "en", "ing", "ano"]
    for list in lists {
      let endings = WordEndings(list)
      #expect(Array(endings) == list.filter { !$0.isEmpty })
      for _ in 0..<500 {
        let key = (0..<random.next(5)).map { _ in pieces[random.next(pieces.count)] }.joined()
        let matching = list.filter { !$0.isEmpty && key.hasSuffix($0) }
        #expect(endings.matches(key) == !matching.isEmpty, "\(key) \(list)")
        #expect(endings.shortestMatch(in: key) == matching.map(\.utf8.count).min())
      }
    }
  }
}
