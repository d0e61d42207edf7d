import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import { DEV, HOLDOUT, KINDS, SCHOOLS, TODAY } from '../../bench/data/logboek-labelled';
import { scoreSet } from '../../bench/logboek';
import type { InterventionUpdate } from '../../src/domain/logboek';
import { looksLikeUpdate } from '../../src/features/logboek/classify';
import { toCsv } from '../../src/export/table-export';
import { exportRows, pseudonym, updatesTable } from '../../src/features/logboek/export';
import { extractUpdate } from '../../src/features/logboek/extract';
import { findFutureDate } from '../../src/features/logboek/extract/dates';
import { normalise } from '../../src/features/logboek/extract/text';
import { statsOf } from '../../src/features/logboek/overview';
import { loadConfig } from '../../src/config';

const zone = 'Europe/Amsterdam';
const x = (text: string, today = TODAY) => extractUpdate(text, { schools: SCHOOLS, today });

describe('logboek extractor', () => {
  describe('dates (today is Wednesday 11 March 2026)', () => {
    const cases: [string, string | null][] = [
      ['vandaag training', '2026-03-11'],
      ['vanmiddag training', '2026-03-11'],
      ['gisteren training', '2026-03-10'],
      ['gistren training', '2026-03-10'],
      ['eergisteren training', '2026-03-09'],
      ['afgelopen maandag training', '2026-03-09'],
      ['afgelopen woensdag training', '2026-03-04'],
      ['maandag jl. training', '2026-03-09'],
      ['vorige week donderdag training', '2026-03-05'],
      ['donderdag vorige week training', '2026-03-05'],
      ['vrijdag training', '2026-03-06'],
      ['3 maart training', '2026-03-03'],
      ['3 mrt. training', '2026-03-03'],
      ['10-03-2026 training', '2026-03-10'],
      ['10/3/26 training', '2026-03-10'],
      ['training 5-3', '2026-03-05'],
      ['training 2026-03-10', '2026-03-10'],
      ['3 dagen geleden training', '2026-03-08'],
      ['twee weken geleden training', '2026-02-25'],
      ['komende vrijdag training', '2026-03-13'],
      ['20 december training', '2025-12-20'],
      ['training met 24 studenten', null],
      ['training voor 9-12 jarigen', null],
    ];
    for (const [text, date] of cases) {
      it(`When a coach writes "${text}", then the date is ${date ?? 'unknown'}`, () => {
        assert.equal(x(text).date, date);
      });
    }

    it('When today is a Monday, then "afgelopen maandag" is a week ago and "maandag" is today', () => {
      assert.equal(x('afgelopen maandag training', '2026-03-09').date, '2026-03-02');
      assert.equal(x('maandag training', '2026-03-09').date, '2026-03-09');
    });

    it('When it is 00:30 in Amsterdam but still yesterday in UTC, then "vandaag" is the Amsterdam day', () => {
      const now = DateTime.fromISO('2026-03-10T23:30:00Z');
      assert.equal(
        extractUpdate('vandaag training', { schools: SCHOOLS, today: now, timeZone: zone }).date,
        '2026-03-11',
      );
    });

    it('When a pause date has no year, then it is the next such day', () => {
      const today = DateTime.fromISO('2026-03-11', { zone });
      assert.equal(findFutureDate(normalise('pauzeer tot 1 april'), today), '2026-04-01');
      assert.equal(findFutureDate(normalise('pauzeer tot 1 februari'), today), '2027-02-01');
      assert.equal(findFutureDate(normalise('pauzeer tot blabla'), today), undefined);
    });
  });

  describe('participants', () => {
    const cases: [string, number | null][] = [
      ['6 leidinggevenden + 2 coaches', 8],
      ['35 studenten en 8 werkgevers', 43],
      ['twee workshops, samen 34 studenten', 34],
      ['3 groepen studenten (ca. 60 studenten)', 60],
      ['2 klassen logistiek', null],
      ['HR van 6 leerbedrijven', 6],
      ['40 studenten, 10 bedrijven', 40],
      ['docenten (11) bekeken', 11],
      ['vijfentwintig studenten', 25],
      ['1.200 bezoekers', 1200],
      ['fase 2 met studenten', null],
      ['3 maart 20 studenten', 20],
      ['een ondernemer en 25 studenten', 25],
    ];
    for (const [text, count] of cases) {
      it(`When a coach writes "${text}", then participants is ${count ?? 'unknown'}`, () => {
        assert.equal(x(text).participants, count);
      });
    }
  });

  describe('schools', () => {
    it('When a coach writes initials, a short name, a typo or an elision, then the school is found', () => {
      assert.equal(x('workshop bij TCR').school, 'techniek-college-rotterdam');
      assert.equal(x('workshop bij ROCvA').school, 'roc-van-amsterdam');
      assert.equal(x('workshop bij Albdea').school, 'albeda');
      assert.equal(x("intake Techniek College R'dam").school, 'techniek-college-rotterdam');
      assert.equal(x('graafschap: training').school, 'graafschap-college');
    });

    it('When a city is named, then it is not taken for "ROC van Amsterdam"', () => {
      assert.equal(x('netwerkbijeenkomst in Amsterdam').school, null);
    });

    it('When two schools are named, then the first is taken and marked uncertain', () => {
      const r = x('Albeda en Zadkine samen op bedrijfsbezoek');
      assert.equal(r.school, 'albeda');
      assert.ok(r.confidence.school < 0.75);
    });

    it('When the coach has one school and names none, then it is that school, marked uncertain', () => {
      const r = extractUpdate('gastles gisteren', { schools: SCHOOLS.slice(0, 1), today: TODAY });
      assert.equal(r.school, 'albeda');
      assert.ok(r.confidence.school < 0.75);
    });
  });

  describe('the labelled set', () => {
    it('When the extractor reads the labelled set, then at least 90 % of the fields are right (dev and holdout)', () => {
      for (const set of [DEV, HOLDOUT]) {
        const s = scoreSet(set);
        assert.ok(s.right / s.total >= 0.9, `${s.right}/${s.total}\n${s.misses.join('\n')}`);
      }
      assert.ok(DEV.length + HOLDOUT.length >= 60);
    });

    it('When the classifier reads the labelled messages, then no question is taken for an update or the other way round', () => {
      for (const k of KINDS) {
        const got = looksLikeUpdate(k.text, SCHOOLS, TODAY);
        assert.ok(
          !(k.kind === 'question' && got === 'update') && !(k.kind === 'update' && got === 'question'),
          `${k.text}: ${got}`,
        );
      }
    });

    it('When a message is empty, a command or a question, then it is not an update', () => {
      assert.equal(looksLikeUpdate('', SCHOOLS, TODAY), 'question');
      assert.equal(looksLikeUpdate('zoek een leermeester', SCHOOLS, TODAY), 'question');
      assert.equal(
        looksLikeUpdate('Wanneer is het volgende veranderlab bij Albeda?', SCHOOLS, TODAY),
        'question',
      );
      assert.equal(looksLikeUpdate('training bij Zadkine?', SCHOOLS, TODAY), 'unclear');
    });
  });
});

describe('logboek overview and export', () => {
  const base: InterventionUpdate = {
    id: 'u1',
    schoolId: 'albeda',
    coachId: 'A0000000-0000-4000-8000-000000000002',
    coachName: 'Alice',
    date: '2025-07-31',
    activityType: 'schoolbezoek',
    mechanism: null,
    participants: null,
    phase: null,
    text: 'bezoek',
    createdAt: '2025-07-31T10:00:00Z',
    updatedAt: '2025-07-31T10:00:00Z',
    deleted: false,
    history: [],
  };

  it('When visits fall on both sides of 1 August, then only this school year counts against the target', () => {
    const today = DateTime.fromISO('2026-03-11', { zone });
    const s = statsOf('albeda', [base, { ...base, id: 'u2', date: '2025-08-01' }], today);
    assert.equal(s.visitsThisYear, 1);
    assert.equal(s.schoolYear, '2025-2026');
    assert.equal(s.daysSinceLast, 222);
  });

  it('When the same coach is exported twice, then the pseudonym is the same; another secret gives another one', () => {
    assert.equal(pseudonym(base.coachId, 's1'), pseudonym(base.coachId.toLowerCase(), 's1'));
    assert.notEqual(pseudonym(base.coachId, 's1'), pseudonym(base.coachId, 's2'));
    const [row] = exportRows([base], [], { pseudonymSecret: 's1' });
    assert.match(String(row!.coach), /^coach-[0-9a-f]{10}$/);
  });

  it('When text holds quotes, commas, newlines or a formula, then the CSV keeps it as one safe cell', () => {
    const csv = toCsv(updatesTable(exportRows([{ ...base, text: '=1+1, "ja"\nnee' }], [], {}))).toString();
    assert.match(csv, /,"'=1\+1, ""ja""\nnee",/);
  });
});

describe('logboek settings', () => {
  it('When no logbook settings are given, then reminders come after 14 days on weekdays 9-17 and the scheduler runs', () => {
    const { logboek } = loadConfig({});
    assert.deepEqual(logboek, {
      reminderDays: 14,
      scheduler: true,
      intervalSeconds: 300,
      workHours: { start: 9, end: 17 },
    });
  });

  it('When the logbook settings are wrong, then every problem is reported at once', () => {
    assert.throws(
      () =>
        loadConfig({ LOGBOEK_REMINDER_DAYS: '0', LOGBOEK_WORK_HOURS: '17-9', LOGBOEK_SCHEDULER: 'maybe' }),
      (err: Error) =>
        /LOGBOEK_REMINDER_DAYS/.test(err.message) &&
        /LOGBOEK_WORK_HOURS: start hour must be before end hour/.test(err.message) &&
        /LOGBOEK_SCHEDULER/.test(err.message),
    );
  });
});
