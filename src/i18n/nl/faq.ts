/** Dutch (B1): answers, "Bedoelde je…?", "weet ik niet", feedback and the review queue of the FAQ. */
export const faq = {
  'faq.answer.source': 'Bron: {title}, {section}',
  'faq.answer.followUps': 'Meer weten?',
  'faq.answer.helpful': 'Had je hier iets aan?',
  'faq.answer.up': '👍 Ja',
  'faq.answer.down': '👎 Nee',

  'faq.suggest.title': 'Bedoelde je…?',
  'faq.suggest.intro': 'Ik weet niet zeker wat je bedoelt. Kies de vraag die het beste past.',
  'faq.suggest.none': 'Geen van deze',

  'faq.unknown': 'Dat weet ik niet. Ik geef liever geen antwoord dan een verkeerd antwoord.',
  'faq.unknown.next':
    'Probeer je vraag in andere woorden, met de naam van het programma erbij (zoals GKDI of OA). Of neem contact op met het kennispunt.',
  'faq.unknown.logged': 'Ik heb je vraag doorgegeven, zodat het kennispunt er een antwoord bij kan zetten.',
  'faq.unknown.notLogged':
    'Het lukte nu niet om je vraag door te geven. Stel hem later nog eens, of neem contact op met het kennispunt.',
  'faq.noWords': 'Ik zie geen woorden in je bericht. Typ je vraag, dan zoek ik het antwoord.',
  'faq.live.deadline.open': 'Aanmelden voor {round} kan tot en met {closes}.',
  'faq.live.deadline.upcoming':
    'De volgende ronde, {round}, gaat open op {opens}. Aanmelden kan dan tot en met {closes}.',
  'faq.live.decision': 'Uiterlijk {date} hoor je of je school mee mag doen.',
  'faq.live.places': 'In {round} is plek voor {places} scholen of locaties.',
  'faq.live.budget':
    'In {round} krijgt een school {amount} werkbudget per schooljaar. De school zet daar zelf minstens {own} per schooljaar tegenover.',
  'faq.live.over': 'Die ronde is voorbij.',
  'faq.live.overIn': 'Dat gold voor de ronde van {year}: die is voorbij.',
  'faq.live.noneOpen': 'Er is nu geen ronde open.',
  'faq.tooLong':
    'Je bericht is erg lang ({length} tekens). Stel je vraag in een of twee zinnen, tot {max} tekens.',

  'faq.feedback.up': 'Fijn dat het hielp! 👍',
  'faq.feedback.down':
    'Dank je. Ik zet je vraag op de lijst voor het kennispunt, zodat het antwoord beter wordt.',
  'faq.none.logged':
    'Jammer. Dan weet ik het antwoord nog niet. Ik heb je vraag doorgegeven aan het kennispunt. Je kunt het ook in andere woorden proberen.',
  'faq.unknownEntry': 'Dit antwoord bestaat niet meer. Stel je vraag opnieuw.',
  'faq.invalidAction': 'Deze knop werkt niet meer. Stel je vraag opnieuw.',

  'faq.review.title': 'Vragen zonder goed antwoord',
  'faq.review.intro':
    '{count} open. Koppel een vraag aan een antwoord dat er al is, schrijf een nieuw antwoord, of negeer de vraag.',
  'faq.review.empty': 'Er staan geen vragen open. 🎉',
  'faq.review.more': 'Er staan nog {count} vragen klaar. Werk eerst deze af.',
  'faq.review.meta': '{count}× gevraagd · laatst op {date} · {reasons}',
  'faq.review.reason.unanswered': 'geen antwoord',
  'faq.review.reason.none-of-these': '“geen van deze”',
  'faq.review.reason.thumbs-down': '👎',
  'faq.review.alsoAsked': 'Ook gevraagd: {questions}',
  'faq.review.disliked': '👎 op het antwoord: {question}',
  'faq.review.link': 'Koppel aan antwoord',
  'faq.review.linkChoice': 'Welk antwoord past bij deze vraag?',
  'faq.review.linkTyped': 'Staat het er niet bij? Typ het id van het antwoord',
  'faq.review.linkSubmit': 'Koppelen',
  'faq.review.new': 'Nieuw antwoord',
  'faq.review.dismiss': 'Negeren',
  'faq.review.refresh': 'Lijst vernieuwen',
  'faq.review.linked':
    'Gekoppeld aan “{question}”. Deze vraag krijgt vanaf nu dat antwoord ({count} nieuwe formulering(en)).',
  'faq.review.created':
    'Opgeslagen: “{question}”. Het antwoord werkt meteen. Zet het later in de bestanden met `npm run cli -- faq export`.',
  'faq.review.dismissed': 'De vraag is van de lijst gehaald.',
  'faq.review.dismissedGroup': 'De vraag en de vragen die erop lijken zijn van de lijst gehaald.',
  'faq.review.unknown': 'Die vraag staat niet meer in de lijst.',
  'faq.review.alreadyDone':
    'Deze vraag is al afgehandeld, misschien door iemand anders. Typ **faq beheer** voor de lijst van nu.',
  'faq.review.chooseEntry': 'Kies eerst een antwoord om de vraag aan te koppelen.',

  'faq.form.title': 'Nieuw antwoord schrijven',
  'faq.form.intro': 'Schrijf in eenvoudig Nederlands. Zet het korte antwoord eerst.',
  'faq.form.question': 'Vraag',
  'faq.form.alternates': 'Andere manieren om het te vragen (één per regel)',
  'faq.form.answer': 'Kort antwoord (een of twee zinnen)',
  'faq.form.detail': 'Meer uitleg (mag leeg blijven)',
  'faq.form.programme': 'Programma',
  'faq.form.source': 'Bron',
  'faq.form.section': 'Kopje of hoofdstuk in de bron',
  'faq.form.submit': 'Opslaan',
  'faq.form.questionError': 'Schrijf een vraag van 5 tot 200 tekens.',
  'faq.form.answerError': 'Schrijf een kort antwoord van 2 tot 600 tekens.',
  'faq.form.detailError': 'De uitleg is te lang: maximaal 3000 tekens.',
  'faq.form.programmeError': 'Kies een programma.',
  'faq.form.sourceError': 'Kies een bron uit de lijst.',
  'faq.form.sectionError': 'Vul het kopje in de bron in.',
  'faq.form.alternatesError': 'Er staat te veel tekst bij de andere formuleringen.',

  'faq.programme.gkdi': 'Begeleidingstraject GKDI',
  'faq.programme.oa': 'OnderwijsAlliantie',
  'faq.programme.passend-onderwijs': 'Passend onderwijs en bpv',
  'faq.programme.inclusief-advies': 'Inclusief advies',
  'faq.programme.mbo-raad': 'MBO Raad algemeen',
  'faq.programme.kansenwijzer': 'Kansenwijzer',
} as const;
