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

/** A stable, readable id from a name: "Albeda College" → "albeda-college". */
export function schoolIdFromName(name: string): string {
  return slug(name, 60);
}
