/** Checks every card must pass before a user sees it. Returns the problems found (empty = fine). */
export function cardProblems(card: unknown): string[] {
  const problems: string[] = [];
  const json = JSON.stringify(card);
  if (Buffer.byteLength(json, 'utf8') > 20 * 1024)
    problems.push(`card is ${json.length} bytes (limit 20 KB, Teams 28 KB)`);
  const c = card as { type?: string; version?: string };
  if (c.type !== 'AdaptiveCard') problems.push('type is not AdaptiveCard');
  if (!c.version || Number(c.version) > 1.5) problems.push(`version ${c.version} (Teams renders up to 1.5)`);
  if (/\$\{/.test(json))
    problems.push(`unresolved template expression: ${json.match(/.{0,40}\$\{[^}]*\}?/)?.[0]}`);
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      if (typeof n.type === 'string' && n.type.startsWith('Input.')) {
        if (typeof n.label !== 'string' || n.label.trim() === '')
          problems.push(`input "${String(n.id)}" has no label`);
        if (typeof n.id !== 'string' || n.id === '') problems.push(`an ${n.type} has no id`);
      }
      Object.values(n).forEach(walk);
    }
  };
  walk(card);
  return problems;
}
