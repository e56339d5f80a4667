/** Entities as explanations name them, and the paths of their figures. */
import type { LevelCode } from '../../registry/levels';
import type { Projection } from '../projection';
import type { EntityRef } from './types';

const LEVEL_CODES: readonly LevelCode[] = ['community', 'street', 'district'];

export function entityRef(p: Projection, e: number): EntityRef {
  return { id: p.entities.id[e], name: p.entities.name[e], level: LEVEL_CODES[p.entities.level[e]] };
}

/** entity/<id>/<year>/<what>, the path of one of an entity's figures. */
export function entityPath(p: Projection, e: number, y: number, what: string): string {
  return `entity/${p.entities.id[e]}/${p.years[y]}/${what}`;
}
