/** Dutch (B1): what the bot keeps about you, and removing it (AVG). */
export const privacy = {
  'privacy.mine.title': 'Dit bewaart Kansenwijzer over jou',
  'privacy.mine.intro': 'Hieronder staat alles wat ik over je bewaar, per onderdeel.',
  'privacy.mine.nothing': 'Ik bewaar niets over je.',
  'privacy.mine.failed': 'Een deel kon ik nu niet ophalen. Probeer het over een minuut opnieuw.',
  'privacy.mine.retention':
    'Waar je bent gebleven in een gesprek, bewaar ik hoogstens {days} dagen na je laatste stap.',
  'privacy.mine.eraseButton': 'Verwijder mijn gegevens',

  'privacy.profile.title': 'Je profiel',
  'privacy.profile.name': 'Naam: {name}',
  'privacy.profile.roles': 'Rollen: {roles}',
  'privacy.profile.schools': 'Scholen: {schools}',
  'privacy.profile.updated': 'Laatst gewijzigd: {date}',

  'privacy.chat.title': 'Je chat met Kansenwijzer',
  'privacy.chat.reference':
    'Ik weet hoe ik je een bericht kan sturen in deze chat. Taal: {language}. Bijgewerkt op {date}.',
  'privacy.chat.name': 'Je naam in Teams: {name}. Zo kan een beheerder je vinden als hij je een rol geeft.',
  'privacy.chat.blocked': 'Je hebt de app verwijderd. Daarom stuur ik je geen berichten.',
  'privacy.chat.steps': 'Ik onthoud waar je bent gebleven bij: {parts}.',
  'privacy.chat.noSteps': 'Ik onthoud geen stap waar je mee bezig bent.',
  'privacy.chat.messageIds':
    'Ik bewaar het kenmerk van je laatste {count} berichten, zodat ik een dubbel bericht herken. De tekst bewaar ik daar niet.',
  'privacy.language.nl': 'Nederlands',
  'privacy.language.en': 'Engels',

  'privacy.authorship.title': 'Wijzigingen die je deed',
  'privacy.authorship.counts':
    'Bij {schools} scholen en {roles} rollen van anderen staat dat jij ze als laatste hebt aangepast.',

  'privacy.logboek.title': 'Je updates in het interventielogboek',
  'privacy.logboek.updates':
    'Je legde {count} updates vast voor {schools} scholen. Als je gegevens worden verwijderd, blijven de updates bewaard voor het programma, maar zonder je naam.',
  'privacy.logboek.pause': 'Je herinneringen staan op pauze tot {until}.',
  'privacy.matching.title': 'Leermeester-gezel',
  'privacy.matching.profile': 'Je profiel: {school}, regio {region}.',
  'privacy.matching.pairs':
    'Je zit in {count} koppelingen (ook afgelopen). Als je gegevens worden verwijderd, stoppen lopende koppelingen en verdwijnt je naam eruit.',

  'privacy.aanmelding.title': 'Aanmeldingen en beoordelingen',
  'privacy.aanmelding.lines':
    'Je naam staat in {count} aanmeldingen of beoordelingen. Als je gegevens worden verwijderd, blijven die bewaard voor het programma, maar zonder je naam.',
  'privacy.faq.title': 'Veelgestelde vragen',
  'privacy.faq.lines':
    'Je naam staat bij {count} wijzigingen in de veelgestelde vragen. Als je gegevens worden verwijderd, blijven de wijzigingen, zonder je naam.',

  'privacy.erase.title': 'Je gegevens verwijderen?',
  'privacy.erase.intro': 'Dit verwijder ik:',
  'privacy.erase.warning':
    'Dit kan niet ongedaan worden. Had je een rol, zoals coach? Dan moet een beheerder die daarna opnieuw geven.',
  'privacy.erase.bootstrap': 'Je blijft wel beheerder, want dat staat in de instellingen van de app.',
  'privacy.erase.confirm': 'Ja, verwijder alles',
  'privacy.erase.cancel': 'Nee, toch niet',
  'privacy.erase.nothing': 'Ik bewaar niets over je. Er valt dus niets te verwijderen.',
  'privacy.erase.done':
    'Klaar: je gegevens zijn verwijderd. Stuur je me weer een bericht? Dan onthoud ik alleen wat nodig is om je te helpen.',
  'privacy.erase.partial':
    'Een deel is verwijderd, maar niet alles. Er is niets kwijt. Typ over een minuut **verwijder mijn gegevens** om het af te maken.',
  'privacy.erase.cancelled': 'Oké, ik heb niets verwijderd.',
  'privacy.erase.expired':
    'Deze knop werkt niet meer. Typ **verwijder mijn gegevens** om opnieuw te beginnen.',
} as const;
