import type { Locale } from '../i18n';

/** What one store holds about a person, in words they understand (already in their language). */
export interface PersonalDataSection {
  title: string;
  lines: string[];
}

/**
 * One place that keeps data about a person. Every feature that stores something tied to a person's Entra ID
 * object id registers one (src/features/privacy/providers.ts), so "mijn gegevens" shows all of it and
 * "verwijder mijn gegevens" removes all of it.
 */
export interface PersonalDataProvider {
  name: string;
  /** Undefined when nothing is stored about this person here. */
  describe(aadObjectId: string, locale: Locale): Promise<PersonalDataSection | undefined>;
  /** Deletes (or, where others rely on the record, anonymises) it; returns how many records changed. */
  erase(aadObjectId: string): Promise<number>;
}

export interface ErasureReport {
  /** Records changed per provider. */
  erased: Record<string, number>;
  /** Providers that failed (the store did not answer); running the erasure again finishes the job. */
  failed: string[];
}

/** Asks every provider; one failing store does not hide the others. */
export class PersonalDataRegistry {
  constructor(readonly providers: readonly PersonalDataProvider[]) {
    const names = new Set<string>();
    for (const p of providers) {
      if (names.has(p.name)) throw new Error(`personal data provider "${p.name}" registered twice`);
      names.add(p.name);
    }
  }

  async describe(
    aadObjectId: string,
    locale: Locale,
  ): Promise<{ sections: PersonalDataSection[]; failed: string[] }> {
    const id = aadObjectId.toLowerCase();
    const results = await Promise.allSettled(this.providers.map((p) => p.describe(id, locale)));
    const sections: PersonalDataSection[] = [];
    const failed: string[] = [];
    results.forEach((r, i) => {
      if (r.status === 'fulfilled') {
        if (r.value) sections.push(r.value);
      } else failed.push(this.providers[i]!.name);
    });
    return { sections, failed };
  }

  /** Erases in every provider, each independently; an erasure is safe to run again. */
  async erase(aadObjectId: string): Promise<ErasureReport> {
    const id = aadObjectId.toLowerCase();
    const results = await Promise.allSettled(this.providers.map((p) => p.erase(id)));
    const report: ErasureReport = { erased: {}, failed: [] };
    results.forEach((r, i) => {
      const name = this.providers[i]!.name;
      if (r.status === 'fulfilled') report.erased[name] = r.value;
      else report.failed.push(name);
    });
    return report;
  }
}
