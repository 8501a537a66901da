import ClaimDiffTestSupport
import Foundation
import Testing

@testable import ClaimDiffCLI

/// `JSONObjectReader` against `JSONSerialization`, the reference it replaces: the same lines are
/// accepted, and their string fields read the same.
@Suite("JSONObjectReader")
struct JSONObjectReaderTests {
  /// The fields the reference reads, or `nil` when it refuses the line or it is no object.
  func reference(_ line: [UInt8]) -> [String: Any]? {
    (try? JSONSerialization.jsonObject(with: Data(line))) as? [String: Any]
  }

  func read(_ line: [UInt8]) -> [String: JSONObjectReader.Value]? {
    line.withUnsafeBufferPointer { try? JSONObjectReader.fields(of: $0) }
  }

  func expectSameReading(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let line = Array(text.utf8)
    let expected = reference(line)
    let fields = read(line)
    #expect(
      (fields != nil) == (expected != nil), "\(text.debugDescription)",
      sourceLocation: sourceLocation)
    guard let fields, let expected else { return }
    #expect(Set(fields.keys) == Set(expected.keys), sourceLocation: sourceLocation)
    for (key, value) in expected {
      switch (fields[key], value) {
      case (.string(let read)?, let string as String):
        #expect(read == string, "\(text.debugDescription)", sourceLocation: sourceLocation)
      case (.string?, _), (_, is String):
        Issue.record("'\(key)' read differently in \(text.debugDescription)")
      default: break
      }
    }
  }

  @Test(
    "lines are accepted or refused as JSONSerialization does",
    arguments: [
      #"{"story":"s","text":"a\nb \"q\" \\ \/ \t\r\b\f \u00e8 \u00C8 \ud83d\ude00"}"#,
      #"  {"a":1,"b":-0.5e+3,"c":true,"d":false,"e":null,"f":[1,[2,{"g":"h"}]],"i":{}}  "#,
      #"{"a":"è già \u2019 l’anno «x»"}"#, "{}", "{ }", #"{"a":"x","a":"y"}"#, #"{"a":[]}"#,
      #"{"a":"\u0041\u00410"}"#, #"{"n":0}"#, #"{"n":12}"#, #"{"n":1.0E2}"#,
      // A comma after the last member, which JSONSerialization lets pass, and only one.
      #"{"a":1 , }"#, #"{"a":[1,]}"#, #"{"a":[],}"#, #"{"a":1,,}"#, #"{"a":[,]}"#, "{,}",
      // Refused.
      "", "[]", #""x""#, "{", "}", #"{"a"}"#, #"{"a":}"#, #"{,"a":1}"#,
      #"{"a":1}x"#, #"{"a":1}{}"#, #"{'a':1}"#, #"{a:1}"#, #"{"a":01}"#, #"{"a":1.}"#,
      #"{"a":.5}"#, #"{"a":-}"#, #"{"a":1e}"#, #"{"a":+1}"#, #"{"a":tru}"#, #"{"a":nul}"#,
      #"{"a":"\x"}"#, #"{"a":"\u12"}"#, #"{"a":"\u12g4"}"#, #"{"a":"\ud83d"}"#,
      #"{"a":"\ud83dx"}"#, #"{"a":"\ude00"}"#, #"{"a":"\ud83d\u0041"}"#, "{\"a\":\"\t\"}",
      "{\"a\":\"x\n\"}", #"{"a":"x"#, #"{"a":"x\"}"#, #"{"a":[1 2]}"#,
      #"{"a":{"b"}}"#, #"{"a":{"b":1,,}}"#,
    ])
  func table(text: String) {
    expectSameReading(text)
  }

  @Test("random objects and their damaged copies read as JSONSerialization reads them")
  func random() throws {
    var random = SplitMix(seed: 20_251_021)
    let pieces = [
      "a", "Z", " ", "è", "È", "’", "«", "😀", "\"", "\\", "/", "\n", "\t", "\u{1}", "\u{7F}",
      "Perché", "l'anno", "\u{2028}", "{", "}", "[", "]", ",", ":",
    ]
    var damagedAccepted = 0
    for _ in 0..<400 {
      var object: [String: Any] = [:]
      for field in 0..<random.next(5) {
        let text = (0..<random.next(8)).map { _ in pieces[random.next(pieces.count)] }.joined()
        switch random.next(4) {
        case 0: object["f\(field)"] = random.next(1000) - 500
        case 1: object["f\(field)"] = [text, ["k": NSNull()]] as [Any]
        default: object["f\(field)"] = text
        }
      }
      let data = try JSONSerialization.data(withJSONObject: object)
      let line = [UInt8](data)
      expectSameReading(String(decoding: line, as: UTF8.self))
      // One byte dropped, where it keeps the line UTF-8.
      guard !line.isEmpty else { continue }
      var damaged = line
      damaged.remove(at: random.next(line.count))
      guard let text = String(validating: damaged, as: UTF8.self) else { continue }
      expectSameReading(text)
      if reference(damaged) != nil { damagedAccepted += 1 }
    }
    // Some damage leaves valid JSON (a digit or a letter of a string dropped): both kinds of
    // line were compared.
    #expect(damagedAccepted > 20)
  }

  @Test("objects and arrays nest as deep as JSONSerialization lets them, and no deeper")
  func depth() {
    func nested(_ depth: Int) -> [UInt8] {
      Array(
        ("{\"a\":" + String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
          + "}").utf8)
    }
    #expect(read(nested(JSONObjectReader.maximumDepth - 1)) != nil)
    #expect(read(nested(100_000)) == nil)
  }

  @Test("a number is kept as written, and the id of a line echoes it")
  func numbers() throws {
    let line = try #require(
      try JSONLine(Data(#"{"id":12,"x":-1.5e3}"#.utf8), path: "in.jsonl", line: 1))
    #expect(line.fields["x"] == .number("-1.5e3"))
    #expect(line.id == .int(12))
    let fraction = try #require(try JSONLine(Data(#"{"id":7.9}"#.utf8), path: "in.jsonl", line: 1))
    #expect(fraction.id == .int(7))
  }
}
