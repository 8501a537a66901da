import ClaimDiffCore

/// One libFuzzer input: the bytes as UTF-8 (with replacement, as a lenient reader would),
/// through the HTML reader, the document parser, the segmenter and the extractor.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
  let bytes = UnsafeRawBufferPointer(start: start, count: count)
  let text = String(decoding: bytes, as: UTF8.self)
  _ = HTMLText.isHTML(text)
  let article = HTMLText.article(text)
  let normalized = NormalizedText(text)
  let scalars = normalized.text.unicodeScalars.count
  var previous = 0
  for offset in 0...scalars {
    let original = normalized.originalOffset(offset)
    precondition(original >= previous && original <= text.unicodeScalars.count)
    previous = original
  }
  let extractor = Extractor()
  for input in [text, article] {
    guard let document = try? Document(parsing: input) else { continue }
    var end = document.bodyStart
    for sentence in document.sentences {
      precondition(
        sentence.bytes.lowerBound >= end && sentence.bytes.upperBound <= document.bytes.count)
      end = sentence.bytes.upperBound
    }
    let extraction = extractor.extract(document)
    let count = extraction.normalized.text.unicodeScalars.count
    for claim in extraction.claims {
      precondition(!claim.text.isEmpty)
      for part in claim.parts { precondition(part.lowerBound >= 0 && part.upperBound <= count) }
    }
  }
  return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func runDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: @convention(c) (UnsafeRawPointer?, Int) -> CInt
) -> CInt

/// SwiftPM links an executable's entry point as `<target>_main`: hand control to libFuzzer.
@_cdecl("claimdiff_fuzz_main")
public func fuzzMain(
  _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> CInt {
  var count = argc
  var arguments = argv
  return runDriver(&count, &arguments) { data, size in
    guard let data else { return 0 }
    return fuzz(data, size)
  }
}
