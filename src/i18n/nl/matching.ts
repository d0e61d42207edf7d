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
} as const;
