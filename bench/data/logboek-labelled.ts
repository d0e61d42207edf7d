/**
 * Labelled coach messages for the update extractor and the update/question classifier.
 *
 * `DEV` was written before the extractor and used while building it; `HOLDOUT` was written after
 * the extractor was done and never tuned on, so its score shows how the extractor does on new text.
 *
 * Labelling rules (so the labels stay consistent):
 * - school: id of one of the coach's schools in SCHOOLS, or null (no school, or not theirs);
 * - date: YYYY-MM-DD in Europe/Amsterdam, relative to TODAY; null when the text has no date;
 * - participants: sum of the people counted with a number ("35 studenten en 8 werkgevers" = 43);
 *   organisations ("6 leerbedrijven") count only when no people are counted; classes do not count;
 * - phase: only when the text names it ("fase 1", "ontwerpfase", "op naar ontwikkelen"), else null;
 * - mechanism: the toolbox mechanism the activity works on, null when it is about none (e.g. a veranderlab);
 * - activityType: training covers workshops and sessions; netwerkbijeenkomst covers meetings
 *   between school and employers (speeddate, pitch event, werkgeversontbijt).
 */
import type { ActivityType, Mechanism, Phase } from '../../src/domain/logboek';
import type { Extraction } from '../../src/features/logboek/extract';

/** A Wednesday. */
export const TODAY = '2026-03-11';

export const SCHOOLS = [
  { id: 'albeda', name: 'Albeda', shortNames: ['Albeda College'] },
  { id: 'techniek-college-rotterdam', name: 'Techniek College Rotterdam', shortNames: [] },
  { id: 'zadkine', name: 'Zadkine', shortNames: [] },
  { id: 'roc-van-amsterdam', name: 'ROC van Amsterdam', shortNames: ['ROCvA', "ROC A'dam"] },
  { id: 'graafschap-college', name: 'Graafschap College', shortNames: ['Graafschap'] },
];

/** The extractor's fields, without its confidences. */
export type Expected = Omit<Extraction, 'confidence'>;

export interface LabelledUpdate {
  text: string;
  expected: Expected;
}

const ALB = 'albeda';
const TCR = 'techniek-college-rotterdam';
const ZAD = 'zadkine';
const ROC = 'roc-van-amsterdam';
const GRA = 'graafschap-college';

function u(
  text: string,
  school: string | null,
  mechanism: Mechanism | null,
  date: string | null,
  participants: number | null,
  phase: Phase | null,
  activityType: ActivityType | null,
): LabelledUpdate {
  return { text, expected: { school, mechanism, date, participants, phase, activityType } };
}

// prettier-ignore
export const DEV: LabelledUpdate[] = [
  u('gisteren 24 studenten van Albeda op bedrijfsbezoek bij een bouwbedrijf', ALB, 'student-kent-werkgever', '2026-03-10', 24, null, 'bedrijfsbezoek'),
  u('TCR: workshop objectief werven met HR van 6 leerbedrijven, afgelopen maandag', TCR, 'objectief-werven', '2026-03-09', 6, null, 'training'),
  u('Vanmiddag eerste veranderlab gehad bij Zadkine met 8 leidinggevenden, we zitten nu in de ontwerpfase', ZAD, null, '2026-03-11', 8, 'ontwerpen', 'veranderlab'),
  u('eergisteren gastles over sollicteren bij ROCvA, 2 klassen (ca 45 studenten)', ROC, 'zoekgedrag', '2026-03-09', 45, null, 'gastles'),
  u('Graafschap: training bewustwording voor 15 docenten over onbewuste vooroordelen, vorige week donderdag', GRA, 'bewustwording', '2026-03-05', 15, null, 'training'),
  u('afgelopen vrijdag werkgeversontbijt bij Albeda, 12 werkgevers maakten kennis met studenten uit de entree-opleiding', ALB, 'werkgever-kent-student', '2026-03-06', 12, null, 'netwerkbijeenkomst'),
  u('schoolbezoek TCR met directie, reflectie op richting geven. 3 mensen', TCR, null, null, 3, null, 'schoolbezoek'),
  u('Zadkine 3 maart: omstandertraining voor 20 studenten, hoe grijp je in bij discriminatie op stage', ZAD, 'omstander', '2026-03-03', 20, null, 'training'),
  u('10-03-2026 netwerkbijeenkomst regio Rijnmond met Albeda en 4 andere scholen over sociale normen in de klas', ALB, 'sociale-normen', '2026-03-10', null, null, 'netwerkbijeenkomst'),
  u('gistren sollicitatietraining bij zadkine gegeven, 18 deelnemers', ZAD, 'zoekgedrag', '2026-03-10', 18, null, 'training'),
  u('Intake gedaan bij Graafschap College, routekaart besproken. We zitten in fase 1', GRA, null, null, null, 'orienteren', 'intake'),
  u('Vandaag meeloopdag bij Techniek College Rotterdam: 30 eerstejaars liepen een dag mee bij installatiebedrijven', TCR, 'student-kent-werkgever', '2026-03-11', 30, null, 'bedrijfsbezoek'),
  u("ROC A'dam 2e veranderlab afgerond, verbeterplan staat. Op naar ontwikkelen", ROC, null, null, null, 'ontwikkelen', 'veranderlab'),
  u('vorige week dinsdag gastles door een ondernemer bij Albeda over netwerken, 25 studenten', ALB, 'student-kent-werkgever', '2026-03-03', 25, null, 'gastles'),
  u('HR-medewerkers van 5 zorginstellingen kregen bij Zadkine een training anoniem selecteren (afgelopen woensdag)', ZAD, 'objectief-werven', '2026-03-04', 5, null, 'training'),
  u('Albeda: speeddate tussen studenten en leerbedrijven, 40 studenten, 10 bedrijven. eergisteren.', ALB, 'werkgever-kent-student', '2026-03-09', 40, null, 'netwerkbijeenkomst'),
  u('Bij Graafschap vanochtend teamsessie bewustwording met het docententeam zorg (12 pers.)', GRA, 'bewustwording', '2026-03-11', 12, null, 'training'),
  u('6 maart empowermenttraining voor meiden uit niveau 2 bij TCR, 14 deelneemsters', TCR, 'empowerment', '2026-03-06', 14, null, 'training'),
  u('gisteravond netwerkbijeenkomst met leermeesters en gezellen, ROC van Amsterdam was erbij met 3 schoolleiders', ROC, null, '2026-03-10', 3, null, 'netwerkbijeenkomst'),
  u('zadkine - excursie naar de haven met 2 klassen logistiek, afgelopen dinsdag', ZAD, 'student-kent-werkgever', '2026-03-10', null, null, 'bedrijfsbezoek'),
  u('Workshop CV schrijven en LinkedIn bij Albeda, 16 studenten, vorige week vrijdag', ALB, 'zoekgedrag', '2026-03-06', 16, null, 'training'),
  u('TCR reflectiegesprek met de teamleiders over de voortgang, we gaan richting borgen', TCR, null, null, null, 'borgen', 'schoolbezoek'),
  u('Leidinggevendenbezoek Graafschap afgelopen donderdag, 2e van dit jaar', GRA, null, '2026-03-05', null, null, 'schoolbezoek'),
  u("Op 2 maart gesprek met stagebureau Zadkine over objectieve stagematching, 4 collega's", ZAD, 'objectief-werven', '2026-03-02', 4, null, 'overleg'),
  u('Gastles van oud-studenten (rolmodellen) bij ROCvA over zelfvertrouwen op de werkvloer, 22 studenten, maandag', ROC, 'empowerment', '2026-03-09', 22, null, 'gastles'),
  u("Albeda, vandaag, training 'in gesprek als omstander' voor 11 loopbaanbegeleiders", ALB, 'omstander', '2026-03-11', 11, null, 'training'),
  u('projectgroep overleg TCR gisteren, plan voor bewustwordingscampagne besproken', TCR, 'bewustwording', '2026-03-10', null, null, 'overleg'),
  u('Met 9 docenten van Graafschap een workshop gedaan over groepsnormen in de klas. 5-3', GRA, 'sociale-normen', '2026-03-05', 9, null, 'training'),
  u('Bedrijfsbezoek Zadkine bij een zorginstelling met twintig studenten verpleegkunde, eergisteren', ZAD, 'student-kent-werkgever', '2026-03-09', 20, null, 'bedrijfsbezoek'),
  u('veranderlab 1 bij albeda college gedaan op 26 februari met het MT (7 personen), fase: ontwerpen', ALB, null, '2026-02-26', 7, 'ontwerpen', 'veranderlab'),
  u("ROC van A'dam: werkgevers kwamen vandaag naar school om studenten te leren kennen tijdens een pitch-event, 35 studenten en 8 werkgevers", ROC, 'werkgever-kent-student', '2026-03-11', 43, null, 'netwerkbijeenkomst'),
  u('Albeda gisteren: training sollicitatiegesprek oefenen met 12 studenten uit de entree', ALB, 'zoekgedrag', '2026-03-10', 12, null, 'training'),
  u('vorige week woensdag ouderavond bij Zadkine over sociale normen en verwachtingen rond stage, 30 ouders', ZAD, 'sociale-normen', '2026-03-04', 30, null, 'anders'),
  u('Gastles bewustwording stagediscriminatie bij TCR, 3 klassen, ongeveer 60 studenten. Afgelopen vrijdag.', TCR, 'bewustwording', '2026-03-06', 60, null, 'gastles'),
  u('graafschap training objectief beoordelen bij stage-selectie voor 10 praktijkopleiders vandaag', GRA, 'objectief-werven', '2026-03-11', 10, null, 'training'),
  u('Snuffelstage georganiseerd voor 15 studenten van Albeda bij 5 bedrijven, 4 maart', ALB, 'student-kent-werkgever', '2026-03-04', 15, null, 'bedrijfsbezoek'),
  u('ROCvA intake/vraagarticulatie gedaan met teamleider en beleidsadviseur, vorige week maandag', ROC, null, '2026-03-02', null, null, 'intake'),
  u('Zadkine: tweede leiderschapsbezoek dit schooljaar, gesproken over mensen ontwikkelen. gisteren', ZAD, null, '2026-03-10', null, null, 'schoolbezoek'),
  u("Empowerment workshop 'Ik ben mijn eigen baas' voor 18 studenten TCR, di 10 maart", TCR, 'empowerment', '2026-03-10', 18, null, 'training'),
  u('albeda: studenten presenteerden hun portfolio aan 6 werkgevers tijdens een matchmiddag, eergisteren', ALB, 'werkgever-kent-student', '2026-03-09', 6, null, 'netwerkbijeenkomst'),
  u("Vandaag met 4 docenten Graafschap de lessenserie 'sociale normen' ontwikkeld", GRA, 'sociale-normen', '2026-03-11', 4, null, 'anders'),
  u('TCR 9/3 gastles door HR-manager van een bouwbedrijf over hoe zij werven, 28 studenten', TCR, 'student-kent-werkgever', '2026-03-09', 28, null, 'gastles'),
  u('zadkine, eerste veranderlab, afgelopen maandag, 6 leidinggevenden + 2 coaches', ZAD, null, '2026-03-09', 8, null, 'veranderlab'),
  u('Afgelopen dinsdag regionale netwerkbijeenkomst gelijke kansen in Amsterdam; vanuit ROCvA 5 deelnemers', ROC, null, '2026-03-10', 5, null, 'netwerkbijeenkomst'),
  u("Albeda – training loopbaanbegeleiders: hoe help je studenten bij het zoeken naar een stage (basis-zoekgedrag), 8 LOB'ers, vorige week donderdag", ALB, 'zoekgedrag', '2026-03-05', 8, null, 'training'),
  u("gisteren bij graafschap: bewustwordingssessie 'wat zie jij?' met 23 eerstejaars", GRA, 'bewustwording', '2026-03-10', 23, null, 'training'),
  u('TCR borging: werkgroep omstanderschap maakt afspraken voor volgend jaar, overleg 5 mensen, 27-02', TCR, 'omstander', '2026-02-27', 5, 'borgen', 'overleg'),
  u('ROCvA 28 feb bedrijfsbezoek bij KLM met 19 studenten luchtvaarttechniek', ROC, 'student-kent-werkgever', '2026-02-28', 19, null, 'bedrijfsbezoek'),
  u("Zadkine vandaag gastles 'anoniem solliciteren' door recruiter, 26 studenten", ZAD, 'objectief-werven', '2026-03-11', 26, null, 'gastles'),
  u('Vorige week vrijdag sessie met mentoren van Graafschap over hoe je het gesprek aangaat bij kwetsende opmerkingen, 14 mentoren', GRA, 'omstander', '2026-03-06', 14, null, 'training'),
  u('albeda sollicitatiecafé vanmiddag, 9 studenten geholpen met hun brief', ALB, 'zoekgedrag', '2026-03-11', 9, null, 'training'),
  u('Veranderlab 2 bij TCR op 5 maart, verbeterplan vastgesteld, nu ontvouwen', TCR, null, '2026-03-05', null, 'ontvouwen', 'veranderlab'),
  u('maandag intake met Zadkine gehad (nieuwe school voor mij), 3 mensen vd directie', ZAD, null, '2026-03-09', 3, null, 'intake'),
  u("ROCvA: werkgeverspanel beoordeelde anoniem cv's van studenten, 7 werkgevers, eergisteren", ROC, 'objectief-werven', '2026-03-09', 7, null, 'anders'),
  u('gisteren met de 2e jaars van Graafschap op bezoek bij een transportbedrijf (17 stdnt)', GRA, 'student-kent-werkgever', '2026-03-10', 17, null, 'bedrijfsbezoek'),
  u("TCR - training 'effectief jezelf presenteren' voor 13 studenten niveau 2, vrijdag", TCR, 'empowerment', '2026-03-06', 13, null, 'training'),
  u('Albeda 1 maart: workshop over normen en waarden op de stage met 21 studenten', ALB, 'sociale-normen', '2026-03-01', 21, null, 'training'),
  u('netwerklunch met 6 leerbedrijven van Zadkine om ze kennis te laten maken met onze studenten, vorige week dinsdag', ZAD, 'werkgever-kent-student', '2026-03-03', 6, null, 'netwerkbijeenkomst'),
  u('Graafschap: reflectiebezoek met de directeur en 2 teamleiders, afgelopen maandag', GRA, null, '2026-03-09', 3, null, 'schoolbezoek'),
  u('ROCvA vandaag training empowerment voor 16 jonge moeders in de entree', ROC, 'empowerment', '2026-03-11', 16, null, 'training'),
  u('TCR: overleg met projectgroep over onderzoek naar effect bedrijfsbezoeken, gisteren, 6 personen', TCR, 'student-kent-werkgever', '2026-03-10', 6, null, 'overleg'),
  u('Gastles bij Albeda door een agent over ingrijpen als omstander, 31 studenten, 2 maart', ALB, 'omstander', '2026-03-02', 31, null, 'gastles'),
  u('vorige week maandag bij zadkine: docenten (11) bekeken eigen vooroordelen bij beoordelen van stages', ZAD, 'bewustwording', '2026-03-02', 11, null, 'training'),
  u('Graafschap College 11-3 bedrijfsbezoek + gastles over werkervaring opdoen, 12 studenten', GRA, 'student-kent-werkgever', '2026-03-11', 12, null, 'bedrijfsbezoek'),
  u('Deltion: training voor 10 docenten over vooroordelen, gisteren', null, 'bewustwording', '2026-03-10', 10, null, 'training'),
  u('vandaag workshop objectief werven met 8 HR-mensen', null, 'objectief-werven', '2026-03-11', 8, null, 'training'),
  u('Zadkine 4 maart twee workshops zelfvertrouwen, samen 34 studenten', ZAD, 'empowerment', '2026-03-04', 34, null, 'training'),
  u('eergister gastles TCR over LinkedIn voor 20 studenten', TCR, 'zoekgedrag', '2026-03-09', 20, null, 'gastles'),
];

/** Written after the extractor was finished; never used to tune it. */
// prettier-ignore
export const HOLDOUT: LabelledUpdate[] = [
  u("Afgelopen donderdag bij Albeda een training gedaan over vooroordelen bij stagetoewijzing, 14 collega's", ALB, 'bewustwording', '2026-03-05', 14, null, 'training'),
  u('zadkine vrijdag 6/3: studenten zorg & welzijn op bezoek geweest bij het ziekenhuis, 22 man', ZAD, 'student-kent-werkgever', '2026-03-06', 22, null, 'bedrijfsbezoek'),
  u('ROCvA gister 2de veranderlab, 9 deelnemers, fase ontwikkelen', ROC, null, '2026-03-10', 9, 'ontwikkelen', 'veranderlab'),
  u('Graafschap 3-3 lunchbijeenkomst werkgevers en studenten uit de techniek, doel: werkgevers leren studenten kennen. ongeveer 25 aanwezigen', GRA, 'werkgever-kent-student', '2026-03-03', 25, null, 'netwerkbijeenkomst'),
  u("vorige week dinsdag met TCR docenten (8) geoefend met het aanspreken van collega's op discriminerende grappen", TCR, 'omstander', '2026-03-03', 8, null, 'training'),
  u('Vandaag een gastcollege gegeven aan 2 klassen (50 studenten) van Zadkine over solliciteren met een migratieachtergrond', ZAD, 'zoekgedrag', '2026-03-11', 50, null, 'gastles'),
  u('Albeda: bezoek van 5 werkgevers aan de opleiding logistiek, studenten lieten hun werk zien. maandag 9 maart', ALB, 'werkgever-kent-student', '2026-03-09', 5, null, 'netwerkbijeenkomst'),
  u('TCR - 12 docenten getraind in objectief beoordelen van stageverslagen, afgelopen maandag', TCR, 'objectief-werven', '2026-03-09', 12, null, 'training'),
  u("Intakegesprek Techniek College R'dam met de directeur, 20 feb", TCR, null, '2026-02-20', null, null, 'intake'),
  u('Graafschap: 2e leiderschapsbezoek van dit jaar gehad, thema organisatie ontwikkelen. Gisteren.', GRA, null, '2026-03-10', null, null, 'schoolbezoek'),
  u('Zadkine bewustwordingsworkshop voor 30 eerstejaars, wo 4 maart', ZAD, 'bewustwording', '2026-03-04', 30, null, 'training'),
  u("Workshop 'Wie ben ik en wat kan ik' bij Albeda college, zelfvertrouwen en eigen kracht, 17 studenten, gisteren", ALB, 'empowerment', '2026-03-10', 17, null, 'training'),
  u('roc van amsterdam afgelopen vrijdag werving en selectie training voor 7 hr adviseurs', ROC, 'objectief-werven', '2026-03-06', 7, null, 'training'),
  u('eergisteren bedrijfsbezoeken met 3 groepen studenten bij 4 bedrijven in de haven (ca. 60 studenten)', null, 'student-kent-werkgever', '2026-03-09', 60, null, 'bedrijfsbezoek'),
  u('TCR: netwerkbijeenkomst over stagediscriminatie met 15 leerbedrijven, vorige week woensdag', TCR, 'objectief-werven', '2026-03-04', 15, null, 'netwerkbijeenkomst'),
  u('Gisteravond ouderbijeenkomst Graafschap over studiekeuze en verwachtingen, 40 ouders', GRA, 'sociale-normen', '2026-03-10', 40, null, 'anders'),
  u('Albeda 10 maart teamoverleg over het borgen van de snuffelstages in het curriculum', ALB, 'student-kent-werkgever', '2026-03-10', null, 'borgen', 'overleg'),
  u('2 maart oriëntatiegesprek met nieuwe school ROCvA, we staan in fase 1', ROC, null, '2026-03-02', null, 'orienteren', 'intake'),
  u('Zadkine — mentoren training gesprek aangaan bij racistische opmerkingen, 10 mentoren, 27 februari', ZAD, 'omstander', '2026-02-27', 10, null, 'training'),
  u("vandaag cv-check en sollicitatiefoto's bij TCR voor 35 studenten", TCR, 'zoekgedrag', '2026-03-11', 35, null, 'training'),
  u('Vorige week vrijdag 2e veranderlab Albeda, verbeterplan klaar, volgende stap is uitvoeren (ontvouwen)', ALB, null, '2026-03-06', null, 'ontvouwen', 'veranderlab'),
  u('graafschap coll. leerbedrijvenavond, werkgevers maakten kennis met 28 bol-studenten, afgelopen dinsdag', GRA, 'werkgever-kent-student', '2026-03-10', 28, null, 'netwerkbijeenkomst'),
  u('TCR gastles van een ex-student die nu eigen bedrijf heeft, over doorzetten en in jezelf geloven, 24 studenten, maandag', TCR, 'empowerment', '2026-03-09', 24, null, 'gastles'),
  u('Werkbezoek met 11 studenten van Zadkine bij de gemeente, 5-3-2026', ZAD, 'student-kent-werkgever', '2026-03-05', 11, null, 'bedrijfsbezoek'),
];

export type Kind = 'update' | 'question' | 'unclear';

/** For the classifier: messages a coach might send, and what the bot should take them for. */
export const KINDS: { text: string; kind: Kind }[] = [
  ...DEV.map((d) => ({ text: d.text, kind: 'update' as const })),
  { text: 'Wanneer hoor ik of we geselecteerd zijn?', kind: 'question' },
  { text: 'wat is een leermeester', kind: 'question' },
  { text: 'Hoeveel budget krijgt een school per jaar?', kind: 'question' },
  { text: 'Hoe werkt een veranderlab?', kind: 'question' },
  { text: 'Kun je uitleggen wat objectief werven inhoudt?', kind: 'question' },
  { text: 'Wat is de Transitieroute', kind: 'question' },
  { text: 'Moet de eigen bijdrage ook 25.000 euro zijn?', kind: 'question' },
  { text: 'Hoe vaak komt de coach op schoolbezoek?', kind: 'question' },
  { text: 'welke mechanismen staan in de toolbox', kind: 'question' },
  { text: 'wie beoordeelt de aanmeldingen?', kind: 'question' },
  { text: 'Is er een training over bewustwording voor docenten?', kind: 'question' },
  { text: 'Hoeveel veranderlabs krijgt Albeda?', kind: 'question' },
  { text: 'ik wil weten hoe de leermeester-gezel koppeling werkt', kind: 'question' },
  { text: 'training bij Zadkine?', kind: 'unclear' },
  { text: 'veranderlab TCR', kind: 'unclear' },
  { text: 'Albeda', kind: 'unclear' },
  // Written with HOLDOUT, after the classifier was done.
  ...HOLDOUT.map((d) => ({ text: d.text, kind: 'update' as const })),
  { text: 'Mag ik het werkbudget ook gebruiken voor een bedrijfsbezoek?', kind: 'question' },
  { text: 'Wanneer is het volgende veranderlab bij Albeda?', kind: 'question' },
  { text: 'hoe lang duurt het begeleidingstraject', kind: 'question' },
  { text: 'Wat moet ik invullen bij het aanmeldformulier?', kind: 'question' },
  { text: 'gastles Zadkine', kind: 'unclear' },
  { text: 'Wat een goede dag gisteren bij Albeda: 24 studenten op bedrijfsbezoek!', kind: 'update' },
];
