/** Dutch (B1): applying for a programme round, the expert group's review, rounds and decisions. */
export const aanmelding = {
  // --- statuses (stable ids in data; these are the labels) ---
  'aanmelding.status.concept': 'Concept',
  'aanmelding.status.ingediend': 'Ingediend',
  'aanmelding.status.aanvulling-gevraagd': 'Aanvullende informatie gevraagd',
  'aanmelding.status.in-beoordeling': 'In beoordeling',
  'aanmelding.status.geselecteerd': 'Geselecteerd',
  'aanmelding.status.niet-geselecteerd': 'Niet geselecteerd',
  'aanmelding.statusCard.decision': 'Besluit',

  // --- toolbox mechanisms and project group roles ---
  'aanmelding.mechanism.empowerment': 'Effectiviteit en empowerment',
  'aanmelding.mechanism.zoekgedrag': 'Hulp bij zoeken naar werk',
  'aanmelding.mechanism.student-kent-werkgever': 'Student leert de werkgever kennen',
  'aanmelding.mechanism.werkgever-kent-student': 'Werkgever leert de student kennen',
  'aanmelding.mechanism.objectief-werven': 'Objectief werven en selecteren',
  'aanmelding.mechanism.omstander': 'Het gesprek aangaan als omstander',
  'aanmelding.mechanism.sociale-normen': 'Sociale normen',
  'aanmelding.mechanism.bewustwording': 'Bewustwording',
  'aanmelding.projectRole.bestuurders': 'Bestuurders',
  'aanmelding.projectRole.docenten': 'Docenten',
  'aanmelding.projectRole.beleidsadviseurs': 'Beleidsadviseurs',
  'aanmelding.projectRole.coaches': 'Coaches',
  'aanmelding.projectRole.onderzoekers': 'Onderzoekers',
  'aanmelding.projectRole.experts': 'Inhoudelijk experts',

  // --- start ---
  'aanmelding.start.title': 'Aanmelden voor een traject',
  'aanmelding.start.intro':
    'Meld je school aan in zes korte stappen. Na elke stap bewaar ik je concept. Je kunt dus stoppen en later verdergaan.',
  'aanmelding.start.introNone':
    'Er is nu geen ronde open om je aan te melden. Hieronder zie je wanneer de volgende ronde opent, als die er is.',
  'aanmelding.start.introEmpty':
    'Er is nu geen ronde open, en er staat ook nog geen nieuwe ronde klaar. Zodra de programmaleiding een ronde opent, kun je je hier aanmelden. Tot die tijd kun je je vragen over het traject gewoon hier in de chat stellen.',
  'aanmelding.start.introMine': 'Je werkt al aan een aanmelding. Ga daarmee verder, of start een nieuwe.',
  'aanmelding.start.button': 'Aanmelding starten',
  'aanmelding.start.continue': 'Verder met aanmelding',
  'aanmelding.start.view': 'Bekijken',
  'aanmelding.start.fact.closes': 'Aanmelden kan tot',
  'aanmelding.start.fact.opens': 'Aanmelden kan vanaf',
  'aanmelding.start.fact.closed': 'Gesloten sinds',
  'aanmelding.start.fact.decision': 'Besluit uiterlijk',
  'aanmelding.start.fact.places': 'Plaatsen',
  'aanmelding.start.fact.placesValue': '{places} scholen',
  'aanmelding.start.fact.budget': 'Werkbudget',
  'aanmelding.start.fact.budgetValue': '{perYear} per schooljaar, als jullie zelf minstens {own} bijdragen',
  'aanmelding.start.mineDraft': 'Concept voor {school}',
  'aanmelding.start.mineDraftDetail': '{round} · {done} van {total} stappen klaar · bewaard op {at}',
  'aanmelding.start.mineOther': '{school}: {status}',
  'aanmelding.start.mineOtherDetail': '{round}',
  'aanmelding.start.footer': 'Vragen over het traject? Stel ze gewoon hier in de chat.',
  'aanmelding.resume.none':
    'Je hebt geen aanmelding in concept. Typ **aanmelden** om een nieuwe te starten, of **status** om je ingediende aanmeldingen te zien.',

  // --- steps ---
  'aanmelding.step.progress': 'Stap {n} van {total}',
  'aanmelding.step.school.title': 'School en contactpersoon',
  'aanmelding.step.school.intro':
    'Voor welke school meld je aan? En met wie kunnen we contact opnemen over de aanmelding?',
  'aanmelding.step.vraagstuk.title': 'Jullie vraagstuk',
  'aanmelding.step.vraagstuk.intro':
    'Bij welk vraagstuk wil jullie school hulp? Vertel wat er speelt, voor welke studenten, en wat jullie willen bereiken.',
  'aanmelding.step.stappen.title': 'Wat jullie al deden',
  'aanmelding.step.stappen.intro':
    'Welke stappen heeft jullie school al gezet om aan dit vraagstuk te werken? Denk aan plannen, projecten, onderzoek of afspraken.',
  'aanmelding.step.projectgroep.title': 'De projectgroep',
  'aanmelding.step.projectgroep.intro':
    'Op elke school werkt een projectgroep met mensen in verschillende rollen aan het vraagstuk. Wie willen jullie erbij?',
  'aanmelding.step.bijdrage.title': 'Eigen bijdrage',
  'aanmelding.step.bijdrage.intro':
    'Een geselecteerde school krijgt {perYear} werkbudget per schooljaar. De school legt daar zelf minstens {own} per schooljaar bij.',
  'aanmelding.step.overig.title': 'Nog iets kwijt?',
  'aanmelding.step.overig.intro':
    'Wil je nog iets vertellen dat belangrijk is voor je aanmelding? Dit is niet verplicht.',
  'aanmelding.step.schoolLine': 'School: **{school}**',
  'aanmelding.step.save': 'Opslaan en verder',
  'aanmelding.step.saveLast': 'Opslaan en controleren',
  'aanmelding.step.back': 'Vorige stap',
  'aanmelding.step.toReview': 'Naar het overzicht',
  'aanmelding.step.savedNote':
    'Je concept wordt bewaard zodra je op **Opslaan** klikt. Later verder? Typ **verder met aanmelding**.',
  'aanmelding.step.storeError':
    'Het lukt nu niet om deze stap op te slaan. Je tekst staat hieronder nog. Probeer het over een minuut opnieuw.',

  // --- fields ---
  'aanmelding.field.school.label': 'School',
  'aanmelding.field.school.placeholder': 'Kies je school',
  'aanmelding.field.school.hint':
    'Staat je school er niet bij? Vraag een beheerder om de school toe te voegen.',
  'aanmelding.field.contactName.label': 'Naam contactpersoon',
  'aanmelding.field.contactRole.label': 'Functie',
  'aanmelding.field.contactRole.placeholder': 'Bijvoorbeeld teamleider of beleidsadviseur',
  'aanmelding.field.contactEmail.label': 'E-mailadres',
  'aanmelding.field.contactEmail.placeholder': 'naam@school.nl',
  'aanmelding.field.contactPhone.label': 'Telefoonnummer',
  'aanmelding.field.contactPhone.placeholder': '06 12345678',
  'aanmelding.field.locations.label': 'Locatie of locaties',
  'aanmelding.field.locations.hint': 'Meld je de hele school aan, of een of meer locaties? Noem ze hier.',
  'aanmelding.field.vraagstuk.label': 'Het vraagstuk',
  'aanmelding.field.vraagstuk.hint': 'Schrijf {min} tot {max} tekens.',
  'aanmelding.field.mechanisms.label':
    'Welke mechanismen uit de toolbox raakt jullie vraagstuk? (niet verplicht)',
  'aanmelding.field.mechanisms.hint':
    'Uit de toolbox ‘Gelijke kansen naar de toekomst’. Andere aanpakken mogen ook.',
  'aanmelding.field.stepsTaken.label': 'Stappen die jullie al zetten',
  'aanmelding.field.stepsTaken.hint': 'Schrijf {min} tot {max} tekens.',
  'aanmelding.field.projectRoles.label': 'Welke rollen komen in de projectgroep?',
  'aanmelding.field.projectRoles.hint': 'Kies minstens {min} rollen: de projectgroep is breed samengesteld.',
  'aanmelding.field.projectNames.label': 'Namen, als je die al weet (niet verplicht)',
  'aanmelding.field.projectNames.placeholder': 'Bijvoorbeeld: Sanne (docent), Ahmed (beleidsadviseur)',
  'aanmelding.field.ownContribution.label': 'Eigen bijdrage',
  'aanmelding.field.ownContribution.title': 'Wij leggen zelf minstens {own} per schooljaar bij.',
  'aanmelding.field.ownContributionNote.label':
    'Hoe brengen jullie de eigen bijdrage bij elkaar? (niet verplicht)',
  'aanmelding.field.otherNotes.label': 'Wat wil je nog kwijt? (niet verplicht)',
  'aanmelding.field.empty': '—',
  'aanmelding.field.yes': 'Ja, bevestigd',

  // --- field errors ({min}/{max} from the limits) ---
  'aanmelding.error.school': 'Kies een school uit de lijst.',
  'aanmelding.error.contactName': 'Vul een naam in ({min} tot {max} tekens).',
  'aanmelding.error.contactRole': 'Vul een functie in ({min} tot {max} tekens).',
  'aanmelding.error.contactEmail': 'Vul een geldig e-mailadres in, zoals naam@school.nl.',
  'aanmelding.error.contactPhone': 'Vul een telefoonnummer in met 10 tot 15 cijfers, zoals 06 12345678.',
  'aanmelding.error.locations': 'Noem de locatie of locaties ({min} tot {max} tekens).',
  'aanmelding.error.vraagstuk': 'Beschrijf het vraagstuk in {min} tot {max} tekens.',
  'aanmelding.error.mechanisms': 'Kies alleen mechanismen uit de lijst.',
  'aanmelding.error.stepsTaken': 'Beschrijf de stappen in {min} tot {max} tekens.',
  'aanmelding.error.projectRoles': 'Kies minstens {min} rollen uit de lijst.',
  'aanmelding.error.projectNames': 'Maak de namen korter (hoogstens {max} tekens).',
  'aanmelding.error.ownContribution':
    'Zet het vinkje om de eigen bijdrage te bevestigen. Zonder eigen bijdrage kun je niet meedoen.',
  'aanmelding.error.ownContributionNote': 'Maak de toelichting korter (hoogstens {max} tekens).',
  'aanmelding.error.otherNotes': 'Maak je tekst korter (hoogstens {max} tekens).',
  'aanmelding.error.answer': 'Schrijf een antwoord van {min} tot {max} tekens.',

  // --- errors (domain) ---
  'aanmelding.error.unknownRound': 'Die ronde ken ik niet. Typ **aanmelden** om de open rondes te zien.',
  'aanmelding.error.unknownApplication':
    'Die aanmelding kan ik niet vinden. Typ **status** om je aanmeldingen te zien.',
  'aanmelding.error.draftGone':
    'Dit concept bestaat niet meer. Misschien heeft iemand het weggegooid. Typ **aanmelden** om opnieuw te beginnen.',
  'aanmelding.error.notYours':
    'Je werkt niet mee aan deze aanmelding. Typ **aanmelden** en kies de school: dan zie je wie eraan werkt.',
  'aanmelding.error.notDraft':
    'Deze aanmelding is al ingediend. Je kunt hem niet meer wijzigen. Typ **status** om te zien hoe het ervoor staat.',
  'aanmelding.error.incomplete': 'Nog niet alle stappen zijn ingevuld.',
  'aanmelding.error.transition':
    'Dat kan niet meer bij deze aanmelding. Typ **status** om te zien hoe het ervoor staat.',
  'aanmelding.error.notUnderReview': 'Deze aanmelding wordt niet (meer) beoordeeld. Er is al een besluit.',
  'aanmelding.error.notSubmitted': 'Deze aanmelding is nog niet ingediend.',
  'aanmelding.error.unknownQuestion': 'Die vraag kan ik niet vinden bij deze aanmelding.',
  'aanmelding.error.alreadyAnswered': 'Deze vraag is al beantwoord. Typ **status** om het antwoord te zien.',
  'aanmelding.error.notAwaitingAnswer':
    'Er is al een besluit over deze aanmelding, dus een antwoord kan niet meer. Typ **status** voor meer.',
  'aanmelding.error.noFollowUp':
    'Een gesprek over andere steun kun je vragen als je school niet is geselecteerd.',
  'aanmelding.error.noSchools':
    'Er staan nog geen scholen in de lijst, dus aanmelden kan nog niet. Vraag een beheerder om je school toe te voegen.',

  // --- round phases ---
  'aanmelding.round.notOpenYet': 'Aanmelden voor **{round}** kan pas vanaf {opens}. Het kan tot {closes}.',
  'aanmelding.round.closed':
    'Aanmelden voor **{round}** is gesloten sinds {closes}. Nieuwe aanmeldingen en wijzigingen kunnen niet meer.',
  'aanmelding.round.closedDraft':
    'Aanmelden voor **{round}** is gesloten sinds {closes}. Je concept is niet ingediend. Je kunt het nog wel lezen.',

  // --- taken (one application per school per round) ---
  'aanmelding.taken.title': '{school} heeft al een aanmelding',
  'aanmelding.taken.draft':
    'Voor deze ronde is al een aanmelding van {school} gestart. {names} werkt eraan. Per school is er één aanmelding, dus je kunt meewerken.',
  'aanmelding.taken.submitted':
    'Voor deze ronde is de aanmelding van {school} al ingediend door {name}. Per school is er één aanmelding.',
  'aanmelding.taken.fact.status': 'Status',
  'aanmelding.taken.fact.updated': 'Laatst bijgewerkt',
  'aanmelding.taken.fact.by': 'Door',
  'aanmelding.taken.hint': 'Als je meewerkt, krijgen de anderen daar een bericht over.',
  'aanmelding.taken.join': 'Meewerken aan deze aanmelding',
  'aanmelding.joined': 'Je werkt nu mee aan de aanmelding van **{school}**.',

  // --- review before submitting ---
  'aanmelding.review.title': 'Controleer je aanmelding',
  'aanmelding.review.readonlyTitle': 'Aanmelding {school}',
  'aanmelding.review.statusLine': '{school} · {status} · bijgewerkt op {at} door {name}',
  'aanmelding.review.incomplete': 'Nog niet alles is ingevuld. Vul eerst deze stappen in: {steps}.',
  'aanmelding.review.ready':
    'Alles is ingevuld. Na het indienen kun je niets meer wijzigen. Uiterlijk {decision} hoor je of jullie school is geselecteerd.',
  'aanmelding.review.together': 'Je werkt samen met: {names}.',
  'aanmelding.review.stale':
    'Iemand heeft de aanmelding net gewijzigd. Hier is de nieuwste versie. Kijk hem na en dien dan in.',
  'aanmelding.review.missing': 'Nog niet ingevuld',
  'aanmelding.review.edit': 'Wijzigen',
  'aanmelding.review.submit': 'Indienen',
  'aanmelding.review.discard': 'Concept weggooien',
  'aanmelding.review.questions': 'Vragen van de expertgroep',
  'aanmelding.review.question': 'Vraag van {name}, {at}',
  'aanmelding.review.answer': 'Antwoord van {name}, {at}',
  'aanmelding.review.answerLabel': 'Antwoord',
  'aanmelding.review.noAnswer': 'Nog niet beantwoord',
  'aanmelding.review.decision': 'Besluit',
  'aanmelding.review.decisionBy': '{status} op {at} door {name}',
  'aanmelding.review.history': 'Geschiedenis',
  'aanmelding.review.status': 'Status bekijken',

  // --- submitted ---
  'aanmelding.submitted.title': 'Je aanmelding is ingediend ✅',
  'aanmelding.submitted.intro': 'Bedankt! De aanmelding van **{school}** voor {round} is binnen.',
  'aanmelding.submitted.reference': 'Referentie',
  'aanmelding.submitted.at': 'Ingediend op',
  'aanmelding.submitted.nextTitle': 'Wat gebeurt er nu?',
  'aanmelding.submitted.next1':
    '1. De expertgroep leest je aanmelding en beoordeelt hem met de criteria van deze ronde.',
  'aanmelding.submitted.next2':
    '2. Misschien stellen we een vraag. Die krijg je hier in de chat, en je antwoordt in een kaart.',
  'aanmelding.submitted.next3':
    '3. Uiterlijk {decision} hoor je of jullie school is geselecteerd. Er zijn {places} plaatsen.',
  'aanmelding.submitted.next4': 'Typ **status** om te zien hoe het ervoor staat.',
  'aanmelding.submitted.view': 'Aanmelding bekijken',
  'aanmelding.submit.already':
    'Deze aanmelding was al ingediend, op {at} door {name}. Referentie: **{reference}**.',

  // --- discard ---
  'aanmelding.discard.title': 'Concept weggooien?',
  'aanmelding.discard.text':
    'Je gooit het concept voor **{school}** weg. Alles wat is ingevuld, is dan weg. Dit kun je niet ongedaan maken.',
  'aanmelding.discard.confirm': 'Ja, weggooien',
  'aanmelding.discard.cancel': 'Nee, bewaren',
  'aanmelding.discard.done':
    'Het concept voor **{school}** is weggegooid. Typ **aanmelden** om opnieuw te beginnen.',
  'aanmelding.discard.stale':
    'Het concept is net door iemand anders gewijzigd. Ik heb niets weggegooid. Bekijk eerst de nieuwste versie.',
  'aanmelding.discard.kept': 'Goed, je concept blijft bewaard.',

  // --- status ---
  'aanmelding.statusCard.title': 'Je aanmeldingen',
  'aanmelding.statusCard.empty': 'Je hebt nog geen aanmelding. Typ **aanmelden** om er een te starten.',
  'aanmelding.statusCard.footer': 'Bij elke verandering krijg je van mij een bericht.',
  'aanmelding.statusCard.current': '{status} sinds {at}',
  'aanmelding.statusCard.reference': 'Referentie {reference}',
  'aanmelding.statusCard.decisionBy': 'uiterlijk {date}',
  'aanmelding.explain.concept':
    'Nog niet ingediend. {done} van {total} stappen zijn klaar. Indienen kan tot {closes}.',
  'aanmelding.explain.conceptClosed': 'Niet ingediend. De ronde is gesloten sinds {closes}.',
  'aanmelding.explain.ingediend': 'De expertgroep gaat je aanmelding lezen en beoordelen.',
  'aanmelding.explain.aanvulling-gevraagd':
    'De expertgroep heeft een vraag. Beantwoord die, dan gaat de beoordeling verder.',
  'aanmelding.explain.in-beoordeling':
    'De expertgroep beoordeelt je aanmelding. Uiterlijk {decision} hoor je het besluit.',
  'aanmelding.explain.geselecteerd':
    'Gefeliciteerd! Jullie school doet mee. We nemen contact op over het vervolg.',
  'aanmelding.explain.niet-geselecteerd':
    'Jullie school is deze keer niet geselecteerd. We praten graag met jullie over andere steun bij jullie vraagstuk.',
  'aanmelding.explain.followUpRequested':
    'Je hebt om een gesprek gevraagd op {at}. We nemen contact met je op.',
  'aanmelding.statusCard.answer': 'Vraag beantwoorden',
  'aanmelding.statusCard.followUp': 'Ja, ik wil een gesprek',
  'aanmelding.statusCard.view': 'Bekijken',
  'aanmelding.statusCard.continue': 'Verder',

  // --- question / answer ---
  'aanmelding.question.title': 'Vraag over de aanmelding van {school}',
  'aanmelding.question.asked': 'Gesteld door {name} op {at}',
  'aanmelding.question.answerLabel': 'Je antwoord',
  'aanmelding.question.hint': 'Schrijf {min} tot {max} tekens. Na het versturen gaat de beoordeling verder.',
  'aanmelding.question.submit': 'Antwoord versturen',
  'aanmelding.question.none': 'Er staat geen vraag open bij deze aanmelding.',
  'aanmelding.answered': 'Bedankt, je antwoord is verstuurd. De expertgroep gaat verder met de beoordeling.',
  'aanmelding.answeredMore': 'Bedankt, je antwoord is verstuurd. Er staat nog een vraag open.',
  'aanmelding.followUp.done':
    'Genoteerd: je wilt graag een gesprek over andere steun. Het kennispunt neemt contact met je op.',
  'aanmelding.followUp.already': 'Je had al om een gesprek gevraagd. Het kennispunt neemt contact met je op.',

  // --- proactive messages (reason is always shown) ---
  'aanmelding.notify.reasonParticipant':
    'Je krijgt dit bericht omdat je meewerkt aan de aanmelding van {school}.',
  'aanmelding.notify.reasonAsker': 'Je krijgt dit bericht omdat jij deze vraag aan {school} stelde.',
  'aanmelding.notify.reasonDecider': 'Je krijgt dit bericht omdat jij het besluit over {school} nam.',
  'aanmelding.notify.submitted':
    '{name} heeft de aanmelding van **{school}** ingediend. Referentie: **{reference}**. Uiterlijk {decision} hoor je het besluit.',
  'aanmelding.notify.joined': '{name} werkt nu ook mee aan de aanmelding van **{school}**.',
  'aanmelding.notify.discarded': '{name} heeft het concept van **{school}** weggegooid.',
  'aanmelding.notify.answered': '{name} heeft de vraag over **{school}** beantwoord:\n\n{answer}',
  'aanmelding.notify.answeredParticipant':
    '{name} heeft de vraag van de expertgroep beantwoord. De aanmelding van **{school}** staat nu op: {status}.',
  'aanmelding.notify.in-beoordeling':
    'De expertgroep is begonnen met het beoordelen van de aanmelding van **{school}**.',
  'aanmelding.notify.geselecteerd':
    'Goed nieuws: **{school}** is geselecteerd voor {programme}! Toelichting: {reason}\n\nWe nemen contact op om het vervolg te bespreken.',
  'aanmelding.notify.followUp':
    '{name} wil graag een gesprek over andere steun voor **{school}**. Neem contact op via {email} of {phone}.',

  // --- expert group ---
  'aanmelding.reviewer.roundsTitle': 'Aanmeldingen per ronde',
  'aanmelding.reviewer.roundsEmpty': 'Er zijn nog geen rondes. Een beheerder maakt ze aan met **rondes**.',
  'aanmelding.reviewer.roundLine':
    '{submitted} ingediend · {selected} van {places} geselecteerd · sluit {closes}',
  'aanmelding.reviewer.open': 'Aanmeldingen',
  'aanmelding.reviewer.overview': 'Scores',
  'aanmelding.reviewer.listTitle': 'Ingediende aanmeldingen',
  'aanmelding.reviewer.listEmpty': 'Er zijn nog geen ingediende aanmeldingen in deze ronde.',
  'aanmelding.reviewer.page': 'Pagina {page} van {pages} · aantal: {total}',
  'aanmelding.reviewer.previous': '← Vorige',
  'aanmelding.reviewer.next': 'Volgende →',
  'aanmelding.reviewer.row': '{reference} · {status} · ingediend {at}',
  'aanmelding.reviewer.scoredByMe': 'Jij hebt gescoord · gescoord door {count}',
  'aanmelding.reviewer.notScoredByMe': 'Jij hebt nog niet gescoord · gescoord door {count}',
  'aanmelding.reviewer.openOne': 'Openen',
  'aanmelding.reviewer.summaryTitle': 'Aanmelding {school}',
  'aanmelding.reviewer.statusLine': '{reference} · {status} · ingediend op {at} door {name}',
  'aanmelding.reviewer.score': 'Scoren',
  'aanmelding.reviewer.rescore': 'Mijn scores wijzigen',
  'aanmelding.reviewer.askInfo': 'Meer informatie vragen',
  'aanmelding.reviewer.decide': 'Besluit nemen',
  'aanmelding.reviewer.toList': 'Terug naar de lijst',
  'aanmelding.reviewer.scoresTitle': 'Scores',
  'aanmelding.reviewer.scoresHidden': 'Je ziet de scores van anderen pas als je zelf hebt gescoord.',
  'aanmelding.reviewer.scoresNone': 'Nog niemand heeft gescoord.',
  'aanmelding.reviewer.criterionLine': '{criterion}: gemiddeld {average} (laagste {min}, hoogste {max})',
  'aanmelding.reviewer.noteLine': '{name}: {score} – {note}',
  'aanmelding.reviewer.totalLine': 'Gemiddeld {average} · spreiding {min} tot {max} · {count} beoordelaars',

  // --- scoring ---
  'aanmelding.score.title': 'Scoren: {school}',
  'aanmelding.score.intro': 'Geef elk criterium een score van 1 (zwak) tot 5 (sterk) en schrijf kort waarom.',
  'aanmelding.score.scoreLabel': 'Score voor {criterion}',
  'aanmelding.score.notePlaceholder': 'Waarom deze score?',
  'aanmelding.score.noteLabel': 'Toelichting bij {criterion}',
  'aanmelding.score.choose': 'Kies 1 tot 5',
  'aanmelding.score.value.1': '1 – zwak',
  'aanmelding.score.value.2': '2 – matig',
  'aanmelding.score.value.3': '3 – voldoende',
  'aanmelding.score.value.4': '4 – goed',
  'aanmelding.score.value.5': '5 – sterk',
  'aanmelding.score.submit': 'Scores opslaan',
  'aanmelding.score.error.score': 'Kies een score van 1 tot 5.',
  'aanmelding.score.error.note': 'Schrijf een toelichting van {min} tot {max} tekens.',
  'aanmelding.score.saved':
    'Je scores voor **{school}** zijn opgeslagen. Je ziet nu ook de scores van de anderen.',
  'aanmelding.score.closed': 'Scoren kan niet meer: er is al een besluit over deze aanmelding.',

  // --- overview ---
  'aanmelding.overview.title': 'Scores per aanmelding',
  'aanmelding.overview.subtitle':
    '{reviewers} beoordelaars · {criteria} criteria · pagina {page} van {pages}',
  'aanmelding.overview.stats': 'Gemiddeld {average} · spreiding {min} tot {max} ({count} gescoord)',
  'aanmelding.overview.hidden': 'Scores verborgen tot jij hebt gescoord ({count} gescoord)',
  'aanmelding.overview.noScores': 'Nog geen scores',
  'aanmelding.overview.missing': 'Nog niet gescoord: {names}',
  'aanmelding.overview.allScored': 'Alle beoordelaars hebben gescoord',
  'aanmelding.overview.noReviewers':
    'Er zijn nog geen beoordelaars. Een beheerder geeft die rol met **rollen**.',

  // --- request information ---
  'aanmelding.info.title': 'Meer informatie vragen: {school}',
  'aanmelding.info.intro':
    'Je vraag gaat naar iedereen die aan deze aanmelding werkt. Zij antwoorden in een kaart.',
  'aanmelding.info.label': 'Je vraag',
  'aanmelding.info.submit': 'Vraag versturen',
  'aanmelding.info.error.question': 'Schrijf een vraag van {min} tot {max} tekens.',
  'aanmelding.info.sent':
    'Je vraag is verstuurd naar {school}. Je krijgt een bericht als er een antwoord is.',

  // --- decision ---
  'aanmelding.decide.title': 'Besluit: {school}',
  'aanmelding.decide.intro': 'Er zijn nu {selected} van {places} plaatsen vergeven.',
  'aanmelding.decide.outcome': 'Besluit',
  'aanmelding.decide.reason': 'Toelichting voor de school',
  'aanmelding.decide.reasonHint': 'De school leest deze toelichting. Schrijf {min} tot {max} tekens.',
  'aanmelding.decide.override': 'Meer dan {places} plaatsen',
  'aanmelding.decide.overrideTitle': 'Ik selecteer bewust meer scholen dan er plaatsen zijn.',
  'aanmelding.decide.submit': 'Besluit opslaan en school informeren',
  'aanmelding.decide.error.outcome': 'Kies geselecteerd of niet geselecteerd.',
  'aanmelding.decide.error.reason': 'Schrijf een toelichting van {min} tot {max} tekens.',
  'aanmelding.decide.placesFull':
    'Er zijn al {selected} van {places} plaatsen vergeven. Wil je toch selecteren? Zet dan het vinkje bij ‘meer dan {places} plaatsen’.',
  'aanmelding.decide.saved':
    'Het besluit voor **{school}** is opgeslagen: {status}. De school krijgt een bericht.',

  // --- history ---
  'aanmelding.history.title': 'Geschiedenis: {school}',
  'aanmelding.history.empty': 'Nog geen geschiedenis.',
  'aanmelding.history.entry': '{at} · {name}',
  'aanmelding.history.status': 'Status: {status}',
  'aanmelding.history.statusReason': 'Status: {status}. Waarom: {reason}',
  'aanmelding.history.asked': 'Vraag gesteld: {text}',
  'aanmelding.history.answered': 'Vraag beantwoord: {text}',
  'aanmelding.history.revision': '{step} gewijzigd',
  'aanmelding.history.change': '{field}: {before} → {after}',
  'aanmelding.history.followUp': 'Gesprek over andere steun gevraagd',

  // --- rounds (beheerder) ---
  'aanmelding.rounds.title': 'Rondes',
  'aanmelding.rounds.empty': 'Er zijn nog geen rondes. Maak er een of importeer een JSON-bestand met de CLI.',
  'aanmelding.rounds.line': '{phase} · {opens} tot {closes} · besluit {decision} · {places} plaatsen',
  'aanmelding.rounds.phase.upcoming': 'Nog niet open',
  'aanmelding.rounds.phase.open': 'Open',
  'aanmelding.rounds.phase.closed': 'Gesloten',
  'aanmelding.rounds.edit': 'Wijzigen',
  'aanmelding.rounds.add': 'Nieuwe ronde',
  'aanmelding.rounds.formTitle': 'Ronde maken of wijzigen',
  'aanmelding.rounds.field.id': 'Korte code (alleen kleine letters, cijfers en -)',
  'aanmelding.rounds.field.programme': 'Programma',
  'aanmelding.rounds.field.name': 'Naam van de ronde',
  'aanmelding.rounds.field.description': 'Uitleg voor scholen',
  'aanmelding.rounds.field.opensDate': 'Open vanaf (datum)',
  'aanmelding.rounds.field.opensTime': 'Open vanaf (tijd)',
  'aanmelding.rounds.field.closesDate': 'Sluit op (datum)',
  'aanmelding.rounds.field.closesTime': 'Sluit om (tijd)',
  'aanmelding.rounds.field.decisionDate': 'Besluit uiterlijk op',
  'aanmelding.rounds.field.places': 'Aantal plaatsen',
  'aanmelding.rounds.field.perSchoolYear': 'Werkbudget per schooljaar (euro)',
  'aanmelding.rounds.field.ownContributionMin': 'Eigen bijdrage per schooljaar, minstens (euro)',
  'aanmelding.rounds.field.referencePrefix': 'Begin van het referentienummer (niet verplicht)',
  'aanmelding.rounds.field.criteria': 'Criteria, één per regel: titel | uitleg',
  'aanmelding.rounds.hint.times':
    'Tijden zijn Nederlandse tijd. Sluit om 23:59 betekent: tot en met die minuut.',
  'aanmelding.rounds.hint.criteria': 'Elk criterium krijgt een score van 1 tot 5 met een toelichting.',
  'aanmelding.rounds.submit': 'Ronde opslaan',
  'aanmelding.rounds.saved': 'Ronde **{name}** is opgeslagen.',
  'aanmelding.rounds.error.id': 'Gebruik 3 tot 60 tekens: kleine letters, cijfers en -.',
  'aanmelding.rounds.error.idTaken': 'Er is al een ronde met deze code. Kies een andere.',
  'aanmelding.rounds.error.text': 'Vul dit in (2 tot 160 tekens).',
  'aanmelding.rounds.error.description': 'Maak de uitleg korter (hoogstens 2000 tekens).',
  'aanmelding.rounds.error.opens': 'Kies een datum en tijd waarop de ronde opent.',
  'aanmelding.rounds.error.closes': 'Kies een sluitdatum en -tijd na de opening.',
  'aanmelding.rounds.error.decisionDate': 'Kies een besluitdatum, niet vóór de sluitdatum.',
  'aanmelding.rounds.error.places': 'Vul een aantal plaatsen in van 1 tot 100.',
  'aanmelding.rounds.error.amount': 'Vul een bedrag in hele euro’s in, zonder punt of komma.',
  'aanmelding.rounds.error.prefix': 'Gebruik hoogstens 10 letters of cijfers.',
  'aanmelding.rounds.error.criteria': 'Zet 1 tot 10 criteria op aparte regels, elk met een eigen titel.',
  'aanmelding.rounds.error.criteriaLocked':
    'Er is al gescoord in deze ronde. De criteria kun je daarom niet meer veranderen. De rest wel.',
} as const;
