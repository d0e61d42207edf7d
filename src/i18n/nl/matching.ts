/** Dutch (B1): leermeester-gezel matching. */
export const matching = {
  'matching.theme.empowerment': 'Effectiviteit en empowerment',
  'matching.theme.zoekgedrag': 'Ondersteuning bij zoeken naar werk',
  'matching.theme.student-kent-werkgever': 'Student leert de werkgever kennen',
  'matching.theme.werkgever-kent-student': 'Werkgever leert de student kennen',
  'matching.theme.objectief-werven': 'Objectief werven en selecteren',
  'matching.theme.omstander': 'Het gesprek aangaan als omstander',
  'matching.theme.sociale-normen': 'Sociale normen',
  'matching.theme.bewustwording': 'Bewustwording',

  'matching.phase.1': 'oriënteren',
  'matching.phase.2': 'ontwerpen',
  'matching.phase.3': 'ontwikkelen',
  'matching.phase.4': 'ontvouwen',
  'matching.phase.5': 'borgen',

  'matching.schoolType.po': 'po',
  'matching.schoolType.vo': 'vo',
  'matching.schoolType.mbo': 'mbo',

  'matching.number.3': 'Drie',
  'matching.number.4': 'Vier',

  'matching.why.quote': '‘{text}’',
  'matching.why.points': '{text}: +{points} punten.',
  'matching.why.themes.shared': 'Jullie werken allebei aan {themes}',
  'matching.why.themes.sharedObserver': 'Werken allebei aan {themes} ({count} van {total} thema’s)',
  'matching.why.themes.none': 'Geen gedeelde thema’s',
  'matching.why.themes.gezelNone': 'Je koos nog geen thema’s, dus die tellen niet mee',
  'matching.why.themes.gezelNoneObserver': 'De gezel koos geen thema’s, dus die tellen niet mee',
  'matching.why.region.same': 'Zelfde regio ({region})',
  'matching.why.region.other': 'Andere regio ({leermeester} en {gezel})',
  'matching.why.phase.one': 'Eén fase verder ({leermeester} tegenover {gezel})',
  'matching.why.phase.two': 'Twee fasen verder ({leermeester} tegenover {gezel})',
  'matching.why.phase.more':
    '{count} fasen verder ({leermeester} tegenover {gezel}). Dat is een grote stap, dus dit telt half',
  'matching.why.schoolType.same': 'Zelfde soort school ({type})',
  'matching.why.schoolType.other': 'Ander soort school ({leermeester} en {gezel})',

  'matching.rule.phaseNotAhead': '{count} niet verder in fase',
  'matching.rule.sameSchool': '{count} van dezelfde school',
  'matching.rule.sameBoard': '{count} van hetzelfde bestuur',
  'matching.rule.excluded': '{count} eerder afgewezen of uitgesloten',
  'matching.unmatched.noRoom': 'Er is geen leermeester met een vrije plek.',
  'matching.unmatched.noneAllowed': 'Geen leermeester past volgens de vaste regels: {details}.',
  'matching.unmatched.placesUsedOne':
    'Eén leermeester past, maar die plek gaat naar een andere gezel. Zo krijgen zo veel mogelijk gezellen een goede match.',
  'matching.unmatched.placesUsed':
    '{count} leermeesters passen, maar hun plekken gaan naar andere gezellen. Zo krijgen zo veel mogelijk gezellen een goede match.',

  'matching.word.gezel': 'gezel',
  'matching.word.leermeester': 'leermeester',

  'matching.input.at': '{where}, veld {field}: {message}',
  'matching.input.idMissing': 'Het id ontbreekt.',
  'matching.input.schoolMissing': 'De school ontbreekt. Elk profiel hoort bij een school.',
  'matching.input.regionMissing': 'De regio ontbreekt.',
  'matching.input.tooLong': 'Dit is te lang: hoogstens {max} tekens.',
  'matching.input.schoolType': 'Soort school moet po, vo of mbo zijn, niet "{value}".',
  'matching.input.theme': 'Het thema "{value}" ken ik niet. Gebruik: {known}.',
  'matching.input.tooManyThemes': 'Te veel thema’s. Er zijn er acht.',
  'matching.input.phase': 'Fase moet 1 tot en met 5 zijn (oriënteren tot borgen), niet "{value}".',
  'matching.input.capacity':
    'Capaciteit moet een heel getal van {min} tot en met {max} zijn, niet "{value}".',
  'matching.input.weightsShape':
    'Geef vier gewichten als getal: theme, region, phase en schoolType (bijvoorbeeld 50, 20, 20 en 10).',
  'matching.input.weightsWhole': 'Een gewicht is een heel procent van 0 tot 100 (of een breuk zoals 0.25).',
  'matching.input.weightsSum': 'De vier gewichten moeten samen precies 100% zijn.',
  'matching.input.duplicateId': 'Het id "{id}" staat er twee keer in.',
  'matching.input.unknownExclusion':
    'Uitsluiting {index} noemt een {who} die niet in het bestand staat: "{id}".',
  'matching.input.shape':
    'Het bestand moet een object zijn met de lijsten "leermeesters" en "gezellen" (en eventueel "exclusions").',
  'matching.input.tooMany': 'Te veel profielen: hoogstens {max} per lijst.',
  'matching.input.notJson': 'Het bestand {file} is geen geldige JSON.',
  'matching.input.unreadable': 'Ik kan het bestand {file} niet lezen.',

  'matching.yes': 'ja',
  'matching.no': 'nee',
  'matching.word.gezelCap': 'Gezel',
  'matching.word.leermeesterCap': 'Leermeester',
  'matching.schoolTypeLong.po': 'po (basisonderwijs)',
  'matching.schoolTypeLong.vo': 'vo (voortgezet onderwijs)',
  'matching.schoolTypeLong.mbo': 'mbo',
  'matching.score': 'Past voor {score}%',

  'matching.field.name': 'Naam',
  'matching.field.roles': 'Rol',
  'matching.field.school': 'School',
  'matching.field.region': 'Regio',
  'matching.field.schoolType': 'Soort school',
  'matching.field.phase': 'Fase',
  'matching.field.themes': 'Thema’s',
  'matching.field.capacity': 'Aantal gezellen tegelijk',
  'matching.field.available': 'Nu beschikbaar',
  'matching.field.source': 'Hoe',

  'matching.form.title': 'Je profiel voor leermeester en gezel',
  'matching.form.intro':
    'Een gezel leert van een schoolleider van een school die verder is: de leermeester. Vul in waar je school staat. Zo vind ik een goede match.',
  'matching.form.roles': 'Wat wil je zijn?',
  'matching.form.role.gezel': 'Gezel (ik zoek een leermeester)',
  'matching.form.role.leermeester': 'Leermeester (ik help een gezel)',
  'matching.form.board': 'Bestuur',
  'matching.form.fromSchool': 'Leeg laten: ik neem het over van de school',
  'matching.form.themes': 'Aan welke thema’s werk je?',
  'matching.form.phase': 'In welke fase zit je school?',
  'matching.form.leermeesterOnly': 'Alleen voor leermeesters',
  'matching.form.capacity': 'Hoeveel gezellen kun je tegelijk helpen? (1 tot en met 5)',
  'matching.form.availableLabel': 'Beschikbaarheid',
  'matching.form.available': 'Ik kan nu een nieuwe gezel helpen',
  'matching.form.submit': 'Profiel opslaan',
  'matching.form.error.roles': 'Kies gezel, leermeester of allebei.',
  'matching.form.error.school': 'Kies je school uit de lijst.',
  'matching.form.error.notYourSchool': 'Die school hoort niet bij jou. Kies een van je eigen scholen.',
  'matching.form.error.region': 'Vul de regio in (of zet die bij de school).',
  'matching.form.error.text': 'Dit is te lang.',
  'matching.form.error.schoolType': 'Kies po, vo of mbo.',
  'matching.form.error.themes': 'Kies thema’s uit de lijst.',
  'matching.form.error.phase': 'Kies een fase van 1 tot en met 5.',
  'matching.form.error.capacity': 'Kies 1 tot en met 5 gezellen.',
  'matching.form.noSchools':
    'Je bent nog niet aan een school gekoppeld. Vraag een beheerder om je school aan je rol te koppelen.',
  'matching.form.saved': 'Je profiel is opgeslagen.',

  'matching.profile.title': 'Profiel van {name}',
  'matching.profile.none': 'Je hebt nog geen profiel. Typ **mijn profiel** om er een te maken.',
  'matching.profile.pausedText': 'Je profiel staat op pauze. Je krijgt geen nieuwe voorstellen.',
  'matching.profile.statusTitle': 'Je match',
  'matching.profile.pause': 'Je profiel staat op pauze. Je krijgt geen nieuwe voorstellen tot je het hervat.',
  'matching.profile.resume': 'Je profiel is weer actief.',
  'matching.profile.statusNone': 'Je hebt nu geen open verzoek en geen leermeester.',
  'matching.profile.statusRequested': 'Je verzoek ligt bij {name}. Je hoort het zodra die kiest.',
  'matching.profile.statusAccepted': '{name} zei ja. De makelaar kijkt nog even mee.',
  'matching.profile.statusActive': 'Je leermeester is {name}, sinds {date}.',
  'matching.profile.statusLeermeester': 'Je helpt nu {count} van {capacity} gezellen.',
  'matching.profile.statusOpenForYou': 'Er wacht {count} verzoek op je antwoord.',

  'matching.search.notGezel':
    'Je profiel staat niet op gezel. Pas je profiel aan als je een leermeester zoekt.',
  'matching.search.paused': 'Je profiel staat op pauze. Hervat het eerst, dan zoek ik een leermeester.',
  'matching.search.alreadyOpen':
    'Je hebt al een open verzoek bij {name}. Wacht op het antwoord, of trek je verzoek in via **mijn profiel**.',
  'matching.search.alreadyOpenShort':
    'Je hebt al een open verzoek. Trek dat eerst in via **mijn profiel** als je iemand anders wilt.',
  'matching.search.alreadyMatched': 'Je hebt al een leermeester: {name}.',

  'matching.proposals.title': 'Leermeesters voor jou',
  'matching.proposals.intro':
    'Beste matches {from} tot en met {to} van {total}. Kies er een, of vraag om meer.',
  'matching.proposals.none':
    'Ik vind nu geen leermeester die past en plek heeft. Probeer het later nog eens, of vraag de makelaar.',
  'matching.proposals.noMore': 'Er zijn geen andere leermeesters meer die passen en plek hebben.',

  'matching.request.title': 'Wil je leermeester zijn?',
  'matching.request.intro': '{name} zoekt een leermeester en koos jou.',
  'matching.request.introRound': 'De makelaar stelt voor dat jij leermeester wordt van {name}.',
  'matching.request.priority': 'Deze gezel heeft voorrang: de vorige match werkte niet.',
  'matching.request.whyTitle': 'Waarom jullie passen',
  'matching.request.reasonLabel': 'Reden als je nee zegt (niet verplicht)',
  'matching.request.reasonPlaceholder': 'Bijvoorbeeld: ik heb dit half jaar geen tijd',
  'matching.request.notAvailable':
    'Deze leermeester kan ik nu niet voorstellen: die is vol, gepauzeerd of past niet meer. Typ **zoek een leermeester** voor de nieuwste lijst.',
  'matching.request.sent': 'Je verzoek is naar {name} gestuurd. Je hoort het zodra die ja of nee zegt.',

  'matching.accept.done': 'Dank je! Je bent leermeester van {name}. De makelaar kijkt nog even mee.',
  'matching.accept.active':
    'Dank je! Je bent nu leermeester van {name}. Jullie krijgen allebei een kennismakingsbericht.',
  'matching.accept.full':
    'Je hebt geen vrije plek meer, dus dit verzoek kan niet door. Ik heb {name} een ander voorstel gedaan.',
  'matching.decline.done':
    'Duidelijk. Ik laat {name} het vriendelijk weten en stel jullie niet meer samen voor.',
  'matching.withdraw.done':
    'Je verzoek is ingetrokken. Typ **zoek een leermeester** als je opnieuw wilt kiezen.',
  'matching.accepted.gezel': 'Goed nieuws: {name} wil je leermeester zijn. De makelaar kijkt nog even mee.',
  'matching.withdrawn.leermeester': '{name} heeft het verzoek ingetrokken. Je hoeft niets te doen.',

  'matching.next.full':
    'Helaas: {name} heeft net geen plek meer. Dat ligt niet aan jou. Hieronder staan andere leermeesters die passen.',
  'matching.next.declined':
    '{name} kan nu geen leermeester voor je zijn. Dat is jammer, maar er zijn meer mogelijkheden. Kies hieronder iemand anders.',
  'matching.next.rejected':
    'De makelaar koos deze keer niet voor de match met {name}. Hieronder staan andere leermeesters die passen.',
  'matching.next.theirWords': 'Wat {name} erbij zei: “{reason}”',

  'matching.approval.title': 'Match goedkeuren',
  'matching.approval.intro': '{leermeester} wil leermeester zijn van {gezel}. Keur je deze match goed?',
  'matching.source.request': 'De gezel koos zelf',
  'matching.source.round': 'Uit een ronde',
  'matching.approve.done': 'Goedgekeurd. {gezel} en {leermeester} krijgen een kennismakingsbericht.',
  'matching.reject.done': 'Afgewezen. Ik laat het {gezel} en {leermeester} weten.',
  'matching.rejected.leermeester':
    'De makelaar koos deze keer niet voor jouw match met {name}. Je plek is weer vrij.',

  'matching.intro.title': 'Kennismaking 🤝',
  'matching.intro.toGezel': 'Je match is rond! {name} is je leermeester.',
  'matching.intro.toLeermeester': 'Je match is rond! Je bent leermeester van {name}.',
  'matching.intro.firstStepTitle': 'Eerste stap',
  'matching.intro.firstStepGezel':
    'Stuur {name} deze week een bericht en plan een eerste gesprek van een uur. Neem je routekaart mee en kies samen één thema om mee te beginnen.',
  'matching.intro.firstStepLeermeester':
    '{name} neemt deze week contact op voor een eerste gesprek. Vertel dan hoe jullie school de fase van {name} aanpakte.',
  'matching.intro.checkIn': 'Over een paar weken vraag ik jullie allebei of de match goed werkt.',

  'matching.checkIn.title': 'Is dit een goede match?',
  'matching.checkIn.intro': 'Jullie werken nu een tijdje samen. Werkt de match met {name} goed voor je?',
  'matching.checkIn.noText':
    'Zeg je nee, dan stopt de match. Als gezel krijg je dan voorrang bij een nieuwe leermeester.',
  'matching.checkIn.badAnswer': 'Kies ja of nee.',
  'matching.checkIn.yes': 'Fijn om te horen! Veel succes samen.',
  'matching.checkIn.noGezel':
    'Dank je voor je eerlijke antwoord. De match is gestopt. Je krijgt voorrang: typ **zoek een leermeester** voor een nieuwe.',
  'matching.checkIn.noLeermeester':
    'Dank je voor je eerlijke antwoord. De match is gestopt en je plek is weer vrij.',
  'matching.ended.gezel':
    'De match met {name} is gestopt. Je krijgt voorrang bij een nieuwe leermeester: typ **zoek een leermeester**.',
  'matching.ended.leermeester': 'De match met {name} is gestopt. Je plek is weer vrij.',

  'matching.reason.request': 'Je krijgt dit bericht omdat {name} jou koos als leermeester.',
  'matching.reason.requestRound':
    'Je krijgt dit bericht omdat de makelaar jou voorstelt als leermeester van {name}.',
  'matching.reason.withdrawn': 'Je krijgt dit bericht omdat {name} een verzoek aan jou introk.',
  'matching.reason.accepted': 'Je krijgt dit bericht omdat {name} ja zei op je verzoek.',
  'matching.reason.full': 'Je krijgt dit bericht omdat je verzoek aan {name} niet door kan.',
  'matching.reason.declined': 'Je krijgt dit bericht omdat {name} je verzoek beantwoordde.',
  'matching.reason.rejected': 'Je krijgt dit bericht omdat de makelaar je match met {name} bekeek.',
  'matching.reason.rejectedLeermeester':
    'Je krijgt dit bericht omdat de makelaar je match met {name} bekeek.',
  'matching.reason.approval':
    'Je krijgt dit bericht omdat je beheerder bent en {leermeester} en {gezel} allebei ja zeiden.',
  'matching.reason.intro': 'Je krijgt dit bericht omdat je match met {name} rond is.',
  'matching.reason.checkIn': 'Je krijgt dit bericht omdat je match met {name} nu {weeks} weken loopt.',
  'matching.reason.ended': 'Je krijgt dit bericht omdat {name} zei dat de match niet goed werkt.',
  'matching.reason.roundGezel': 'Je krijgt dit bericht omdat de makelaar een ronde leermeesters verdeelde.',

  'matching.status.already.requested': 'Dit verzoek wacht nog op de leermeester.',
  'matching.status.already.accepted': 'Dit verzoek is al geaccepteerd.',
  'matching.status.already.active': 'Deze match loopt al.',
  'matching.status.already.declined': 'Dit verzoek is al afgewezen.',
  'matching.status.already.withdrawn': 'Dit verzoek is al ingetrokken.',
  'matching.status.already.full': 'Dit verzoek kon niet door: de leermeester was vol.',
  'matching.status.already.rejected': 'De makelaar heeft deze match al afgewezen.',
  'matching.status.already.ended': 'Deze match is al gestopt.',
  'matching.error.notYours': 'Deze knop is niet voor jou bedoeld.',
  'matching.error.unknownMatch':
    'Dit verzoek ken ik niet (meer). Typ **mijn profiel** voor je actuele stand.',

  'matching.round.title': 'Ronde: gezellen verdelen',
  'matching.round.draft':
    'Dit is een voorstel. Haal paren weg als dat nodig is: ik reken dan opnieuw. Publiceer als het klopt.',
  'matching.round.published': 'Deze ronde is gepubliceerd. De leermeesters hebben een verzoek gekregen.',
  'matching.round.gezellen': 'Wachtende gezellen',
  'matching.round.leermeesters': 'Leermeesters met plek',
  'matching.round.places': '{count} plekken',
  'matching.round.matched': 'Gekoppeld',
  'matching.round.average': 'Gemiddelde match',
  'matching.round.removed': 'Paren weggehaald',
  'matching.round.pairsTitle': 'Voorgestelde paren',
  'matching.round.priority': 'voorrang',
  'matching.round.noPairs': 'Er zijn geen paren mogelijk.',
  'matching.round.unmatchedTitle': 'Zonder leermeester ({count})',
  'matching.round.page': 'Pagina {page} van {pages}',
  'matching.round.unknown': 'Deze ronde ken ik niet. Typ **verdeel gezellen** voor een nieuwe.',
  'matching.round.unknownPair': 'Dit paar staat niet (meer) in de ronde.',
  'matching.round.stale': 'Deze kaart is niet de nieuwste versie van de ronde. Gebruik de laatste kaart.',
  'matching.round.alreadyPublished': 'Deze ronde is al gepubliceerd.',
  'matching.round.publishedDone':
    '{sent} verzoeken zijn verstuurd. {skipped} gezellen sloeg ik over: die hadden zelf al een verzoek.',
  'matching.round.gezelInfo':
    'De makelaar stelt {name} voor als je leermeester. {name} krijgt nu een verzoek. Je hoort het zodra die ja of nee zegt.',

  'matching.settings.title': 'Instellingen voor matching',
  'matching.settings.intro':
    'Hoe zwaar telt elk punt? Samen 100%. Standaard: thema’s 50, regio 20, fase 20, soort school 10.',
  'matching.settings.theme': 'Gedeelde thema’s (%)',
  'matching.settings.region': 'Zelfde regio (%)',
  'matching.settings.phase': 'Passende fase (%)',
  'matching.settings.schoolType': 'Zelfde soort school (%)',
  'matching.settings.approvalLabel': 'Goedkeuring',
  'matching.settings.approval': 'De makelaar keurt elke match goed',
  'matching.settings.weeks': 'Na hoeveel weken vragen of de match goed is?',
  'matching.settings.submit': 'Instellingen opslaan',
  'matching.settings.error.weeks': 'Kies 1 tot en met 52 weken.',
  'matching.settings.saved':
    'Opgeslagen. Gewichten: thema’s {theme}, regio {region}, fase {phase}, soort school {schoolType}. Goedkeuring: {approval}. Check na {weeks} weken.',

  'matching.button.search': 'Zoek een leermeester',
  'matching.button.edit': 'Profiel aanpassen',
  'matching.button.pause': 'Pauzeren',
  'matching.button.resume': 'Hervatten',
  'matching.button.withdraw': 'Verzoek intrekken',
  'matching.button.choose': 'Kies {name}',
  'matching.button.more': 'Meer leermeesters',
  'matching.button.profile': 'Mijn profiel',
  'matching.button.accept': 'Ja, ik doe het',
  'matching.button.decline': 'Nee, liever niet',
  'matching.button.approve': 'Goedkeuren',
  'matching.button.reject': 'Afwijzen',
  'matching.button.yes': 'Ja, het werkt',
  'matching.button.no': 'Nee, liever stoppen',
  'matching.button.removePair': 'Haal dit paar weg',
  'matching.button.publish': 'Publiceer ({count} paren)',
  'matching.button.prev': 'Vorige',
  'matching.button.next': 'Volgende',

  'matching.import.line': 'regel {line}: {message}',
  'matching.import.csvBroken':
    'Het CSV-bestand is kapot rond regel {line} (bijvoorbeeld een aanhalingsteken dat niet sluit).',
  'matching.import.empty': 'Het bestand is leeg.',
  'matching.import.header':
    'De kopregel klopt niet. Onbekende kolommen: {unknown}. Gebruik: {known} (id is verplicht).',
  'matching.import.columns': '{count} kolommen, de kopregel heeft er {expected}.',
  'matching.import.jsonBroken': 'Het bestand is geen geldige JSON.',
  'matching.import.jsonShape': 'De JSON moet een lijst met profielen zijn, of een object met "profiles".',
  'matching.import.tooMany': 'Te veel regels: hoogstens {max}.',
  'matching.import.role': 'rol moet leermeester, gezel of beide zijn, niet "{value}".',
  'matching.import.id': 'het id (Entra ID object-id) ontbreekt of klopt niet: "{value}".',
  'matching.import.unknownSchool': 'de school "{value}" staat niet in de lijst met scholen.',
  'matching.import.duplicate': 'id {id} staat ook al op regel {first}.',
  'matching.import.available': 'beschikbaar moet ja of nee zijn, niet "{value}".',
  'matching.import.nothing': 'Niets geïmporteerd: {count} probleem/problemen in {file}.',
  'matching.import.dryRun': 'Proef: {created} nieuw en {updated} bijgewerkt. Er is niets opgeslagen.',
  'matching.import.done': 'Geïmporteerd: {created} nieuw en {updated} bijgewerkt.',
} as const;
