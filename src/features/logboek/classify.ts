import { DateTime } from 'luxon';
import { extractUpdate, type SchoolRef } from './extract';
import { normalise } from './extract/text';

export type MessageKind = 'update' | 'question' | 'unclear';

const QUESTION_START =
  /^(wat|wie|waar|wanneer|hoe|hoeveel|welke?|waarom|kan|kun|kunnen|mag|mogen|moet|moeten|is|zijn|heb|hebben|heeft|bestaat|weet|klopt|wordt|worden|krijgt|krijgen|geldt|waarvoor|wil|zou)\b/;
const QUESTION_PHRASE =
  /ik wil weten|weet (jij|je|u)|kun je|kan je|kunt u|vraag(je)? over|uitleg over|leg .* uit/;
const PAST_TENSE =
  /\b(gehad|gedaan|gegeven|georganiseerd|gehouden|afgerond|bezocht|gesproken|besproken|geweest|was|waren|hadden|kwamen|kregen|liepen|maakten|presenteerden|gepresenteerd|gestart|ontvangen|geholpen|bekeken|beoordeelde|opgezet|uitgevoerd|gevoerd|gewerkt|gemaakt|ontwikkeld)\b/;

/**
 * Is this chat message a logbook update, a question (for the FAQ), or unclear (ask the user)?
 * Signals of an update: a school of theirs, a date, an activity, a count, a mechanism, past tense.
 * Signals of a question: a question mark, a question word at the start, "ik wil weten".
 * Exported for the FAQ feature, so both agree on where a message goes.
 */
export function looksLikeUpdate(
  text: string,
  coachSchools: readonly SchoolRef[],
  today: string | DateTime = DateTime.now(),
): MessageKind {
  const norm = normalise(text).trim();
  if (norm.length === 0) return 'question';
  const x = extractUpdate(text, { schools: coachSchools, today });
  const named = (field: keyof typeof x.confidence, min = 0.6) => x.confidence[field] >= min;
  // A school "found" only because the coach has one school is not a signal.
  const update =
    (named('school', 0.7) ? 2 : 0) +
    (named('date') ? 2 : 0) +
    (x.activityType ? 1 : 0) +
    (x.participants !== null ? 1 : 0) +
    (x.mechanism ? 1 : 0) +
    (x.phase ? 1 : 0) +
    (PAST_TENSE.test(norm) ? 1 : 0);
  const asks = norm.endsWith('?');
  // "Wat een goede dag!" exclaims; it does not ask.
  const startsLikeQuestion = QUESTION_START.test(norm) && !(/^wat een\b/.test(norm) && !asks);
  const question = (asks ? 2 : 0) + (startsLikeQuestion ? 2 : 0) + (QUESTION_PHRASE.test(norm) ? 2 : 0);

  if (question === 0) return update >= 4 ? 'update' : update >= 2 ? 'unclear' : 'question';
  if (question >= 4) return update >= 5 ? 'unclear' : 'question';
  return update >= 3 ? 'unclear' : 'question';
}
