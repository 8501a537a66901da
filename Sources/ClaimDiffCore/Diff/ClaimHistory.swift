/// One claim's life across the versions of a story: where it appears, changes, goes away
/// and comes back, under the one id it keeps throughout.
public struct ClaimHistory: Sendable, Hashable {
  /// What happens to the claim in one version.
  public enum Event: String, Sendable, Hashable, Codable {
    /// First seen.
    case appeared
    /// Present as it was.
    case unchanged
    /// Present, changed (see ``Step/kinds``).
    case changed
    /// Gone from this version.
    case removed
    /// Back after being gone.
    case returned
  }

  /// The claim in one version.
  public struct Step: Sendable, Hashable {
    /// The version number.
    public var version: Int
    /// What happened.
    public var event: Event
    /// For a change, its kinds, most telling first.
    public var kinds: [Change.Kind]
    /// The claim as this version has it; `nil` when it is gone.
    public var claim: Claim?
    /// For a change, the words that changed.
    public var words: [WordEdit]
    /// For a change or a return, the claim as it last stood.
    public var before: Claim? = nil
  }

  /// The claim's id, the same in every version.
  public var id: String
  /// One step per version from the claim's first appearance, except the versions after its
  /// removal that still lack it.
  public var steps: [Step]

  /// The versions the claim is in.
  public var versions: [Int] { steps.filter { $0.claim != nil }.map(\.version) }

  /// The histories of every claim in `versions`, in order of first appearance.
  ///
  /// - Complexity: O(*n*) in the claims of all versions, plus a word diff per change.
  public static func build(_ versions: [VersionClaims]) -> [ClaimHistory] {
    var histories: [ClaimHistory] = []
    var position: [String: Int] = [:]
    var last: [String: Claim] = [:]
    var present: Set<String> = []
    for version in versions.sorted(by: { $0.info.number < $1.info.number }) {
      let number = version.info.number
      var here: Set<String> = []
      for claim in version.claims {
        guard here.insert(claim.id).inserted else { continue }
        guard let index = position[claim.id] else {
          position[claim.id] = histories.count
          histories.append(
            ClaimHistory(
              id: claim.id,
              steps: [Step(version: number, event: .appeared, kinds: [], claim: claim, words: [])]))
          last[claim.id] = claim
          continue
        }
        let previous = last[claim.id]
        let kinds = previous.map { ClaimDiffer.kinds($0, claim) } ?? []
        let event: Event =
          !present.contains(claim.id) ? .returned : kinds.isEmpty ? .unchanged : .changed
        let words =
          kinds.contains(.reworded) ? WordDiff.edits(previous?.text ?? "", claim.text) : []
        histories[index].steps.append(
          Step(
            version: number, event: event, kinds: kinds, claim: claim, words: words,
            before: previous))
        last[claim.id] = claim
      }
      for id in present.subtracting(here) {
        guard let index = position[id] else { continue }
        histories[index].steps.append(
          Step(version: number, event: .removed, kinds: [], claim: nil, words: []))
      }
      present = here
    }
    return histories
  }
}
