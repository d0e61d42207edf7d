/** Dutch (B1), the source language: welcome, help, errors, roles and administration. */
export const core = {
  'app.name': 'Kansenwijzer',
  'app.tagline': 'Je assistent voor gelijke kansen, diversiteit en inclusie in het mbo',

  'welcome.title': 'Welkom bij Kansenwijzer 👋',
  'welcome.personal':
    'Hoi {name}! Ik help je met de mbo-programma’s voor gelijke kansen. Je kunt gewoon typen wat je wilt weten of doen.',
  'welcome.personalNoName':
    'Hoi! Ik help je met de mbo-programma’s voor gelijke kansen. Je kunt gewoon typen wat je wilt weten of doen.',
  'welcome.team':
    'Hallo allemaal! Ik ben Kansenwijzer. Noem mij (@Kansenwijzer) in een bericht, dan help ik met de programma’s voor gelijke kansen.',
  'welcome.tryHelp': 'Typ **hulp** om te zien wat ik kan.',
  'welcome.helpButton': 'Wat kan ik vragen?',

  'help.title': 'Wat kan Kansenwijzer?',
  'help.intro': 'Typ een van de voorbeelden, of zeg in je eigen woorden wat je zoekt.',
  'help.soon': 'binnenkort',
  'help.examples': 'Probeer:',
  'help.job.aanmelding.title': 'Aanmelden voor een traject',
  'help.job.aanmelding.text':
    'Meld je school stap voor stap aan. Je concept wordt bewaard en je ziet daarna de status.',
  'help.job.aanmelding.examples': 'aanmelden · verder met aanmelding · status',
  'help.job.logboek.title': 'Interventielogboek',
  'help.job.logboek.text':
    'Vertel in één bericht wat je met een school deed. Ik maak er een verslag van dat jij bevestigt.',
  'help.job.logboek.examples':
    '“gisteren 24 studenten op bedrijfsbezoek bij Albeda” · nieuwe update · mijn updates · overzicht',
  'help.job.matching.title': 'Leermeester zoeken',
  'help.job.matching.text':
    'Vind een schoolleider van een school die al verder is, met uitleg waarom jullie passen.',
  'help.job.matching.examples': 'zoek een leermeester · mijn profiel',
  'help.job.faq.title': 'Vragen over de programma’s',
  'help.job.faq.text':
    'Stel je vraag gewoon in het Nederlands. Ik geef antwoord met de bron, of zeg eerlijk dat ik het niet weet.',
  'help.job.faq.examples': 'wanneer hoor ik of we geselecteerd zijn? · wat is een leermeester?',
  'help.admin.title': 'Voor beheerders',
  'help.admin.text':
    'Rollen geven, scholen en rondes beheren, aanmeldingen beoordelen en vragen zonder goed antwoord afhandelen.',
  'help.admin.examples': 'beheer · rollen · scholen · rondes · aanmeldingen · faq beheer',
  'help.footer':
    'Je kunt altijd **hulp** typen. Wil je zien wat ik over je bewaar? Typ **mijn gegevens**. Werk je in het Engels? Zet Teams op Engels, dan antwoord ik in het Engels.',

  'unknown.text':
    'Dat begrijp ik nog niet. Probeer het in andere woorden, of typ **hulp** voor alles wat ik kan.',
  'unknown.empty': 'Ik zie geen tekst in je bericht. Typ wat je wilt weten, of **hulp**.',
  'unknown.tooLong': 'Je bericht is erg lang ({length} tekens). Kun je het korter maken, tot {max} tekens?',
  'unknown.soon': 'Dit onderdeel ({feature}) komt binnenkort. Typ **hulp** om te zien wat nu al kan.',
  'unknown.cardAction':
    'Deze knop hoort bij een kaart die niet meer geldig is. Typ **hulp** om opnieuw te beginnen.',

  'error.generic':
    'Sorry, er ging iets mis aan mijn kant. Probeer het zo nog eens. Blijft het misgaan? Meld het bij het kennispunt.',
  'error.storeUnavailable':
    'Het lukt nu niet om je gegevens op te slaan. Er is niets verloren: probeer het over een minuut opnieuw.',
  'error.stateNotSaved':
    'Let op: ik kon net niet onthouden waar we in dit gesprek waren. Wat ik hierboven bevestigde, is wel bewaard. Loopt de volgende stap vast? Probeer het over een minuut opnieuw.',
  'error.yourMessage': 'Dit was je bericht. Kopieer het, dan kun je het straks opnieuw sturen:',
  'error.forbidden':
    'Dit mag alleen iemand met de rol **{role}**. Vraag een beheerder om je die rol te geven.',
  'error.tenant':
    'Sorry, Kansenwijzer is alleen beschikbaar voor de deelnemende organisaties. Je organisatie staat niet op de lijst.',
  'error.validation': 'Een paar velden kloppen nog niet. Kijk naar de opmerkingen in de kaart.',
  'error.conflict':
    'Iemand anders heeft dit net aangepast. Bekijk de nieuwste versie en probeer het opnieuw.',
  'error.noIdentity': 'Ik kan niet zien wie je bent. Open Kansenwijzer in Teams met je werkaccount.',

  'role.medewerker': 'medewerker',
  'role.coach': 'coach',
  'role.schoolleider': 'schoolleider',
  'role.beoordelaar': 'beoordelaar',
  'role.beheerder': 'beheerder',

  'admin.title': 'Beheer',
  'admin.intro': 'Geef iemand een rol of koppel een school, en beheer de lijst met scholen.',
  'admin.roles.title': 'Rollen',
  'admin.roles.empty': 'Nog niemand heeft een extra rol. Iedereen is medewerker.',
  'admin.roles.assign.title': 'Rol geven of afnemen',
  'admin.roles.person': 'Of vul het object-id in (Entra ID)',
  'admin.roles.personPlaceholder': '00000000-0000-0000-0000-000000000000',
  'admin.roles.personError': 'Dit is geen volledig object-id. Kies de persoon liever uit de lijst.',
  'admin.roles.personMissing': 'Kies eerst een persoon uit de lijst.',
  'admin.roles.personUnknown':
    'Ik ken niemand met dit object-id. Ik maak geen persoon aan die ik niet ken. Vraag de persoon eerst iets te sturen aan Kansenwijzer, of zoek op naam.',
  'admin.roles.people.intro':
    'Kies de persoon. In de lijst staan mensen die Kansenwijzer kent: ze hebben al met de bot gepraat of hebben al een rol.',
  'admin.roles.people.introTeam':
    'Kies de persoon. In de lijst staan de leden van dit team en mensen die al met Kansenwijzer hebben gepraat.',
  'admin.roles.people.search': 'Zoek op naam',
  'admin.roles.people.searchPlaceholder': 'Bijvoorbeeld: Fatima',
  'admin.roles.people.find': 'Zoeken',
  'admin.roles.people.pick': 'Persoon',
  'admin.roles.people.pickPlaceholder': 'Kies een persoon',
  'admin.roles.people.noneFound': 'Ik vind niemand met "{query}" in de naam. Probeer een deel van de naam.',
  'admin.roles.people.noneYet':
    'Nog niemand heeft met Kansenwijzer gepraat. Vraag de persoon eerst "hallo" te sturen aan de bot. Daarna staat hij of zij hier.',
  'admin.roles.role': 'Rol',
  'admin.roles.schools': 'Scholen (voor coach of schoolleider)',
  'admin.roles.action': 'Wat wil je doen?',
  'admin.roles.action.add': 'Rol geven',
  'admin.roles.action.remove': 'Rol afnemen',
  'admin.roles.submit': 'Opslaan',
  'admin.roles.saved': '{name} heeft nu deze rollen: {roles}.',
  'admin.roles.savedSchools': 'Gekoppelde scholen: {schools}.',
  'admin.roles.noSchools': 'geen',
  'admin.roles.tooManySchools':
    'Een coach werkt met hoogstens {max} scholen. Je koos er {count}. Haal er eerst een weg.',
  'admin.roles.unknownSchool': 'Die school ken ik niet. Kies een school uit de lijst.',
  'admin.roles.lastBeheerder': 'Je kunt je eigen beheerdersrol niet afnemen. Vraag een andere beheerder.',
  'admin.roles.column.person': 'Persoon',
  'admin.roles.column.roles': 'Rollen',
  'admin.roles.column.schools': 'Scholen',
  'admin.roles.bootstrap': '(beheerder via instellingen)',
  'admin.schools.title': 'Scholen',
  'admin.schools.empty':
    'Er staan nog geen scholen in de lijst. Voeg er een toe of importeer een CSV-bestand met de CLI.',
  'admin.schools.add.title': 'School toevoegen of wijzigen',
  'admin.schools.id': 'School',
  'admin.schools.newSchool': 'Nieuwe school',
  'admin.schools.name': 'Naam',
  'admin.schools.nameError': 'Vul de naam van de school in (2 tot 120 tekens).',
  'admin.schools.shortNames': 'Afkortingen en roepnamen (met komma’s)',
  'admin.schools.brin': 'BRIN-code (niet verplicht)',
  'admin.schools.brinError': 'Een BRIN-code heeft 4 tekens, zoals 25LX.',
  'admin.schools.region': 'Regio',
  'admin.schools.board': 'Bestuur',
  'admin.schools.submit': 'School opslaan',
  'admin.schools.saved': 'School **{name}** is opgeslagen.',
  'admin.schools.count': '{count} scholen',
  'admin.button.roles': 'Rollen bekijken',
  'admin.button.schools': 'Scholen bekijken',
  'admin.button.assign': 'Rol geven',
  'admin.button.addSchool': 'School toevoegen',
} as const;
