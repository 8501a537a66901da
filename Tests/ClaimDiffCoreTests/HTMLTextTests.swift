import Testing

@testable import ClaimDiffCore

@Suite("HTML input")
struct HTMLTextTests {
  static let page = """
    <!DOCTYPE html>
    <html lang="it"><head><meta charset="utf-8"><title>Vertice | Il Giornale</title>
    <style>p { color: red; }</style>
    <script>var html = "<p>non è testo</p>"; if (a < b && c > d) {}</script></head>
    <body>
    <header><nav><ul><li><a href="/">Home</a></li><li>Esteri</li></ul></nav></header>
    <main><article>
    <h1>Il vertice di Budapest &egrave; rinviato</h1>
    <p>«Non ci sarà alcun incontro», ha detto giovedì il portavoce del
       <a href="/cremlino">Cremlino</a>.</p>
    <!-- <p>commento nascosto</p> -->
    <p>Secondo la Casa Bianca, l&rsquo;incontro &egrave; &ldquo;rinviato&rdquo; &amp; forse
    si terr&#224; pi&#xF9; avanti.<br>Fine.</p>
    <blockquote>Non c&#39;è accordo.</blockquote>
    <ul><li>Primo punto dell&#8217;elenco.</li></ul>
    </article>
    <aside><p>Leggi anche: altre notizie</p></aside></main>
    <footer><p>© Il Giornale</p></footer>
    </body></html>
    """

  @Test("a page gives its article: paragraphs, headings, quotes and list items, entities decoded")
  func extracts() {
    #expect(HTMLText.isHTML(Self.page))
    let text = HTMLText.article(Self.page)
    #expect(
      text.components(separatedBy: "\n\n") == [
        "Il vertice di Budapest è rinviato",
        "«Non ci sarà alcun incontro», ha detto giovedì il portavoce del Cremlino.",
        "Secondo la Casa Bianca, l’incontro è “rinviato” & forse si terrà più avanti.",
        "Fine.",
        "Non c'è accordo.",
        "Primo punto dell’elenco.",
      ])
    for hidden in ["<", "color", "var html", "commento", "Home", "Leggi anche", "©"] {
      #expect(!text.contains(hidden), "\(hidden)")
    }
  }

  @Test("the article of a page extracts like the same article in plain text")
  func sameClaims() throws {
    let plain = """
      Il vertice di Budapest è rinviato

      «Non ci sarà alcun incontro», ha detto giovedì il portavoce del Cremlino.
      """
    let html = """
      <html><body><h1>Il vertice di Budapest è rinviato</h1>
      <p>«Non ci sarà alcun incontro», ha detto giovedì il portavoce del Cremlino.</p></body></html>
      """
    let extractor = Extractor()
    let fromHTML = try extractor.extract(HTMLText.article(html)).claims
    let fromText = try extractor.extract(plain).claims
    #expect(fromHTML.map(\.text) == fromText.map(\.text))
    #expect(fromHTML.map(\.source) == fromText.map(\.source))
  }

  @Test(
    "plain prose is not HTML, even with a stray angle bracket",
    arguments: [
      "Il prezzo è salito del 5% (<10 euro) e la quota > 3.",
      "L'articolo cita il tag <p> una volta sola.",
      "a<b e c>d secondo il ministro, ha detto l'Istat.",
    ])
  func prose(_ text: String) {
    #expect(!HTMLText.isHTML(text))
  }

  @Test(
    "fragments with enough tags are HTML; a page without text gives none",
    arguments: [
      ("<p>Uno.</p><p>Due.</p><p>Tre.</p>", "Uno.\n\nDue.\n\nTre."),
      ("<div>Testo<br/>a capo</div><span>x</span>", "Testo\n\na capo\n\nx"),
      ("<html><body><nav>Menu</nav><script>x()</script></body></html>", ""),
      ("<!doctype html><p>Non chiuso", "Non chiuso"),
      ("<html><p>A &unknown; B &#0; C &#x110000; D</p>", "A &unknown; B \u{FFFD} C \u{FFFD} D"),
      ("<html><p>rotto <b attr=\"x>y\">ok</b> <i</p>", "rotto ok"),
    ])
  func fragments(_ html: String, _ expected: String) {
    #expect(HTMLText.isHTML(html))
    #expect(HTMLText.article(html) == expected)
  }
}
