import type { Application } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import type { Feature, FeatureContext } from '../../bot/feature';
import type { TurnKit } from '../../bot/turn';
import type { AppTurnState } from '../../bot/turn-state';
import { requireRole } from '../../domain/access';
import { DomainError, ValidationError } from '../../domain/errors';
import { CosmosRoundRepository } from '../../storage/round-repository';
import { DEFAULT_FAQ_DIR, loadKnowledgeBaseFiles, loadSynonyms } from './faq-files';
import { FaqKnowledge } from './faq-knowledge';
import { CachedRounds } from './faq-live';
import { FaqRepository } from './faq-repository';
import {
  answerCard,
  entryFormCard,
  entryFormValuesFrom,
  linkValuesFrom,
  reviewQueueCard,
  suggestCard,
} from './faq.cards';
import { FaqService, MAX_QUESTION_LENGTH } from './faq.service';

/** The beheerder's review queue. */
export const FAQ_REVIEW_COMMAND = /^\s*(faq[\s-]*(beheer|review|wachtrij|lijst)|open vragen)\s*[.!?]?\s*$/i;

const valueOf = (activityValue: unknown): Record<string, unknown> =>
  typeof activityValue === 'object' && activityValue !== null
    ? (activityValue as Record<string, unknown>)
    : {};

/** Free text that no earlier route took: typed words, not a card button. */
function isFreeText(context: TurnContext): Promise<boolean> {
  const a = context.activity;
  const hasText = typeof a.text === 'string' && a.text.trim().length > 0;
  const isCardSubmit = typeof a.value === 'object' && a.value !== null && 'verb' in a.value;
  return Promise.resolve(a.type === 'message' && hasText && !isCardSubmit);
}

export interface FaqFeatureOptions {
  /** Folder with the knowledge base files; content/faq by default. */
  dir?: string;
}

/**
 * The FAQ: the free-text catch-all (registered after every other feature, before the fallback). It never
 * touches conversation state, so a question asked halfway through another feature's card keeps that draft.
 */
export function createFaqFeature(options: FaqFeatureOptions = {}): Feature {
  return {
    name: 'faq',
    job: 'faq',
    register(app: Application<AppTurnState>, { deps, handle, onStart }: FeatureContext) {
      const dir = options.dir ?? DEFAULT_FAQ_DIR;
      const repo = new FaqRepository(deps.containers.faq);
      const knowledge = new FaqKnowledge({
        repo,
        files: () => ({ kb: loadKnowledgeBaseFiles(dir), synonyms: loadSynonyms(dir) }),
        log: deps.log,
        now: deps.now,
      });
      // Loaded when the process starts (or, where nobody starts it, as in bot tests, on first use).
      onStart(async () => {
        await knowledge.start();
      });
      const service = new FaqService(knowledge, repo, deps.log, deps.now, {
        rounds: new CachedRounds(new CosmosRoundRepository(deps.containers.applications)),
        timeZone: deps.config.timeZone,
      });

      const sendAnswer = async (kit: TurnKit, entryId: unknown, asked: string): Promise<void> => {
        const entry = await service.entry(entryId);
        const followUps = await Promise.all(
          entry.followUps.map((f) => service.entry(f).catch(() => undefined)),
        );
        await kit.sendCard(
          answerCard(kit.t, kit.locale, entry, {
            sourceTitle: service.sourceTitle(entry.source.doc, kit.locale),
            followUps: followUps.filter((f) => f !== undefined),
            asked: asked || entry[kit.locale].question,
            feedback: true,
          }),
        );
      };

      const showQueue = async (kit: TurnKit): Promise<void> => {
        const views = await service.reviewQueue(await kit.caller());
        await kit.sendCard(reviewQueueCard(kit.t, kit.locale, views, deps.config.timeZone));
      };

      app.message(FAQ_REVIEW_COMMAND, handle(showQueue));
      app.adaptiveCards.actionSubmit('faq.review.list', handle(showQueue));

      app.adaptiveCards.actionSubmit(
        'faq.ask',
        handle(async (kit) => {
          const v = valueOf(kit.context.activity.value);
          await sendAnswer(kit, v.entryId, typeof v.question === 'string' ? v.question.slice(0, 500) : '');
        }),
      );

      app.adaptiveCards.actionSubmit(
        'faq.feedback',
        handle(async (kit) => {
          const result = await service.feedback(kit.context.activity.value, kit.locale);
          if (result.value === 'up') await kit.say(kit.t('faq.feedback.up'));
          else await kit.say(kit.t(result.logged ? 'faq.feedback.down' : 'faq.unknown.notLogged'));
        }),
      );

      app.adaptiveCards.actionSubmit(
        'faq.none',
        handle(async (kit) => {
          const { logged } = await service.noneOfThese(kit.context.activity.value, kit.locale);
          await kit.say(
            [kit.t(logged ? 'faq.none.logged' : 'faq.unknown.notLogged'), kit.t('faq.unknown.next')].join(
              '\n\n',
            ),
          );
        }),
      );

      app.adaptiveCards.actionSubmit(
        'faq.review.link',
        handle(async (kit) => {
          const caller = await kit.caller();
          const { entry, added } = await service.linkReview(
            caller,
            linkValuesFrom(kit.context.activity.value),
          );
          await kit.say(
            kit.t('faq.review.linked', { question: entry[kit.locale].question, count: added.length }),
          );
          await showQueue(kit);
        }),
      );

      app.adaptiveCards.actionSubmit(
        'faq.review.new',
        handle(async (kit) => {
          const caller = await kit.caller();
          requireRole(caller, 'beheerder');
          const group = await service.review(caller, valueOf(kit.context.activity.value).reviewId);
          // Newest first: the latest question is the proposal, the others its alternates.
          const texts = [...new Set(group.questions.map((q) => q.text))];
          await kit.sendCard(
            entryFormCard(kit.t, service.sources, {
              reviewId: group.id,
              question: (texts[0] ?? '').slice(0, 200),
              alternates: texts.slice(1).join('\n'),
              answer: '',
              detail: '',
              programme: '',
              sourceDoc: '',
              section: '',
            }),
          );
        }),
      );

      app.adaptiveCards.actionSubmit(
        'faq.review.create',
        handle(async (kit) => {
          const caller = await kit.caller();
          const raw: unknown = kit.context.activity.value;
          try {
            const entry = await service.createFromReview(caller, raw);
            await kit.say(kit.t('faq.review.created', { question: entry.nl.question }));
            await showQueue(kit);
          } catch (err) {
            if (!(err instanceof ValidationError)) throw err;
            await kit.sendCard(
              entryFormCard(kit.t, service.sources, entryFormValuesFrom(raw), err.fieldErrors),
            );
          }
        }),
      );

      app.adaptiveCards.actionSubmit(
        'faq.review.dismiss',
        handle(async (kit) => {
          const closed = await service.dismissReview(await kit.caller(), kit.context.activity.value);
          await kit.say(kit.t(closed.length > 1 ? 'faq.review.dismissedGroup' : 'faq.review.dismissed'));
          await showQueue(kit);
        }),
      );

      // Last: every other typed message is a question.
      app.message(
        isFreeText,
        handle(async (kit) => {
          const text = kit.context.activity.text ?? '';
          const outcome = await service.ask(text, kit.locale);
          switch (outcome.kind) {
            case 'answer':
              await sendAnswer(kit, outcome.entry.id, text.trim());
              return;
            case 'smalltalk':
              await kit.say(outcome.entry[kit.locale].answer);
              return;
            case 'suggest':
              await kit.sendCard(suggestCard(kit.t, kit.locale, outcome.choices, text.trim()));
              return;
            case 'unknown':
              await kit.say(
                [
                  kit.t('faq.unknown'),
                  kit.t('faq.unknown.next'),
                  kit.t(outcome.logged ? 'faq.unknown.logged' : 'faq.unknown.notLogged'),
                ].join('\n\n'),
              );
              return;
            case 'tooLong':
              await kit.say(kit.t('faq.tooLong', { length: outcome.length, max: MAX_QUESTION_LENGTH }));
              return;
            case 'noWords':
              await kit.say(kit.t('faq.noWords'));
              return;
            default:
              throw new DomainError('faq.invalidAction');
          }
        }),
      );
    },
  };
}

export const faqFeature = createFaqFeature();
