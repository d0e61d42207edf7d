import { aanmelding } from './aanmelding';
import { core } from './core';
import { logboek } from './logboek';
import { matching } from './matching';

/**
 * Every Dutch text a user reads, one module per feature in this folder. Dutch is the source
 * language: its keys define MessageKey, and en/ must translate every one.
 */
export const nl = {
  ...core,
  ...aanmelding,
  ...logboek,
  ...matching,
} as const;

export type MessageKey = keyof typeof nl;
