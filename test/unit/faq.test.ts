import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { FaqEngine } from '../../src/features/faq/faq-engine';
import { knowledgeBaseProblems, type FaqEntry } from '../../src/features/faq/faq-entry';
import { evaluate, parseEvalFile } from '../../src/features/faq/faq-eval';
import {
  DEFAULT_FAQ_DIR,
  formatYaml,
  loadKnowledgeBaseFiles,
  loadSynonyms,
  serializeTopic,
} from '../../src/features/faq/faq-files';
import { normalize, TextAnalyzer } from '../../src/features/faq/faq-text';
import type { ReviewItem } from '../../src/features/faq/faq-repository';
import { groupReviews, reviewIdOf, uniqueId } from '../../src/features/faq/faq.service';

const kb = loadKnowledgeBaseFiles();
const synonyms = loadSynonyms();
const engine = new FaqEngine(kb, synonyms);
const EVAL_DIR = path.join(DEFAULT_FAQ_DIR, '..', 'faq-eval');
const evalFile = (name: string) => parseEvalFile(readFileSync(path.join(EVAL_DIR, name), 'utf8'));

function analyzer(): TextAnalyzer {
  const a = new TextAnalyzer('nl', synonyms);
  a.learnVocabulary(kb.entries.flatMap((e) => [e.nl.question, ...e.nl.alternates, e.nl.answer, e.nl.detail]));
  return a;
}

describe('FAQ knowledge base files', () => {
  it('When the files are loaded, then there are well over 60 entries, all valid, each in Dutch and English', () => {
    const faqs = kb.entries.filter((e) => e.kind === 'faq');
    assert.ok(faqs.length > 80, `${faqs.length} entries`);
    assert.deepEqual(knowledgeBaseProblems(kb), []);
    for (const e of faqs) {
      assert.ok(e.nl.alternates.length >= 3, `${e.id} has several Dutch phrasings`);
      assert.ok(e.en.question && e.en.answer, `${e.id} has English`);
      assert.ok(kb.sources[e.source.doc], `${e.id} names a known source`);
    }
    assert.ok(kb.entries.some((e) => e.kind === 'smalltalk' && e.id === 'st-wie-ben-jij'));
  });

  it('When a topic file is written back, then it is byte for byte what is in the repository (exports show only edits)', async () => {
    for (const file of readdirSync(DEFAULT_FAQ_DIR).filter((f) => f.endsWith('.yaml'))) {
      const topic = file.slice(0, -5);
      const entries = kb.entries.filter((e) => e.topic === topic);
      if (entries.length === 0) continue;
      const full = path.join(DEFAULT_FAQ_DIR, file);
      assert.equal(await formatYaml(serializeTopic(entries), full), readFileSync(full, 'utf8'), file);
    }
  });

  it('When the seed facts are asked for, then the knowledge base has them (dates, amounts, numbers)', () => {
    const all = kb.entries.map((e) => `${e.nl.answer} ${e.nl.detail}`).join('\n');
    for (const fact of [
      '1 januari 2021',
      'september 2023',
      '14 mei 2021',
      '28 mei 2021',
      '€ 25.000',
      'Acht',
      '50 scholen',
      'Vier jaar',
      'maximaal 5 scholen',
      'Drie keer per jaar',
      'twee',
      'Veertig procent',
      'acht op de tien',
      '2014',
      'Hayde Zarkeshan',
      'Peter Slegers',
      'Machteld de Jong',
      'UWV',
      'Regeling kwaliteitsafspraken mbo 2024–2027',
    ]) {
      assert.ok(all.includes(fact), `the knowledge base says "${fact}"`);
    }
  });
});

describe('FAQ text analysis', () => {
  it('When text has accents, capitals and markup, then it is folded to plain lower case', () => {
    assert.equal(
      normalize('<b>Oriënterende</b> BEDRIJFSBEZOEKEN &amp; €25.000').trim(),
      'orienterende  bedrijfsbezoeken    euro 25000',
    );
  });

  it('When a compound word is typed, then its known parts are matched too', () => {
    const a = analyzer();
    assert.deepEqual(a.splitCompound('begeleidingstraject'), ['begeleiding', 'traject']);
    const terms = a.terms('stageplekken');
    assert.ok(terms.includes('~bpv'), 'stage → bpv concept');
  });

  it('When an abbreviation or synonym is used, then it meets the same concept as the full words', () => {
    const a = analyzer();
    assert.ok(a.terms('bpv').includes('~bpv'));
    assert.ok(a.terms('beroepspraktijkvorming').includes('~bpv'));
    assert.ok(a.terms('OA').includes('~oa'));
    assert.ok(a.terms('Onderwijs Alliantie').includes('~oa'));
    assert.ok(a.terms('pro/vso').includes('~provso'));
    assert.ok(a.terms('NPO-middelen').includes('~npo'));
    assert.deepEqual([...a.analyze('hoe werkt het begeleidingstraject van GKDI').programmes], ['gkdi']);
  });

  it('When words are typed apart that the knowledge base writes as one, then they are read as one', () => {
    const a = analyzer();
    const groups = a.analyze('wat is een verander lab').groups;
    assert.ok(groups.every((g) => g.terms.includes('~veranderlab')));
  });
});

describe('FAQ decisions', () => {
  const decide = (q: string, locale: 'nl' | 'en' = 'nl') => engine.decide(q, locale);

  it('When a clear question is asked with typos and abbreviations, then it is answered with the right entry', () => {
    for (const [q, id] of [
      ['wanneer hoor ik of we geselecteert zijn', 'gkdi-uitslag-datum'],
      ['hoeveel mbo scholen doen mee aan het begeleidingstrajekt', 'gkdi-traject-aantal-scholen'],
      ['hoeveel krijgt een school in het begeleidingstraject', 'gkdi-werkbudget'],
      ['wat betekent pro/vso', 'ia-pro-vso'],
    ] as const) {
      const d = decide(q);
      assert.equal(d.kind, 'answer', q);
      assert.equal(d.kind === 'answer' ? d.entry.id : '', id, q);
    }
  });

  it('When a question fits two programmes, then it is not answered but both are offered', () => {
    const d = decide('hoeveel scholen');
    assert.equal(d.kind, 'suggest');
    const ids = d.kind === 'suggest' ? d.choices.map((c) => c.entry.id) : [];
    assert.ok(ids.includes('oa-aantal-scholen') && ids.includes('gkdi-traject-aantal-scholen'), ids.join());
    assert.ok(ids.length <= 3);
  });

  it('When the two best entries are about the same programme and close, then it asks "Bedoelde je…?" with both', () => {
    const d = decide('wat zijn de mechanismen uit de toolbox');
    assert.equal(d.kind, 'suggest');
    const ids = d.kind === 'suggest' ? d.choices.map((h) => h.entry.id) : [];
    assert.ok(ids.includes('gkdi-mechanismen') && ids.includes('gkdi-toolbox'), ids.join(', '));
  });

  it('When a question has an amount the best entry does not have, then it is not answered directly', () => {
    assert.equal(decide('hoeveel krijgt een school in het begeleidingstraject').kind, 'answer');
    const d = decide('krijgen we 40000 euro in het begeleidingstraject');
    assert.notEqual(d.kind, 'answer');
  });

  it('When a question names a programme the best entry is not about, then it is never answered directly', () => {
    // The OA plan names no budget per school: the GKDI budget must not be given as the answer.
    const d = decide('hoeveel geld krijgt een school van de onderwijsalliantie');
    assert.notEqual(d.kind === 'answer' ? d.entry.id : '', 'gkdi-werkbudget');
  });

  it('When a question is about something else entirely, then the engine says it does not know', () => {
    for (const q of ['hoe reset ik mijn laptop', 'wat is de hoofdstad van frankrijk', 'xyzzy plugh']) {
      assert.equal(decide(q).kind, 'unknown', q);
    }
  });

  it('When the whole message is a greeting or thanks (with a small typo), then it is small talk', () => {
    for (const q of ['hoi', 'Goedemorgen!', 'dankjewel kansenwijzer', 'bedankr']) {
      assert.equal(decide(q).kind, 'smalltalk', q);
    }
    assert.notEqual(decide('hoi, wanneer is de deadline van gkdi?').kind, 'smalltalk');
  });

  it('When asked in English with the English locale, then the English index answers', () => {
    const d = decide('how much money does a school get in the support track', 'en');
    assert.equal(d.kind === 'answer' ? d.entry.id : d.kind, 'gkdi-werkbudget');
  });
});

describe('FAQ evaluation sets', () => {
  const tune = evalFile('tune.tsv');
  const heldout = evalFile('heldout.tsv');
  const blind = evalFile('blind.tsv');

  it('When the evaluation sets are read, then they have 100+ paraphrases that are not alternates, 15+ out of scope, known ids', () => {
    const all = [...tune, ...heldout, ...blind];
    assert.ok(all.length >= 100);
    assert.ok(all.filter((c) => c.expected === 'none').length >= 15);
    const phrasings = new Set(
      kb.entries
        .flatMap((e: FaqEntry) => [...e.nl.alternates, ...e.en.alternates])
        .map((p) =>
          normalize(p)
            .replace(/[^a-z0-9]+/g, ' ')
            .trim(),
        ),
    );
    for (const c of all) {
      assert.ok(
        !phrasings.has(
          normalize(c.question)
            .replace(/[^a-z0-9]+/g, ' ')
            .trim(),
        ),
        `line ${c.line} is an alternate`,
      );
      assert.ok(c.expected === 'none' || engine.byId.has(c.expected), `line ${c.line}: ${c.expected}`);
    }
    const tuneQuestions = new Set(tune.map((c) => c.question));
    assert.ok(
      heldout.every((c) => !tuneQuestions.has(c.question)),
      'held-out questions are not in the tuning set',
    );
    const seen = new Set([...tune, ...heldout].map((c) => c.question));
    assert.ok(
      blind.every((c) => !seen.has(c.question)),
      'blind questions are in neither the tuning nor the held-out set',
    );
    assert.ok(blind.filter((c) => c.expected !== 'none').length >= 40, 'blind: 40+ in scope');
    assert.ok(blind.filter((c) => c.expected === 'none').length >= 10, 'blind: 10+ out of scope');
  });

  it('When the tuning set is evaluated, then quality stays at the tuned level (top-1 ≥ 88 %, answered right ≥ 78 %, wrong ≤ 2 %, every out-of-scope question unanswered)', () => {
    // top-1 was ≥ 90 % before 15 harder questions (deadline, inschrijven, …) were added for issue 11.
    const r = evaluate(engine, tune);
    assert.ok(r.top1 >= 0.88, `top-1 ${r.top1}`);
    assert.ok(r.answeredCorrectly >= 0.78, `answered right ${r.answeredCorrectly}`);
    assert.equal(r.outOfScopeNotAnswered, 1, `out of scope ${r.outOfScopeNotAnswered}`);
    assert.ok(r.answeredWrongly <= 0.02, `wrong ${r.answeredWrongly}`);
    assert.ok(r.mrr3 >= 0.9, `MRR@3 ${r.mrr3}`);
  });

  it('When an evaluation line is malformed, then parsing says which line', () => {
    assert.throws(() => parseEvalFile('# c\nonly a question\n'), /line 2/);
    assert.throws(() => parseEvalFile('q\tid\tfr\n'), /locale/);
  });
});

describe('FAQ ids for new entries', () => {
  it('When a beheerder writes a new entry, then its id is readable and unique', () => {
    assert.equal(
      uniqueId('Hoe laat gaat de kantine open?', () => false),
      'hoe-laat-gaat-de-kantine-open',
    );
    const taken = new Set(['wifi', 'wifi-2']);
    assert.equal(
      uniqueId('Wifi!', (x) => taken.has(x)),
      'wifi-3',
    );
    assert.equal(
      uniqueId('🙂', () => false),
      'vraag',
    );
  });
});

describe('FAQ review groups', () => {
  const item = (id: string, key: string[], lastAt: string, count = 1): ReviewItem => ({
    id,
    status: 'open',
    key,
    questions: [{ text: `${id}?`, locale: 'nl', reason: 'unanswered', entryIds: [], at: lastAt }],
    count,
    firstAt: lastAt,
    lastAt,
  });
  const items = [
    item('a', ['kantin', 'lat', 'open'], '2026-03-02T08:00:00Z', 2),
    item('b', ['kantin', 'lat', 'open', 'vandag'], '2026-03-02T10:00:00Z', 3),
    item('c', ['wachtwoord', 'wifi'], '2026-03-02T09:00:00Z'),
    item('d', ['kantin', 'open', 'wanner'], '2026-03-02T07:00:00Z'),
  ];
  const shape = (list: readonly ReviewItem[]) =>
    groupReviews(list).map((g) => [g.id, g.members.map((m) => m.id), g.count, g.lastAt]);

  it('When items share most of their words, then they are one group led by the newest, with their counts added', () => {
    assert.deepEqual(shape(items), [
      ['b', ['b', 'a'], 5, '2026-03-02T10:00:00Z'],
      ['c', ['c'], 1, '2026-03-02T09:00:00Z'],
      ['d', ['d'], 1, '2026-03-02T07:00:00Z'],
    ]);
    assert.deepEqual(
      groupReviews(items)[0]?.questions.map((q) => q.text),
      ['b?', 'a?'],
      'questions newest first',
    );
  });

  it('When the items come in another order, then the groups are the same', () => {
    assert.deepEqual(shape([...items].reverse()), shape(items));
    assert.deepEqual(shape([items[2]!, items[0]!, items[3]!, items[1]!]), shape(items));
  });

  it('When a question’s words are known, then its first review item has the same id every time', () => {
    assert.equal(reviewIdOf(['kantin', 'open']), reviewIdOf(['kantin', 'open']));
    assert.notEqual(reviewIdOf(['kantin', 'open']), reviewIdOf(['kantin', 'dicht']));
    assert.match(reviewIdOf([]), /^q-[0-9a-f]{24}$/);
  });
});
