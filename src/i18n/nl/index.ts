import { aanmelding } from './aanmelding';
import { core } from './core';
import { logboek } from './logboek';
import { matching } from './matching';
import { faq } from './faq';
import { privacy } from './privacy';
import { adminTransfer } from './admin-transfer';

/**
 * Every Dutch text a user reads, one module per feature in this folder. Dutch is the source
 * language: its keys define MessageKey, and en/ must translate every one.
 */
export const nl = {
  ...core,
  ...aanmelding,
  ...logboek,
  ...matching,
  ...faq,
  ...privacy,
  ...adminTransfer,
} as const;

export type MessageKey = keyof typeof nl;
