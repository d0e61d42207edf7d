import type { MessageKey } from '../nl';
import { aanmelding } from './aanmelding';
import { core } from './core';
import { logboek } from './logboek';
import { matching } from './matching';
import { faq } from './faq';
import { privacy } from './privacy';
import { adminTransfer } from './admin-transfer';

/** English for `en-*` locales: one module per feature, each translating its Dutch twin in ../nl. */
export const en: Record<MessageKey, string> = {
  ...core,
  ...aanmelding,
  ...logboek,
  ...matching,
  ...faq,
  ...privacy,
  ...adminTransfer,
};
