/**
 * Tables to a City: rows become districts, streets, communities and facilities in the order the file
 * lists them, each attached to its parent by id or name; blank ids are generated. A level whose sheet
 * is not in the file is kept from the current city (importing communities alone keeps the districts
 * and streets). Every object built from a row remembers that row, so the validator's findings can be
 * named by sheet, row and column (./locate.ts).
 */
import type { City, Community } from '../../engine/scenario';
import { carriedEstimates, withEstimatedFields } from '../estimates';
import { both, DATA, type DataMessages } from '../../i18n/data';
import { type PathSegment } from '../validationError';
import { formatPath } from '../formatPath';
import type { SheetLevel } from '../../registry';
import type { ImportProblem } from './grid';
import { objectOf, parseRows, type ParsedRow } from './rows';
import { readProvenance } from './provenance';
import { columnName, type Table } from './tables';

type Obj = Record<string, unknown>;

/** A row behind an object, or a table behind a list (a problem with the list as a whole names its first data row). */
export interface Origin {
  table: Table;
  row: number;
  /** for a list: the column that best stands for it */
  column?: string;
}

export interface Built {
  city: City;
  /** formatPath of an object or list in the scenario → where it came from */
  origins: Map<string, Origin>;
  /** levels taken from the current city because the file has no sheet for them */
  kept: SheetLevel[];
}

type Tables = Partial<Record<SheetLevel, Table>>;

class Builder {
  readonly origins = new Map<string, Origin>();
  readonly kept: SheetLevel[] = [];
  private readonly taken = new Set<string>();
  private stored: Map<string, Community> | undefined;

  constructor(
    private readonly tables: Tables,
    private readonly base: City,
    private readonly problems: ImportProblem[],
  ) {}

  problemAt(parsed: ParsedRow | { table: Table; row: number }, key: string, message: { zh: string; en: string }): void {
    const { table, row } = parsed;
    const column = table.columns.get(key)?.header ?? columnName(table.spec.columns.find((c) => c.key === key)!, table.language);
    this.problems.push({ sheet: table.grid.name, row, column, ...message });
  }

  rowsOf(level: SheetLevel): ParsedRow[] {
    const table = this.tables[level];
    return table ? parseRows(table, this.problems) : [];
  }

  /** Ids the file gives anywhere, so a generated one never clashes with one that comes later. */
  reserve(rows: ParsedRow[]): void {
    for (const r of rows) {
      const id = r.values.get('id');
      if (typeof id === 'string' && id !== '') this.taken.add(id);
    }
  }

  idFor(parsed: ParsedRow, prefix: string): string {
    const given = parsed.values.get('id');
    if (typeof given === 'string' && given !== '') return given;
    let n = 1;
    while (this.taken.has(`${prefix}${n}`)) n++;
    this.taken.add(`${prefix}${n}`);
    return `${prefix}${n}`;
  }

  remember(path: PathSegment[], parsed: ParsedRow): void {
    this.origins.set(formatPath(path), { table: parsed.table, row: parsed.row });
  }

  rememberList(path: PathSegment[], level: SheetLevel, column: string): void {
    const table = this.tables[level];
    if (!table) return;
    this.origins.set(formatPath(path), { table, row: table.rows[0]?.row ?? table.headerRow + 1, column });
  }

  /** The parent a row names by id or, failing that, by a unique name; a problem and -1 otherwise. */
  parentOf(parsed: ParsedRow, candidates: readonly Obj[], level: 'districts' | 'streets'): number {
    const say = (f: (m: DataMessages, level: string) => string) => ({
      zh: f(DATA['zh-CN'], DATA['zh-CN'].parentLevel[level]),
      en: f(DATA.en, DATA.en.parentLevel[level]),
    });
    const id = parsed.values.get('parent.id');
    if (typeof id === 'string' && id !== '') {
      const i = candidates.findIndex((c) => c.id === id);
      if (i < 0) this.problemAt(parsed, 'parent.id', say((m, l) => m.problem.unknownParent(l, id)));
      return i;
    }
    const name = parsed.values.get('parent.name');
    if (typeof name === 'string' && name !== '') {
      const matches = candidates.flatMap((c, i) => (c.name === name ? [i] : []));
      if (matches.length === 1) return matches[0];
      if (matches.length === 0) this.problemAt(parsed, 'parent.name', say((m, l) => m.problem.unknownParent(l, name)));
      else this.problemAt(parsed, 'parent.name', say((m, l) => m.problem.ambiguousParent(l, name, matches.length)));
      return -1;
    }
    const key = parsed.table.columns.has('parent.id') || !parsed.table.columns.has('parent.name') ? 'parent.id' : 'parent.name';
    this.problemAt(parsed, key, say((m, l) => m.problem.noParent(l)));
    return -1;
  }

  cityFields(): Obj {
    const rows = this.rowsOf('city');
    if (!this.tables.city) {
      this.kept.push('city');
      const { name, spatial, averageWage, publicInstitutionPay } = this.base;
      return { name, ...(spatial && { spatial }), ...(averageWage && { averageWage }), ...(publicInstitutionPay && { publicInstitutionPay }) };
    }
    rows.slice(1).forEach((r) => this.problemAt(r, 'name', both((m) => m.problem.oneCityRow)));
    if (rows[0]) this.remember(['city'], rows[0]);
    else this.rememberList(['city'], 'city', 'name');
    return rows[0] ? objectOf(rows[0], this.problems) : {};
  }

  districts(): Obj[] {
    if (!this.tables.districts) {
      this.kept.push('districts');
      return this.base.districts.map(({ id, name, centreSpace }) => ({ id, name, centreSpace, streets: [] }));
    }
    if (!this.tables.streets) {
      const table = this.tables.districts;
      this.problemAt({ table, row: table.headerRow }, 'name', both((m) => m.problem.needStreets));
    }
    const rows = this.rowsOf('districts');
    this.reserve(rows);
    this.rememberList(['city', 'districts'], 'districts', 'name');
    return rows.map((r, d) => {
      this.remember(['city', 'districts', d], r);
      return { id: this.idFor(r, 'D'), ...objectOf(r, this.problems), streets: [] };
    });
  }

  streets(districts: Obj[]): void {
    if (!this.tables.streets) {
      this.kept.push('streets');
      for (const d of this.base.districts) {
        const into = districts.find((x) => x.id === d.id);
        for (const { communities: _c, ...street } of d.streets) (into?.streets as Obj[] | undefined)?.push({ ...street, communities: [] });
      }
      return;
    }
    const rows = this.rowsOf('streets');
    this.reserve(rows);
    for (const r of rows) {
      const d = this.parentOf(r, districts, 'districts');
      if (d < 0) continue;
      const streets = districts[d].streets as Obj[];
      this.remember(['city', 'districts', d, 'streets', streets.length], r);
      streets.push({ id: this.idFor(r, `${districts[d].id}-S`), ...objectOf(r, this.problems), communities: [] });
    }
  }

  communities(districts: Obj[]): void {
    const all = districts.flatMap((d, di) => (d.streets as Obj[]).map((s, si) => ({ street: s, di, si })));
    const rows = this.rowsOf('communities');
    this.reserve(rows);
    for (const r of rows) {
      const s = this.parentOf(
        r,
        all.map((x) => x.street),
        'streets',
      );
      if (s < 0) continue;
      const { street, di, si } = all[s];
      const list = street.communities as Obj[];
      this.remember(['city', 'districts', di, 'streets', si, 'communities', list.length], r);
      const id = this.idFor(r, `${street.id}-C`);
      const { provenance, ...fields } = objectOf(r, this.problems, ['staff']);
      list.push(this.withEstimates({ id, ...fields }, provenance));
    }
  }

  /** A community row with the estimate marks it keeps (./provenance.ts, ../estimates.ts). */
  withEstimates(read: Obj, provenance: unknown): Obj {
    this.stored ??= new Map(this.base.districts.flatMap((d) => d.streets.flatMap((s) => s.communities.map((c) => [c.id, c]))));
    const stated = this.tables.communities?.columns.has('provenance') ? readProvenance(typeof provenance === 'string' ? provenance : undefined) : null;
    const fields = carriedEstimates(read as Partial<Community>, this.stored.get(read.id as string), stated);
    return withEstimatedFields(read as unknown as Community, fields) as unknown as Obj;
  }

  facilities(): readonly unknown[] | undefined {
    if (!this.tables.facilities) {
      this.kept.push('facilities');
      return this.base.facilities;
    }
    const rows = this.rowsOf('facilities');
    this.reserve(rows);
    this.rememberList(['city', 'facilities'], 'facilities', 'name');
    // An empty sheet means no facilities, as a city without the field has none.
    if (rows.length === 0) return undefined;
    return rows.map((r, i) => {
      this.remember(['city', 'facilities', i], r);
      return { id: this.idFor(r, 'F'), ...objectOf(r, this.problems) };
    });
  }

  network(): City['walkingNetwork'] | Obj | undefined {
    const { networkNodes: nodesTable, networkEdges: edgesTable } = this.tables;
    if (!nodesTable && !edgesTable) {
      if (this.base.walkingNetwork) this.kept.push('networkNodes', 'networkEdges');
      return this.base.walkingNetwork;
    }
    if (!nodesTable || !edgesTable) {
      const present = (nodesTable ?? edgesTable)!;
      const missing = both((m) => m.level[nodesTable ? 'networkEdges' : 'networkNodes']);
      this.problemAt({ table: present, row: present.headerRow }, present.spec.columns[0].key, {
        zh: DATA['zh-CN'].problem.networkHalf(missing.zh),
        en: DATA.en.problem.networkHalf(missing.en),
      });
      return undefined;
    }
    const nodeRows = this.rowsOf('networkNodes');
    const edgeRows = this.rowsOf('networkEdges');
    if (nodeRows.length === 0 && edgeRows.length === 0) return undefined;
    this.rememberList(['city', 'walkingNetwork'], 'networkNodes', 'a');
    this.rememberList(['city', 'walkingNetwork', 'nodes'], 'networkNodes', 'a');
    this.rememberList(['city', 'walkingNetwork', 'edges'], 'networkEdges', 'from');
    const nodes = nodeRows.map((r, k) => {
      const index = r.values.get('index');
      if (index !== undefined && index !== k) this.problemAt(r, 'index', both((m) => m.problem.nodeIndex(k, String(index))));
      this.remember(['city', 'walkingNetwork', 'nodes', k], r);
      return [r.values.get('a'), r.values.get('b')];
    });
    const edges = edgeRows.map((r, k) => {
      this.remember(['city', 'walkingNetwork', 'edges', k], r);
      return [r.values.get('from'), r.values.get('to')];
    });
    return { nodes, edges };
  }
}

export function buildCity(tables: Tables, base: City, problems: ImportProblem[]): Built {
  const b = new Builder(tables, base, problems);
  const fields = b.cityFields();
  const districts = b.districts();
  b.streets(districts);
  b.communities(districts);
  const facilities = b.facilities();
  const walkingNetwork = b.network();
  const city = { ...fields, districts, ...(facilities && { facilities }), ...(walkingNetwork && { walkingNetwork }) } as unknown as City;
  return { city, origins: b.origins, kept: b.kept };
}
