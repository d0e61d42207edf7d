/**
 * Reads what a user typed into a card, from untrusted submit data, so a rejected form can come back filled
 * in: strings only, each cut to its field's length; anything else is ''.
 */
export function formReader(raw: unknown): (field: string, max: number) => string {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  return (field, max) => {
    const v = r[field];
    return typeof v === 'string' ? v.slice(0, max) : '';
  };
}
