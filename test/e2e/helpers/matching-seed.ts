import type { Container } from '@azure/cosmos';
import { CosmosMatchingRepository } from '../../../src/features/matching/matching-repository';
import { CosmosSchoolRepository } from '../../../src/storage/school-repository';
import type { ContainerName } from '../../../src/storage/containers';
import type { ThemeId } from '../../../src/domain/matching';

interface Person {
  id: string;
  name: string;
}

/**
 * Two Rijnmond schools and a pair that fits: a gezel at Zadkine (phase 2) looking for help, and a leermeester at
 * Albeda (phase 4, room for one) who works on objectief werven.
 */
export async function seedMatchingPair(
  containers: Record<ContainerName, Container>,
  o: { gezel: Person; leermeester: Person; gezelThemes: ThemeId[]; approvalRequired: boolean },
): Promise<void> {
  const schools = new CosmosSchoolRepository(containers.directory);
  for (const [id, name] of [
    ['zadkine', 'Zadkine'],
    ['albeda', 'Albeda'],
  ] as const) {
    await schools.save({ id, name, shortNames: [], region: 'Rijnmond', updatedAt: 'x', updatedBy: 'e2e' });
  }
  const repo = new CosmosMatchingRepository(containers.matching);
  await repo.saveSettings({
    weights: { theme: 50, region: 20, phase: 20, schoolType: 10 },
    approvalRequired: o.approvalRequired,
    checkInWeeks: 6,
  });
  const base = {
    board: undefined,
    region: 'Rijnmond',
    schoolType: 'mbo' as const,
    paused: false,
    updatedAt: 'x',
  };
  await repo.saveProfile({
    ...base,
    ...o.gezel,
    asGezel: true,
    asLeermeester: false,
    school: 'zadkine',
    themes: o.gezelThemes,
    phase: 2,
    capacity: 1,
    available: false,
  });
  await repo.saveProfile({
    ...base,
    ...o.leermeester,
    asGezel: false,
    asLeermeester: true,
    school: 'albeda',
    themes: ['objectief-werven'],
    phase: 4,
    capacity: 1,
    available: true,
  });
}
