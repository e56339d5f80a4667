/**
 * Which of a community's base figures are still estimates (Community.estimated, estimatedFields), and
 * how they change: an edited figure loses its own mark only, and a city read from a file keeps the marks
 * of figures it leaves as they were. Pure.
 */
import type { City, Community, EstimatedField } from '../engine/scenario';

export const ESTIMATED_FIELDS: readonly EstimatedField[] = ['households', 'residents', 'staff', 'space'];

export function estimatedFieldsOf(c: Pick<Community, 'estimated' | 'estimatedFields'>): EstimatedField[] {
  if (!c.estimated) return [];
  return ESTIMATED_FIELDS.filter((f) => !c.estimatedFields || c.estimatedFields.includes(f));
}

/** The community marked with exactly these fields as estimates (none: no mark at all). */
export function withEstimatedFields<C extends Community>(c: C, fields: readonly EstimatedField[]): C {
  const { estimated: _e, estimatedFields: _f, ...rest } = c;
  if (fields.length === 0) return rest as C;
  const all = fields.length === ESTIMATED_FIELDS.length;
  return { ...rest, estimated: true, ...(!all && { estimatedFields: ESTIMATED_FIELDS.filter((f) => fields.includes(f)) }) } as C;
}

/** The estimated field a community field path ends in ('households', 'staff.inPost' → 'staff'), if any. */
export function estimatedFieldAt(key: string): EstimatedField | undefined {
  if (key === 'staff.inPost' || key === 'staff.certified' || key === 'staff.bachelor') return 'staff';
  return (ESTIMATED_FIELDS as readonly string[]).includes(key) ? (key as EstimatedField) : undefined;
}

const sameStaff = (a: Community['staff'] | undefined, b: Community['staff'] | undefined) =>
  a?.inPost === b?.inPost && a?.certified === b?.certified && a?.bachelor === b?.bachelor;

/** The field holds the same value in both communities. */
function unchanged(field: EstimatedField, a: Partial<Community>, b: Partial<Community>): boolean {
  return field === 'staff' ? sameStaff(a.staff, b.staff) : a[field] === b[field];
}

/**
 * The estimate marks a community read from a file keeps: those the file states (its 数据来源 cell), or
 * when the file has no such column those stored for the community of the same id; either way only for
 * figures the file leaves as stored.
 */
export function carriedEstimates(read: Partial<Community>, stored: Community | undefined, stated: readonly EstimatedField[] | null): EstimatedField[] {
  const marked = stated ?? (stored ? estimatedFieldsOf(stored) : []);
  return stored ? marked.filter((f) => unchanged(f, read, stored)) : [...marked];
}

/** Communities and the figures of them that rest on estimates. */
export function estimateCounts(city: City): { communities: number; figures: number } {
  let communities = 0;
  let figures = 0;
  for (const d of city.districts)
    for (const s of d.streets)
      for (const c of s.communities) {
        const n = estimatedFieldsOf(c).length;
        if (n > 0) communities++;
        figures += n;
      }
  return { communities, figures };
}
