import Foundation

/// A person the corpus can name.
struct Person {
  let name: String
  let female: Bool
}

/// The names of one language: persons and organizations, built combinatorially.
struct NamePool {
  let language: Language
  let persons: [Person]
  let organizations: [OrgForms]
  let places: [String]
  /// How many of `organizations` are national bodies, at the start.
  let nationalCount: Int

  init(_ language: Language) {
    self.language = language
    var persons: [Person] = []
    var organizations: [OrgForms] = []
    switch language {
    case .italian:
      let roots = [
        "Bert", "Mart", "Ross", "Bianc", "Ferr", "Gall", "Marc", "Ricc", "Sant", "Vall", "Cant",
        "Lomb", "Pell", "Bon", "Ben", "Rin", "Tom", "Fabr", "Mor", "Zan",
      ]
      let endings = ["ini", "elli", "etti", "oni", "ucci", "otti", "acci", "ello", "ato", "i"]
      let surnames =
        Vocabulary.italianSurnames + roots.flatMap { root in endings.map { root + $0 } }
      for surname in surnames {
        for first in Vocabulary.italianMaleNames {
          persons.append(Person(name: "\(first) \(surname)", female: false))
        }
        for first in Vocabulary.italianFemaleNames {
          persons.append(Person(name: "\(first) \(surname)", female: true))
        }
      }
      organizations = Vocabulary.italianNational
      nationalCount = organizations.count
      for place in Vocabulary.italianPlaces {
        for (article, genitive, dative, name) in Vocabulary.italianLocalBodies {
          let full = "\(name) \(place)"
          organizations.append(
            OrgForms(
              subject: article + full, genitive: genitive + full, dative: dative + full))
        }
      }
      places = Vocabulary.italianPlaces
    case .english:
      let initials = Array("ABCDEFGHJKLMNPRSTW").map { "\($0)." }
      for surname in Vocabulary.englishSurnames {
        for initial in initials {
          for first in Vocabulary.englishMaleNames {
            persons.append(Person(name: "\(first) \(initial) \(surname)", female: false))
          }
          for first in Vocabulary.englishFemaleNames {
            persons.append(Person(name: "\(first) \(initial) \(surname)", female: true))
          }
        }
      }
      organizations = Vocabulary.englishNational.map {
        OrgForms(subject: $0, genitive: $0, dative: $0)
      }
      nationalCount = organizations.count
      for place in Vocabulary.englishPlaces {
        for body in Vocabulary.englishLocalBodies {
          let full = body.replacingOccurrences(of: "#", with: place)
          organizations.append(OrgForms(subject: full, genitive: full, dative: full))
        }
      }
      places = Vocabulary.englishPlaces
    }
    self.persons = persons
    self.organizations = organizations
  }

  /// The index of a local body of a place.
  func localBody(place: Int, body: Int) -> Int {
    nationalCount + place * Vocabulary.italianLocalBodies.count + body
  }
}

/// Shuffles the persons so a skewed draw favours no particular surname.
extension NamePool {
  /// A person index drawn with a skew: low positions are frequent, the tail is rare.
  func skewedPerson(_ rng: inout SplitMix64, order: [Int]) -> Int {
    let unit = Double(rng.next() >> 11) / Double(UInt64(1) << 53)
    return order[min(order.count - 1, Int(unit * unit * unit * Double(order.count)))]
  }
}
