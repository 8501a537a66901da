import Testing

@testable import ClaimDiffCore

@Suite("Events")
struct EventTests {
  @Test("an event noun with its participants and status")
  func nounWithParticipants() throws {
    let event = try #require(
      try claims("L'incontro tra il ministro Tajani e il collega Sybiha è stato rinviato.").first?
        .event)
    #expect(event.type == .meeting)
    #expect(event.participants == ["Andrii Sybiha", "Antonio Tajani"])
    #expect(event.status == .postponed)
    #expect(event.label == "meeting(Sybiha, Tajani)")
  }

  @Test("a verb that is an event: 'met', 'si sono sentiti'")
  func verbEvents() throws {
    let english = try #require(
      try claims("Macron and Starmer met in Paris on Monday.", language: "en").first?.event)
    #expect(english.type == .meeting)
    #expect(english.status == .occurred)
    #expect(english.participants == ["Emmanuel Macron", "Keir Starmer"])
    #expect(english.time?.date?.description == "2025-10-20")
    let italian = try #require(try claims("Meloni e Merz si sono sentiti ieri.").first?.event)
    #expect(italian.type == .call)
    #expect(italian.label == "call(Meloni, Merz)")
  }

  @Test("a bare mention is the event talked about before: 'l'incontro', 'the call'")
  func bareMention() throws {
    let found = try claims(
      "Un incontro tra Rubio e Lavrov è previsto per giovedì. Ieri sera l'incontro è stato annullato."
    )
    #expect(found.map { $0.event?.id } == ["meeting:lavrov+rubio", "meeting:lavrov+rubio"])
    #expect(found.map { $0.event?.status } == [.scheduled, .cancelled])
  }

  @Test("a negated plan puts the event on hold; a negated 'will take place' cancels it")
  func negatedStatus() throws {
    let onHold = try claims("L'incontro tra Rubio e Lavrov non è più in programma.")
    #expect(onHold.first?.event?.status == .onHold)
    let cancelled = try claims(
      "The summit between Trump and Putin will not take place.", language: "en")
    #expect(cancelled.first?.event?.status == .cancelled)
  }

  @Test("a past event after 'dopo'/'after' with its own date occurred then")
  func backgroundEvent() throws {
    let found = try claims(
      "Rubio e Lavrov hanno avuto un colloquio dopo quello del 16 ottobre tra Trump e Putin.")
    #expect(found.count == 2)
    let background = try #require(found.last?.event)
    #expect(background.label == "talks(Putin, Trump)")
    #expect(background.status == .occurred)
    #expect(background.time?.date?.description == "2025-10-16")
  }

  @Test("an event known by its place keeps one identity: 'il vertice di Budapest'")
  func byPlace() throws {
    let found = try claims(
      "Trump ha detto che ci sarà un vertice tra lui e Putin a Budapest. "
        + "Il vertice di Budapest è stato poi accantonato.")
    #expect(found.map { $0.event?.id } == ["summit:putin+trump", "summit:putin+trump"])
    #expect(found.last?.event?.status == .cancelled)
  }

  @Test("figures keep their value, what they count, and whether they are a bound")
  func quantities() throws {
    let bare = try #require(
      try claims("Secondo la prefettura, i dispersi sono 4.").first?.quantities)
    #expect(bare.map(\.value) == [4])
    let counted = try #require(
      try claims("Almeno 1.200 persone sono state evacuate.").first?.quantities.first)
    #expect(counted.value == 1200)
    #expect(counted.unit == "persone")
    #expect(counted.approximate)
    let english = try #require(
      try claims("More than 3,000 people fled, officials said.", language: "en").first?.quantities
        .first)
    #expect(english.value == 3000)
    #expect(english.unit == "people")
    #expect(english.approximate)
  }
}
