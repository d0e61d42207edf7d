/**
 * Labelled chat messages for the understanding step (src/features/understanding): which intent a person
 * means when they type this in plain words.
 *
 * Written before the classifier was tuned. `TUNE` may be looked at while adding example phrasings and
 * setting thresholds; `HELDOUT` is never tuned on, so its score shows how the step does on new text.
 * `COMMANDS` are the commands the features route today: the step must leave every one of them alone.
 *
 * Labelling rules:
 * - a sentence asking the bot to *do* a job gets that job's intent ("ik wil mijn school aanmelden");
 * - a question *about* the programmes gets `faq.question` ("tot wanneer kan ik me aanmelden?"), even
 *   when it names a job's words: the FAQ answers it;
 * - a sentence that reports what happened at a school is `logboek.entry` (only coaches may log it);
 * - greetings, thanks, goodbyes and "how are you" are chit-chat.
 */
export type IntentLabel =
  | 'aanmelding.start'
  | 'aanmelding.resume'
  | 'aanmelding.status'
  | 'review.list'
  | 'review.rounds'
  | 'logboek.new'
  | 'logboek.list'
  | 'logboek.overview'
  | 'logboek.pause'
  | 'logboek.resume'
  | 'logboek.entry'
  | 'matching.search'
  | 'matching.profile'
  | 'matching.round'
  | 'matching.settings'
  | 'admin.menu'
  | 'faq.review'
  | 'core.help'
  | 'privacy.mine'
  | 'privacy.erase'
  | 'faq.question'
  | 'chitchat.greeting'
  | 'chitchat.thanks'
  | 'chitchat.bye'
  | 'chitchat.howareyou';

export interface LabelledMessage {
  text: string;
  intent: IntentLabel;
  locale: 'nl' | 'en';
}

const nl = (intent: IntentLabel, ...texts: string[]): LabelledMessage[] =>
  texts.map((text) => ({ text, intent, locale: 'nl' }));
const en = (intent: IntentLabel, ...texts: string[]): LabelledMessage[] =>
  texts.map((text) => ({ text, intent, locale: 'en' }));

export const TUNE: LabelledMessage[] = [
  ...nl(
    'aanmelding.start',
    'ik wil mijn school aanmelden',
    'hoe meld ik onze school aan',
    'wij willen graag meedoen met het begeleidingstraject, kan ik ons aanmelden?',
    'aanmelding doen voor onze locatie',
    'ik wil me inschrijven voor het traject',
    'school aanmeldne',
    'kan ik hier een aanmelding starten',
  ),
  ...en('aanmelding.start', 'i want to apply for my school', 'start an application', 'sign our school up'),
  ...nl('aanmelding.resume', 'ik wil verder met mijn aanmelding', 'mijn aanmelding afmaken'),
  ...en('aanmelding.resume', 'continue my application please'),
  ...nl(
    'aanmelding.status',
    'hoe staat het met onze aanmelding',
    'is mijn aanmelding al beoordeeld?',
    'wat is de status van mijn aanmelding',
  ),
  ...en('aanmelding.status', 'what is the status of my application'),
  ...nl('review.list', 'ik wil aanmeldingen beoordelen', 'welke aanmeldingen moet ik nog scoren'),
  ...en('review.list', 'show me the applications to review'),
  ...nl('review.rounds', 'laat de aanmeldrondes zien', 'ik wil een nieuwe ronde openen'),
  ...nl(
    'logboek.new',
    'ik wil een update doorgeven',
    'ik wil iets in het logboek zetten',
    'nieuwe interventie registreren',
    'update invoeren voor albeda',
    'ik wil een verslag maken van de training',
  ),
  ...en('logboek.new', 'i want to log an update', 'add a new log entry'),
  ...nl(
    'logboek.list',
    'laat mijn updates zien',
    'wat heb ik allemaal gelogd',
    'mijn laatste updates bekijken',
  ),
  ...en('logboek.list', 'show my updates'),
  ...nl(
    'logboek.overview',
    'geef me een overzicht van mijn scholen',
    'hoe staan mijn scholen ervoor',
    'overzicht van de interventies per school',
  ),
  ...en('logboek.overview', 'give me an overview of my schools'),
  ...nl(
    'logboek.pause',
    'ik ben op vakantie tot 1 april',
    'vakantie tot 1 april',
    'ik ben er niet tot 1 april',
    'geen herinneringen sturen tot 20 juli',
    'herinneringen uitzetten tot volgende maand',
  ),
  ...en('logboek.pause', 'i am on holiday until 3 august', 'stop the reminders until 1 may'),
  ...nl('logboek.resume', 'ik ben terug, stuur weer herinneringen', 'herinneringen weer aanzetten'),
  ...en('logboek.resume', 'turn the reminders back on'),
  ...nl(
    'logboek.entry',
    'gisteren 24 studenten op bedrijfsbezoek bij Albeda',
    'vandaag een training omstandersgedrag gegeven aan 12 docenten van Zadkine',
    'op 3 maart speeddate met werkgevers gehouden, 30 studenten',
    'vorige week veranderlab gedaan met het projectteam van Deltion',
  ),
  ...en('logboek.entry', 'yesterday 15 students visited an employer with Albeda'),
  ...nl(
    'matching.search',
    'ik zoek een mentor',
    'ik zoek een leermeester voor onze school',
    'kun je me koppelen aan een ervaren schoolleider',
    'ik wil gezel worden',
    'ik zoek iemand die me kan begeleiden als schoolleider',
  ),
  ...en('matching.search', 'i am looking for a mentor', 'find me a mentor please'),
  ...nl(
    'matching.profile',
    'ik wil leermeester worden',
    'mijn leermeester profiel aanpassen',
    'ik wil mijn profiel invullen',
  ),
  ...en('matching.profile', 'i want to become a mentor', 'edit my profile'),
  ...nl('matching.round', 'gezellen aan leermeesters koppelen', 'matchronde starten'),
  ...nl('matching.settings', 'de gewichten van de matching aanpassen'),
  ...nl('admin.menu', 'ik wil iemand een rol geven', 'scholen beheren'),
  ...en('admin.menu', 'give someone a role'),
  ...nl('faq.review', 'welke vragen staan nog open', 'laat de onbeantwoorde vragen zien'),
  ...nl(
    'core.help',
    'wat kan je allemaal?',
    'wat kun jij voor me doen',
    'waar kan ik je voor gebruiken',
    'hoe werkt deze bot',
    'ik snap niet hoe dit werkt',
  ),
  ...en('core.help', 'what can you do?', 'how does this work'),
  ...nl('privacy.mine', 'welke gegevens heb je van mij', 'wat sla je over mij op'),
  ...en('privacy.mine', 'what data do you have about me'),
  ...nl('privacy.erase', 'wis alles wat je van mij weet', 'ik wil dat mijn gegevens verwijderd worden'),
  ...en('privacy.erase', 'please delete all my data'),
  ...nl(
    'faq.question',
    'tot wanneer kan ik me aanmelden?',
    'wat is de deadline om je aan te melden?',
    'hoeveel budget krijgt een school?',
    'wat is een veranderlab',
    'wie zitten er in de expertgroep?',
    'wanneer horen we of we zijn geselecteerd',
    'wat doet een leermeester precies?',
    'wat is de transitieroute',
    'hoeveel scholen doen mee aan de alliantie',
    'wat moet ik invullen bij het vraagstuk',
    'wat is passend onderwijs in de bpv',
    'welke criteria gebruikt de expertgroep',
  ),
  ...en(
    'faq.question',
    'when is the application deadline?',
    'how much funding does a school get',
    'what is a learning network',
  ),
  ...nl('chitchat.greeting', 'hoi', 'goedemorgen!', 'hallo kansenwijzer', 'hey daar', 'goeiemiddag allemaal'),
  ...en('chitchat.greeting', 'hello', 'good morning'),
  ...nl('chitchat.thanks', 'dank je wel', 'top, bedankt!', 'super, dankjewel voor je hulp', 'thnx'),
  ...en('chitchat.thanks', 'thanks a lot', 'thank you so much'),
  ...nl('chitchat.bye', 'doei', 'tot later!', 'fijne dag nog'),
  ...en('chitchat.bye', 'bye', 'see you'),
  ...nl('chitchat.howareyou', 'hoe gaat het', 'alles goed met je?'),
  ...en('chitchat.howareyou', 'how are you doing'),
];

/** Never tuned on. */
export const HELDOUT: LabelledMessage[] = [
  ...nl(
    'aanmelding.start',
    'wij willen ons als school aanmelden voor gelijke kansen',
    'graag wil ik onze mbo-locatie opgeven',
    'ik wil me aanmleden',
    'waar kan ik ons aanmelden',
  ),
  ...en('aanmelding.start', 'how do I sign up our school', 'i would like to apply'),
  ...nl('aanmelding.resume', 'ik was bezig met een aanmelding, verder gaan'),
  ...nl('aanmelding.status', 'is er al nieuws over onze aanmelding', 'status van onze aanmelding graag'),
  ...en('aanmelding.status', 'has my application been reviewed yet'),
  ...nl('review.list', 'ik moet de aanmeldingen scoren'),
  ...nl(
    'logboek.new',
    'ik wil een nieuwe update toevoegen',
    'ik heb een update voor het logboek',
    'kan ik een interventie vastleggen',
  ),
  ...en('logboek.new', 'i want to add an update', 'record a new intervention'),
  ...nl('logboek.list', 'toon mijn eerdere updates', 'welke updates heb ik al gedaan'),
  ...en('logboek.list', 'list my previous updates'),
  ...nl('logboek.overview', 'laat het overzicht van mijn scholen zien', 'hoe gaat het op mijn scholen'),
  ...en('logboek.overview', 'overview of the schools please'),
  ...nl(
    'logboek.pause',
    'ik ben met vakantie tot 15 augustus',
    'ik ben afwezig tot 2 mei',
    'stuur even geen herinneringen tot 1 juni',
  ),
  ...en('logboek.pause', 'i am away until 10 april', 'no reminders until june 1'),
  ...nl('logboek.resume', 'ik ben weer terug van vakantie'),
  ...nl(
    'logboek.entry',
    'vanochtend gastles gegeven over sociale normen aan 2 klassen bij techniek college rotterdam',
    'afgelopen dinsdag werkgeversontbijt met 8 bedrijven bij Albeda gehad',
    'vandaag met 20 studenten van Zadkine sollicitatietraining gedaan',
  ),
  ...en('logboek.entry', 'today we ran a workshop on bias for 10 teachers at Zadkine'),
  ...nl(
    'matching.search',
    'ik zoek een mentor voor mij als directeur',
    'ik wil graag een leermeester',
    'kan ik een ervaren collega als mentor krijgen',
    'ik zoek een maatje van een andere school',
  ),
  ...en('matching.search', 'help me find a mentor', 'can you match me with a mentor'),
  ...nl('matching.profile', 'ik wil mentor zijn voor een andere school', 'profiel bekijken'),
  ...en('matching.profile', 'show my mentor profile'),
  ...nl('matching.round', 'gezellen verdelen over de leermeesters'),
  ...nl('admin.menu', 'naar het beheer'),
  ...nl('faq.review', 'open vragen bekijken'),
  ...nl(
    'core.help',
    'wat kan ik hier allemaal doen?',
    'help me',
    'wat zijn je functies',
    'waarmee kun je helpen',
  ),
  ...en('core.help', 'what can you help me with', 'what are your features'),
  ...nl('privacy.mine', 'wat weet je allemaal van mij', 'mijn gegevens inzien'),
  ...en('privacy.mine', 'show my personal data'),
  ...nl('privacy.erase', 'verwijder al mijn data'),
  ...nl(
    'faq.question',
    'wanneer sluit de aanmelding?',
    'wat is de OnderwijsAlliantie',
    'hoeveel eigen geld moet een school bijleggen',
    'wie beoordeelt de aanmeldingen?',
    'wat gebeurt er als we niet geselecteerd worden',
    'hoe lang duurt het begeleidingstraject',
    'wat is het verschil tussen een leermeester en een gezel',
    'wat houdt inclusief advies in',
    'hoeveel scholen kunnen meedoen met het traject?',
  ),
  ...en('faq.question', 'who can apply for the support track?', 'what is the transition route'),
  ...nl('chitchat.greeting', 'hallo!', 'goedenavond', 'hoi hoi'),
  ...en('chitchat.greeting', 'hi there'),
  ...nl('chitchat.thanks', 'bedankt!', 'dankje', 'heel fijn, dank je'),
  ...en('chitchat.thanks', 'cheers, thanks'),
  ...nl('chitchat.bye', 'tot ziens', 'doeg'),
  ...en('chitchat.bye', 'goodbye'),
  ...nl('chitchat.howareyou', 'hoe is het met je?'),
];

/** Commands the features route today (one or more per route); the step must never take one. */
export const COMMANDS: string[] = [
  'aanmelden',
  'Aanmelden!',
  'aanmelding starten',
  'nieuwe aanmelding',
  'apply',
  'verder met aanmelding',
  'verder met mijn aanmelding',
  'aanmelding hervatten',
  'continue application',
  'status',
  'mijn aanmelding',
  'mijn aanmeldingen',
  'my applications',
  'aanmeldingen',
  'beoordelen',
  'review',
  'rondes',
  'rounds',
  'beheer',
  'admin',
  'rollen',
  'roles',
  'scholen',
  'schools',
  'help',
  'hulp',
  '?',
  'menu',
  'wat kan je',
  'wat kun je allemaal doen?',
  'faq beheer',
  'faq wachtrij',
  'open vragen',
  'nieuwe update',
  'update toevoegen',
  'nieuw verslag',
  'new update',
  'mijn updates',
  'updates',
  'logboek',
  'my updates',
  'overzicht',
  'overzicht Albeda',
  'overview',
  'pauzeer tot 1 april',
  'pauze tot 12 augustus',
  'pause until 1 may',
  'hervat',
  'herinneringen aan',
  'resume',
  'mijn profiel',
  'profiel',
  'my profile',
  'zoek een leermeester',
  'zoek leermeester',
  'find a mentor',
  'verdeel gezellen',
  'verdeel de gezellen',
  'matching instellingen',
  'matching settings',
  'mijn gegevens',
  'mijn data',
  'wat weet je over mij?',
  'my data',
  'verwijder mijn gegevens',
  'wis mijn gegevens',
  'delete my data',
];
