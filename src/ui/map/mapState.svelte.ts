/**
 * What the map shows, kept per open scenario so that leaving the tab and coming back (or suggesting
 * sites on the Plan tab) finds it as it was: the year, the cells' facility type, the layers, the zoom,
 * the last run's population cells, and the latest site suggestions.
 */
import { FACILITY_TYPES, type FacilityType } from '../../engine/scenario';
import type { CoverageKey } from '../../engine/coverage/types';
import { CancelledError, type CoverageLayers, type EngineClient, type RunSuccess, type SiteSuggestionsView } from '../engineClient';
import type { Workbench } from '../workbench/workbench.svelte';
import type { Pair } from './mapGeometry';

export type LayerName = 'cells' | 'network' | 'communities' | 'facilities' | 'districts' | 'sites';
export const LAYER_NAMES: readonly LayerName[] = ['cells', 'network', 'communities', 'facilities', 'districts', 'sites'];

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'none' | 'failed';

/** Where a click in place mode asked for a facility: the place, the screen point, and the community nearest it (for its name). */
export interface PlaceRequest {
  at: Pair;
  x: number;
  y: number;
  near: string;
}

export interface ZoomState {
  k: number;
  x: number;
  y: number;
}

export class MapState {
  /** null: the horizon's last year */
  year = $state<number | null>(null);
  key = $state<CoverageKey>('all5');
  show = $state<Record<LayerName, boolean>>({ cells: true, network: true, communities: true, facilities: true, districts: true, sites: true });
  types = $state<Record<FacilityType, boolean>>(Object.fromEntries(FACILITY_TYPES.map((t) => [t, true])) as Record<FacilityType, boolean>);
  zoom = $state.raw<ZoomState>({ k: 1, x: 0, y: 0 });
  layers = $state.raw<CoverageLayers | null>(null);
  status = $state<LoadStatus>('idle');
  message = $state('');
  suggestions = $state.raw<SiteSuggestionsView | null>(null);
  suggesting = $state(false);
  suggestError = $state('');
  /** 放置设施: a click on the map asks for a facility there instead of opening an explanation */
  placing = $state(false);
  placeAt = $state.raw<PlaceRequest | null>(null);
  /** milliseconds from the map's data to its first painted frame */
  drawMs = $state<number | null>(null);
  private asked: RunSuccess | null = null;

  /** Fetch the cells of this run, once; a newer run's arrive when its outcome does. */
  async load(client: EngineClient, outcome: RunSuccess): Promise<void> {
    if (this.asked === outcome || this.layers?.runId === outcome.runId) return;
    this.asked = outcome;
    if (!outcome.view.coverage) {
      this.layers = null;
      this.status = 'none';
      return;
    }
    this.status = 'loading';
    try {
      const r = await client.coverageLayers();
      if (this.asked !== outcome) return;
      if (!r.ok) {
        this.fail(r.message);
        return;
      }
      this.layers = r.layers;
      this.status = r.layers ? 'ready' : 'none';
    } catch (error) {
      if (this.asked !== outcome) return;
      // A cancelled call means a newer run is on its way; its outcome asks again.
      if (error instanceof CancelledError) {
        this.status = this.layers ? 'ready' : 'idle';
        this.asked = null;
        return;
      }
      this.fail(error instanceof Error ? error.message : String(error));
    }
  }

  private fail(message: string): void {
    this.status = 'failed';
    this.message = message;
    // Asked again when the view next changes.
    this.asked = null;
  }

  togglePlacing(): void {
    if (this.placing) this.stopPlacing();
    else this.placing = true;
  }

  stopPlacing(): void {
    this.placing = false;
    this.placeAt = null;
  }

  async suggest(client: EngineClient, type: CoverageKey, count: number): Promise<void> {
    this.suggesting = true;
    this.suggestError = '';
    try {
      const r = await client.suggestSites(type, count);
      if (r.ok) this.suggestions = r.suggestions;
      else this.suggestError = r.message;
    } catch (error) {
      if (!(error instanceof CancelledError)) this.suggestError = error instanceof Error ? error.message : String(error);
    } finally {
      this.suggesting = false;
    }
  }
}

const states = new WeakMap<Workbench, MapState>();

export function mapStateOf(wb: Workbench): MapState {
  let s = states.get(wb);
  if (!s) {
    s = new MapState();
    states.set(wb, s);
  }
  return s;
}
