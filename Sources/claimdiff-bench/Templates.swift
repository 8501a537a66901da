/// What a sentence says, in two wordings, by topic and language.
///
/// Slots: `{N}` and `{M}` numbers, `{T}` a town, `{CITY}` the story's place, `{D}` a weekday,
/// `{DATE}` a day of the month, `{L1}` and `{L2}` the story's leaders, `{CO}` its company,
/// `{P}` a person; `[firm|hedged]` is the modality a version may flip.
enum Templates {
  typealias Pair = (String, String)

  /// The topics a story can be about.
  static let topicCount = 4

  /// The propositions of a topic, with the shared ones after them.
  static func propositions(topic: Int, language: Language) -> [Pair] {
    switch language {
    case .italian: italian[topic] + italianShared
    case .english: english[topic] + englishShared
    }
  }

  static let italian: [[Pair]] = [
    [
      (
        "{N} persone [risultano|risulterebbero] ancora disperse dopo la frana di {T}",
        "il bilancio dei dispersi della frana di {T} [è salito|sarebbe salito] a {N}"
      ),
      (
        "i soccorritori [hanno recuperato|avrebbero recuperato] {N} corpi sotto il fango a {T}",
        "{N} corpi [sono stati recuperati|sarebbero stati recuperati] dai soccorritori a {T}"
      ),
      (
        "{N} famiglie [sono state evacuate|sarebbero state evacuate] nella notte a {T}",
        "nella notte a {T} [sono state evacuate|sarebbero state evacuate] {N} famiglie"
      ),
      (
        "la strada provinciale per {T} [resterà|potrebbe restare] chiusa fino a {D}",
        "la provinciale che porta a {T} [resta|resterebbe] chiusa almeno fino a {D}"
      ),
      (
        "le scuole di {T} [resteranno chiuse|potrebbero restare chiuse] anche {D}",
        "{D} le scuole di {T} [non riapriranno|potrebbero non riaprire]"
      ),
      (
        "l'allerta rossa a {CITY} [è stata prorogata|sarebbe stata prorogata] fino a {D}",
        "a {CITY} l'allerta rossa [resta|resterebbe] in vigore fino a {D}"
      ),
      (
        "in {N} ore [sono caduti|sarebbero caduti] {M} millimetri di pioggia su {T}",
        "su {T} [sono caduti|sarebbero caduti] {M} millimetri di pioggia in {N} ore"
      ),
      (
        "il sindaco di {T} ha convocato il comitato di emergenza per {D}",
        "il comitato di emergenza di {T} [si riunirà|dovrebbe riunirsi] {D}"
      ),
      (
        "{N} vigili del fuoco [lavorano|starebbero lavorando] da ieri sera nella zona di {T}",
        "da ieri sera {N} vigili del fuoco [sono al lavoro|sarebbero al lavoro] a {T}"
      ),
      (
        "i danni [ammontano|ammonterebbero] ad almeno {N} milioni di euro",
        "la stima dei danni [è|sarebbe] di almeno {N} milioni di euro"
      ),
      (
        "la visita del ministro a {T} prevista per {D} [è stata rinviata|sarebbe stata rinviata]",
        "[è stata rinviata|sarebbe stata rinviata] la visita del ministro a {T} di {D}"
      ),
      (
        "ieri {N} persone [sono state ricoverate|sarebbero state ricoverate] all'ospedale di {CITY}",
        "{N} persone [sono state portate|sarebbero state portate] ieri all'ospedale di {CITY}"
      ),
    ],
    [
      (
        "l'incontro tra {L1} e {L2} previsto per {D} [è stato rinviato|sarebbe stato rinviato]",
        "[è stato rinviato|sarebbe stato rinviato] l'incontro di {D} tra {L1} e {L2}"
      ),
      (
        "{L1} e {L2} [si sono sentiti|si sarebbero sentiti] al telefono per {N} minuti",
        "la telefonata tra {L1} e {L2} [è durata|sarebbe durata] {N} minuti"
      ),
      (
        "il vertice di {CITY} tra {L1} e {L2} [resta|resterebbe] in programma per il {DATE}",
        "il vertice tra {L1} e {L2} [si terrà|dovrebbe tenersi] a {CITY} il {DATE}"
      ),
      (
        "i due ministri [hanno discusso|avrebbero discusso] di sanzioni e di energia",
        "al centro del colloquio [ci sono state|ci sarebbero state] le sanzioni e l'energia"
      ),
      (
        "le delegazioni [si incontreranno|potrebbero incontrarsi] di nuovo {D} a {T}",
        "un nuovo incontro tra le delegazioni [è previsto|sarebbe previsto] {D} a {T}"
      ),
      (
        "il vertice [è stato cancellato|sarebbe stato cancellato] dopo la telefonata di ieri",
        "dopo la telefonata di ieri il vertice [è saltato|sarebbe saltato]"
      ),
      (
        "{N} diplomatici [sono stati espulsi|sarebbero stati espulsi] nelle ultime ore",
        "nelle ultime ore [sono stati espulsi|sarebbero stati espulsi] {N} diplomatici"
      ),
      (
        "le nuove sanzioni [colpiranno|colpirebbero] {N} società energetiche",
        "{N} società energetiche [saranno colpite|sarebbero colpite] dalle nuove sanzioni"
      ),
      (
        "{L1} [parteciperà|potrebbe partecipare] al summit di {T} del {DATE}",
        "al summit di {T} del {DATE} [ci sarà|potrebbe esserci] anche {L1}"
      ),
      (
        "il Consiglio di sicurezza [è stato convocato|sarebbe stato convocato] per {D}",
        "{D} [si riunirà|dovrebbe riunirsi] il Consiglio di sicurezza"
      ),
      (
        "{L2} [ha chiesto|avrebbe chiesto] garanzie scritte prima del vertice",
        "prima del vertice {L2} [vuole|vorrebbe] garanzie scritte"
      ),
    ],
    [
      (
        "{CO} [taglierà|potrebbe tagliare] {N} posti di lavoro nello stabilimento di {T}",
        "nello stabilimento {CO} di {T} [saranno tagliati|sarebbero a rischio] {N} posti"
      ),
      (
        "i sindacati hanno proclamato uno sciopero di {N} ore per {D}",
        "{D} [ci sarà|ci dovrebbe essere] uno sciopero di {N} ore"
      ),
      (
        "l'incontro al ministero tra l'azienda e i sindacati [è fissato|sarebbe fissato] per {D}",
        "azienda e sindacati [si vedranno|dovrebbero vedersi] al ministero {D}"
      ),
      (
        "il fatturato di {CO} [è calato|sarebbe calato] del {N} per cento nel primo semestre",
        "nel primo semestre {CO} [ha perso|avrebbe perso] il {N} per cento del fatturato"
      ),
      (
        "{N} lavoratori [sono|sarebbero] in cassa integrazione da {D}",
        "da {D} [sono|sarebbero] in cassa integrazione {N} lavoratori"
      ),
      (
        "il tavolo con la Regione [è stato rinviato|sarebbe stato rinviato] a {D}",
        "[slitta|slitterebbe] a {D} il tavolo con la Regione"
      ),
      (
        "{CO} [ha chiesto|avrebbe chiesto] un prestito di {N} milioni di euro",
        "un prestito di {N} milioni di euro [è stato chiesto|sarebbe stato chiesto] da {CO}"
      ),
      (
        "la produzione a {T} [riprenderà|potrebbe riprendere] {D}",
        "{D} [ripartiranno|potrebbero ripartire] le linee di {T}"
      ),
      (
        "{N} dipendenti [hanno aderito|avrebbero aderito] al presidio davanti ai cancelli",
        "al presidio davanti ai cancelli [c'erano|ci sarebbero stati] {N} dipendenti"
      ),
    ],
    [
      (
        "{N} persone [sono state arrestate|sarebbero state arrestate] a {T} nell'inchiesta",
        "nell'inchiesta [sono finite|sarebbero finite] in carcere {N} persone a {T}"
      ),
      (
        "l'udienza del processo [è stata rinviata|sarebbe stata rinviata] al {DATE}",
        "il processo [riprenderà|dovrebbe riprendere] il {DATE}"
      ),
      (
        "gli investigatori [hanno sequestrato|avrebbero sequestrato] beni per {N} milioni di euro",
        "[sono stati sequestrati|sarebbero stati sequestrati] beni per {N} milioni di euro"
      ),
      (
        "{P} [è indagato|sarebbe indagato] per corruzione",
        "tra gli indagati per corruzione [c'è|ci sarebbe] anche {P}"
      ),
      (
        "gli interrogatori [si terranno|dovrebbero tenersi] {D} nel carcere di {T}",
        "{D} nel carcere di {T} [cominceranno|dovrebbero cominciare] gli interrogatori"
      ),
      (
        "le perquisizioni [hanno riguardato|avrebbero riguardato] {N} uffici a {CITY} e a {T}",
        "a {CITY} e a {T} [sono stati perquisiti|sarebbero stati perquisiti] {N} uffici"
      ),
      (
        "{P} [ha respinto|avrebbe respinto] tutte le accuse davanti al giudice",
        "davanti al giudice {P} [si è dichiarato|si sarebbe dichiarato] innocente"
      ),
    ],
  ]

  static let italianShared: [Pair] = [
    (
      "la conferenza stampa prevista per {D} [è stata annullata|sarebbe stata annullata]",
      "[è saltata|sarebbe saltata] la conferenza stampa di {D}"
    ),
    (
      "ieri sera a {T} circa {N} persone hanno partecipato a una fiaccolata",
      "una fiaccolata con circa {N} persone si è svolta ieri sera a {T}"
    ),
    (
      "nuovi aggiornamenti [sono attesi|sarebbero attesi] nelle prossime ore",
      "nelle prossime ore [arriveranno|potrebbero arrivare] nuovi aggiornamenti"
    ),
    (
      "{P} [sarà|potrebbe essere] a {CITY} {D} per una riunione con i sindaci",
      "{D} {P} [incontrerà|dovrebbe incontrare] i sindaci a {CITY}"
    ),
    (
      "la situazione [resta|resterebbe] molto difficile",
      "la situazione [è|sarebbe] ancora molto difficile"
    ),
    (
      "il governo [ha stanziato|avrebbe stanziato] {N} milioni di euro",
      "{N} milioni di euro [sono stati stanziati|sarebbero stati stanziati] dal governo"
    ),
  ]

  static let english: [[Pair]] = [
    [
      (
        "{N} people [remain|may remain] missing after the landslide in {T}",
        "the number of people missing after the landslide in {T} [has risen|may have risen] to {N}"
      ),
      (
        "rescuers [recovered|may have recovered] {N} bodies from the mud in {T}",
        "{N} bodies [were recovered|were reportedly recovered] by rescuers in {T}"
      ),
      (
        "{N} families [were evacuated|may have been evacuated] overnight in {T}",
        "overnight in {T}, {N} families [were evacuated|were reportedly evacuated]"
      ),
      (
        "the county road to {T} [will remain|could remain] closed until {D}",
        "the road into {T} [stays|might stay] closed at least until {D}"
      ),
      (
        "schools in {T} [will stay|could stay] closed on {D}",
        "on {D}, schools in {T} [will not reopen|might not reopen]"
      ),
      (
        "the red alert in {CITY} [was extended|was reportedly extended] until {D}",
        "in {CITY}, the red alert [remains|may remain] in force until {D}"
      ),
      (
        "{M} millimeters of rain [fell|may have fallen] on {T} in {N} hours",
        "in {N} hours, {T} [got|may have got] {M} millimeters of rain"
      ),
      (
        "the mayor of {T} called an emergency committee meeting for {D}",
        "the emergency committee in {T} [will meet|is expected to meet] on {D}"
      ),
      (
        "{N} firefighters [have been working|have reportedly been working] in {T} since last night",
        "since last night, {N} firefighters [are at work|are said to be at work] in {T}"
      ),
      (
        "the damage [amounts|may amount] to at least {N} million dollars",
        "the damage estimate [is|could be] at least {N} million dollars"
      ),
      (
        "the governor's visit to {T} planned for {D} [was postponed|was reportedly postponed]",
        "the governor [postponed|may have postponed] the {D} visit to {T}"
      ),
      (
        "yesterday {N} people [were taken|were reportedly taken] to the hospital in {CITY}",
        "{N} people [were admitted|may have been admitted] to the hospital in {CITY} yesterday"
      ),
    ],
    [
      (
        "the meeting between {L1} and {L2} planned for {D} [was postponed|may be postponed]",
        "{L1} and {L2} [postponed|may have postponed] their {D} meeting"
      ),
      (
        "{L1} and {L2} [spoke|reportedly spoke] by phone for {N} minutes",
        "the phone call between {L1} and {L2} [lasted|may have lasted] {N} minutes"
      ),
      (
        "the summit in {CITY} between {L1} and {L2} [remains|may remain] on for {DATE}",
        "{L1} and {L2} [will meet|are expected to meet] in {CITY} on {DATE}"
      ),
      (
        "the two ministers [discussed|may have discussed] sanctions and energy",
        "sanctions and energy [were|were reportedly] at the center of the talks"
      ),
      (
        "the delegations [will meet|could meet] again on {D} in {T}",
        "a new meeting between the delegations [is planned|may be planned] for {D} in {T}"
      ),
      (
        "the summit [was canceled|was reportedly canceled] after yesterday's call",
        "after yesterday's call, the summit [is off|appears to be off]"
      ),
      (
        "{N} diplomats [were expelled|were reportedly expelled] in the past few hours",
        "in the past few hours, {N} diplomats [were expelled|may have been expelled]"
      ),
      (
        "the new sanctions [will hit|would hit] {N} energy companies",
        "{N} energy companies [will be hit|could be hit] by the new sanctions"
      ),
      (
        "{L1} [will attend|may attend] the {T} summit on {DATE}",
        "{L1} [is going|is expected to go] to the {T} summit on {DATE}"
      ),
      (
        "the Security Council [was called|was reportedly called] to meet on {D}",
        "the Security Council [will meet|is expected to meet] on {D}"
      ),
      (
        "{L2} [asked|reportedly asked] for written guarantees before the summit",
        "before the summit, {L2} [wants|reportedly wants] written guarantees"
      ),
    ],
    [
      (
        "{CO} [will cut|could cut] {N} jobs at its plant in {T}",
        "{N} jobs at the {CO} plant in {T} [will go|could go]"
      ),
      (
        "the unions called a {N}-hour strike for {D}",
        "a {N}-hour strike [will take place|is expected to take place] on {D}"
      ),
      (
        "the meeting between the company and the unions [is set|is reportedly set] for {D}",
        "company and union leaders [will meet|are expected to meet] on {D}"
      ),
      (
        "{CO} revenue [fell|reportedly fell] {N} percent in the first half",
        "in the first half, {CO} [lost|may have lost] {N} percent of its revenue"
      ),
      (
        "{N} workers [have been|have reportedly been] furloughed since {D}",
        "since {D}, {N} workers [are|are said to be] on furlough"
      ),
      (
        "the talks with the state government [were postponed|were reportedly postponed] to {D}",
        "the talks with the state government [slip|could slip] to {D}"
      ),
      (
        "{CO} [requested|reportedly requested] a loan of {N} million dollars",
        "a {N} million dollar loan [was requested|was reportedly requested] by {CO}"
      ),
      (
        "production in {T} [will resume|could resume] on {D}",
        "on {D}, the lines in {T} [will restart|could restart]"
      ),
      (
        "{N} employees [joined|reportedly joined] the picket at the gates",
        "the picket at the gates [drew|may have drawn] {N} employees"
      ),
    ],
    [
      (
        "{N} people [were arrested|were reportedly arrested] in {T} in the investigation",
        "the investigation [led|reportedly led] to {N} arrests in {T}"
      ),
      (
        "the trial hearing [was postponed|was reportedly postponed] to {DATE}",
        "the trial [will resume|is expected to resume] on {DATE}"
      ),
      (
        "investigators [seized|reportedly seized] assets worth {N} million dollars",
        "assets worth {N} million dollars [were seized|may have been seized]"
      ),
      (
        "{P} [is under investigation|is reportedly under investigation] for bribery",
        "among those investigated for bribery [is|is reportedly] {P}"
      ),
      (
        "the interrogations [will take place|are expected to take place] on {D} at the jail in {T}",
        "on {D}, the interrogations [will begin|should begin] at the jail in {T}"
      ),
      (
        "the searches [covered|reportedly covered] {N} offices in {CITY} and {T}",
        "{N} offices in {CITY} and {T} [were searched|were reportedly searched]"
      ),
      (
        "{P} [denied|reportedly denied] all charges before the judge",
        "before the judge, {P} [pleaded|reportedly pleaded] not guilty"
      ),
    ],
  ]

  static let englishShared: [Pair] = [
    (
      "the news conference planned for {D} [was canceled|was reportedly canceled]",
      "the {D} news conference [is off|appears to be off]"
    ),
    (
      "last night about {N} people attended a candlelight vigil in {T}",
      "a vigil with about {N} people took place in {T} last night"
    ),
    (
      "new updates [are expected|may come] in the coming hours",
      "in the coming hours, new updates [will be released|may be released]"
    ),
    (
      "{P} [will be|may be] in {CITY} on {D} for a meeting with local mayors",
      "on {D}, {P} [will meet|is expected to meet] local mayors in {CITY}"
    ),
    (
      "the situation [remains|may remain] very difficult",
      "the situation [is|appears] still very difficult"
    ),
    (
      "the government [allocated|reportedly allocated] {N} million dollars",
      "{N} million dollars [were allocated|were reportedly allocated] by the government"
    ),
  ]
}
