import type { Activity } from 'botbuilder';
import { STEPS, type Application, type StepId } from '../../src/domain/application';
import type { Round } from '../../src/domain/round';
import type { Role } from '../../src/domain/user';
import {
  CosmosApplicationRepository,
  CosmosReviewRepository,
} from '../../src/features/aanmelding/application-repository';
import { CosmosRoundRepository } from '../../src/features/aanmelding/round-repository';
import { ROUND, VALID_STEP_INPUT } from './aanmelding-fixtures';
import { cardOf, type TestBot, type TestUser } from './bot';

export const BOB = { aadObjectId: 'b0b00000-0000-4000-8000-000000000003', name: 'Bob Bakker' };
export const RENSKE = { aadObjectId: 'c0000000-0000-4000-8000-000000000004', name: 'Renske Reviewer' };
export const RUUD = { aadObjectId: 'c0000000-0000-4000-8000-000000000005', name: 'Ruud Reviewer' };

export const submitValue = (value: Record<string, unknown>): Partial<Activity> => ({
  type: 'message',
  value,
});

export const repos = (bot: TestBot) => ({
  rounds: new CosmosRoundRepository(bot.db.containers.applications),
  applications: new CosmosApplicationRepository(bot.db.containers.applications),
  reviews: new CosmosReviewRepository(bot.db.containers.applications),
});

export async function seedRound(bot: TestBot, round: Round = ROUND): Promise<Round> {
  const { etag: _etag, ...rest } = round;
  return repos(bot).rounds.save(rest);
}

export async function seedSchools(
  bot: TestBot,
  names = ['Albeda', 'Zadkine', 'Techniek College Rotterdam'],
): Promise<void> {
  for (const name of names) {
    await bot.deps.schools.save({
      id: name.toLowerCase().replace(/ /g, '-'),
      name,
      shortNames: [],
      updatedAt: '2026-01-01T00:00:00Z',
      updatedBy: 'test',
    });
  }
}

export async function giveRole(bot: TestBot, user: TestUser, ...roles: Role[]): Promise<void> {
  await bot.deps.users.save({
    id: user.aadObjectId,
    name: user.name,
    roles,
    schoolIds: [],
    updatedAt: '2026-01-01T00:00:00Z',
    updatedBy: 'test',
  });
}

/** Every Action.Submit in a card (body and actions), with its title and data. */
export function actionsOf(card: unknown): { title: string; data: Record<string, unknown> }[] {
  const out: { title: string; data: Record<string, unknown> }[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      if (n.type === 'Action.Submit' && typeof n.title === 'string') {
        out.push({ title: n.title, data: (n.data ?? {}) as Record<string, unknown> });
      }
      Object.values(n).forEach(walk);
    }
  };
  walk(card);
  return out;
}

/** The data behind a button, found by its title (as a user would click it). */
export function button(replies: Partial<Activity>[], title: string | RegExp): Record<string, unknown> {
  for (const r of [...replies].reverse()) {
    const hit = actionsOf(cardOf(r)).find((a) =>
      typeof title === 'string' ? a.title === title : title.test(a.title),
    );
    if (hit) return hit.data;
  }
  throw new Error(
    `no button "${String(title)}" in: ${replies
      .map((r) => JSON.stringify(cardOf(r) ?? r.text))
      .join('\n')
      .slice(0, 1500)}`,
  );
}

/** Clicks a button of the last card(s) with the given inputs, as Teams merges data and inputs. */
export function click(
  bot: TestBot,
  user: TestUser,
  replies: Partial<Activity>[],
  title: string | RegExp,
  inputs: Record<string, unknown> = {},
): Promise<Partial<Activity>[]> {
  return bot.send(user, submitValue({ ...button(replies, title), ...inputs }));
}

/** Inputs of a card with their current values (what Teams would send if nothing is changed). */
export function inputsOf(card: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      if (typeof n.type === 'string' && n.type.startsWith('Input.') && typeof n.id === 'string')
        out[n.id] = n.value ?? '';
      Object.values(n).forEach(walk);
    }
  };
  walk(card);
  return out;
}

/** Starts an application in the open round and fills every step through the cards; returns the last replies. */
export async function fillAllSteps(
  bot: TestBot,
  user: TestUser,
  opts: { school?: string; round?: Round } = {},
): Promise<Partial<Activity>[]> {
  const round = opts.round ?? ROUND;
  let replies = await bot.send(user, submitValue({ verb: 'aanmelding.start', roundId: round.id }));
  for (const step of STEPS) {
    const input: Record<string, unknown> = { ...VALID_STEP_INPUT[step] };
    if (step === 'school') input.school = opts.school ?? 'albeda';
    replies = await click(bot, user, replies, /^Opslaan|^Save/, input);
  }
  return replies;
}

export async function storedApplication(
  bot: TestBot,
  schoolId = 'albeda',
  roundId = ROUND.id,
): Promise<Application | undefined> {
  return repos(bot).applications.get(roundId, schoolId);
}

export async function submittedApplication(
  bot: TestBot,
  user: TestUser,
  school = 'albeda',
): Promise<Application> {
  const replies = await fillAllSteps(bot, user, { school });
  await click(bot, user, replies, 'Indienen');
  const app = await storedApplication(bot, school);
  if (app?.status !== 'ingediend') throw new Error(`not submitted: ${app?.status}`);
  return app;
}

export const stepOf = (replies: Partial<Activity>[]): StepId | undefined => {
  for (const r of [...replies].reverse()) {
    const save = actionsOf(cardOf(r)).find((a) => a.data.verb === 'aanmelding.step.save');
    if (save) return save.data.step as StepId;
  }
  return undefined;
};
