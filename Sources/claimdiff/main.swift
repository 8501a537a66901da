import ClaimDiffCLI
import ClaimDiffCore
import Foundation

let path = CommandLine.arguments[1]
let text = try String(contentsOfFile: path, encoding: .utf8)
let extraction = try Extractor().extract(text)
print("language", extraction.language, "sentences", extraction.sentences.count)
for claim in extraction.claims {
  var line = "\(claim.ordinal). s\(claim.sentence) [\(claim.source.label)"
  if let channel = claim.channel { line += " via \(channel.name)" }
  line += "] \(claim.attribution.rawValue) \(claim.modality.rawValue) \(claim.polarity.rawValue)"
  print(line)
  print("    \(claim.text)")
  for time in claim.times { print("    time: \(time.text) = \(time.date.map(String.init(describing:)) ?? "?") \(time.granularity)") }
  if let event = claim.event { print("    event: \(event.label) \(event.status?.rawValue ?? "-") \(event.time?.date.map(String.init(describing:)) ?? "")") }
  if let stated = claim.statedOn { print("    stated: \(stated)") }
  for q in claim.quantities { print("    qty: \(q.text) \(q.value) \(q.unit ?? "")") }
}
