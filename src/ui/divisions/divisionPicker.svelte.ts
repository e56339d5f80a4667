/**
 * The picker's state: province and city, the city's tree once loaded, which districts and kinds to
 * include, imported households, and the last problem — each problem in both languages.
 */
import type { City, Scenario } from '../../engine/scenario';
import { DIVISIONS } from '../../i18n/divisions';
import { DivisionsError, type CityDivisions, type DivisionIndex } from '../../io/divisions/format';
import type { ValidationError } from '../engineClient';
import { BUILT_INS, fetchBuiltIn } from '../library/builtIns';
import { addScenario } from '../library/libraryActions';
import type { App } from '../state/app.svelte';
import { StoreError } from '../../store/scenarioStore';
import { cityFromDivisions, communitiesOf, countDistrict, type DistrictCounts } from './cityFromDivisions';
import { applyHouseholds, parseHouseholds, type HouseholdTable } from './householdsTable';
import { fetchCityDivisions, fetchDivisionIndex } from './loadDivisions';
import { scenarioFromCity } from './scenarioFromCity';

type Text = { zh: string; en: string };
const both = (f: (m: (typeof DIVISIONS)['en']) => string): Text => ({ zh: f(DIVISIONS['zh-CN']), en: f(DIVISIONS.en) });
const detail = (error: unknown) => (error instanceof Error ? error.message : String(error));

function problemOf(error: unknown, wrap: (what: string) => Text): Text {
  return error instanceof DivisionsError || error instanceof StoreError ? { zh: error.zh, en: error.en } : wrap(detail(error));
}

export class DivisionPickerState {
  index = $state.raw<DivisionIndex | null>(null);
  province = $state('');
  cityCode = $state('');
  tree = $state.raw<CityDivisions | null>(null);
  included = $state.raw<ReadonlySet<string>>(new Set());
  villages = $state(true);
  households = $state.raw<HouseholdTable | null>(null);
  busy = $state<'index' | 'city' | 'create' | null>(null);
  problem = $state.raw<Text | null>(null);
  invalid = $state.raw<ValidationError[]>([]);

  readonly cities = $derived(this.index?.provinces.find((p) => p.code === this.province)?.cities ?? []);
  readonly counts = $derived<DistrictCounts[]>(this.tree ? this.tree.districts.map((d) => countDistrict(d, this.villages)) : []);
  readonly city = $derived.by<{ city: City; applied: number; unknown: number } | null>(() => {
    if (!this.tree) return null;
    const base = cityFromDivisions(this.tree, { districts: this.included, villages: this.villages });
    return this.households ? applyHouseholds(base, this.households.rows) : { city: base, applied: 0, unknown: 0 };
  });
  readonly communities = $derived(this.city ? communitiesOf(this.city.city) : []);

  constructor(private readonly app: App) {}

  async loadIndex(): Promise<void> {
    this.busy = 'index';
    try {
      this.index = await fetchDivisionIndex();
    } catch (error) {
      this.problem = problemOf(error, (what) => both((m) => m.fetchFailed(what)));
    } finally {
      this.busy = null;
    }
  }

  chooseProvince(code: string): void {
    this.province = code;
    this.cityCode = '';
    this.tree = null;
  }

  async chooseCity(code: string): Promise<void> {
    this.cityCode = code;
    this.tree = null;
    this.problem = null;
    if (!code) return;
    this.busy = 'city';
    try {
      const tree = await fetchCityDivisions(code);
      // A slow answer for a city the user has already moved away from is dropped.
      if (this.cityCode !== code) return;
      this.tree = tree;
      this.included = new Set(tree.districts.filter((d) => d.streets.length > 0).map((d) => d.code));
    } catch (error) {
      this.problem = problemOf(error, (what) => both((m) => m.fetchFailed(what)));
    } finally {
      this.busy = null;
    }
  }

  toggleDistrict(code: string, on: boolean): void {
    const next = new Set(this.included);
    if (on) next.add(code);
    else next.delete(code);
    this.included = next;
  }

  readHouseholds(text: string): void {
    this.households = text.trim() === '' ? null : parseHouseholds(text);
  }

  /** The scenario with the demo's plan, saved to the library and opened on its City tab. */
  async create(): Promise<void> {
    const chosen = this.city;
    const tree = this.tree;
    if (!chosen || !tree || this.communities.length === 0) return;
    this.busy = 'create';
    this.problem = null;
    this.invalid = [];
    try {
      let demo: unknown;
      try {
        demo = await fetchBuiltIn(BUILT_INS.find((b) => b.key === 'demo-15th-fyp') ?? BUILT_INS[0]);
      } catch (error) {
        this.problem = both((m) => m.demoFailed(detail(error)));
        return;
      }
      const leftOut = tree.districts.filter((d) => this.included.has(d.code)).reduce((sum, d) => sum + d.leftOut, 0);
      const scenario = scenarioFromCity(demo as Scenario, chosen.city, { code: tree.code, province: tree.province, source: tree.source, leftOut });
      const errors = await this.app.client.validate(scenario);
      if (errors.length > 0) {
        this.invalid = errors;
        this.problem = both((m) => m.invalid(errors.length));
        return;
      }
      const record = await addScenario(this.app.store, scenario, this.app.locale, `divisions:${tree.code}`);
      this.app.notice = both((m) => m.created(record.name));
      this.app.router.go({ page: 'scenario', id: record.id, tab: 'city' });
    } catch (error) {
      this.problem = problemOf(error, (what) => ({ zh: what, en: what }));
    } finally {
      this.busy = null;
    }
  }
}
