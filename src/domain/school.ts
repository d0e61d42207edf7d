import { slug } from './slug';

export interface School {
  id: string;
  name: string;
  /** Abbreviations and informal names people use in chat ("TCR", "Albeda"). */
  shortNames: string[];
  brin?: string;
  region?: string;
  board?: string;
  updatedAt: string;
  updatedBy: string;
  etag?: string;
}

export type SchoolInput = Omit<School, 'id' | 'updatedAt' | 'updatedBy' | 'etag'> & { id?: string };

/** School ids end up in Cosmos DB document ids and in chat cards: only what schoolIdFromName produces. */
export const SCHOOL_ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A stable, readable id from a name: "Albeda College" → "albeda-college". */
export function schoolIdFromName(name: string): string {
  return slug(name, 60);
}
