import ClaimDiffCore

/// The claims of `text`, with relative times counted from `day`.
func claims(_ text: String, on day: String = "2025-10-21", language: String? = nil) throws
  -> [Claim]
{
  try Extractor().extract(text, language: language, published: Day(iso: day)).claims
}

/// The first claim whose text contains `fragment`.
func claim(_ fragment: String, in claims: [Claim]) -> Claim? {
  claims.first { $0.text.contains(fragment) }
}
