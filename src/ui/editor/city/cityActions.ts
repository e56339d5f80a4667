/**
 * What the city table's buttons do: structural edits as one undo step each, a confirm before a
 * district or street takes its communities with it, and a notice whose undo applies only while
 * nothing else has changed since.
 */
import type { Scenario } from '../../../engine/scenario';
import { CITY, type CityMessages } from '../../../i18n/city';
import type { App } from '../../state/app.svelte';
import { removeWithUndo } from '../../workbench/removeWithUndo';
import type { Workbench } from '../../workbench/workbench.svelte';
import { addCommunity, addDistrict, addStreet, removeCommunity, removeDistrict, removeStreet } from './cityEdits';

export interface CityActions {
  addCommunity(d: number, s: number): void;
  addStreet(d: number): void;
  addDistrict(): void;
  removeCommunity(d: number, s: number, c: number): void;
  removeStreet(d: number, s: number): void;
  removeDistrict(d: number): void;
}

/** reveal: scroll the new row into view and put the cursor in its name. */
export function cityActions(wb: Workbench, app: App, reveal: (id: string) => void): CityActions {
  const t = (): CityMessages => CITY[app.locale];

  function added({ scenario, id }: { scenario: Scenario; id: string }): void {
    wb.doc.replace(scenario, `add ${id}`);
    reveal(id);
  }

  function removed(next: Scenario, name: string): void {
    removeWithUndo(wb, app, next, { zh: CITY['zh-CN'].removed(name), en: CITY.en.removed(name) });
  }

  return {
    addCommunity: (d, s) => added(addCommunity(wb.doc.scenario, d, s, t().newCommunity)),
    addStreet: (d) => added(addStreet(wb.doc.scenario, d, t().newStreet)),
    addDistrict: () => added(addDistrict(wb.doc.scenario, t().newDistrict)),
    removeCommunity(d, s, c) {
      const community = wb.doc.scenario.city.districts[d].streets[s].communities[c];
      removed(removeCommunity(wb.doc.scenario, d, s, c), community.name);
    },
    removeStreet(d, s) {
      const street = wb.doc.scenario.city.districts[d].streets[s];
      const n = street.communities.length;
      if (n > 0 && !confirm(t().confirmStreet(street.name, n))) return;
      removed(removeStreet(wb.doc.scenario, d, s), street.name);
    },
    removeDistrict(d) {
      const district = wb.doc.scenario.city.districts[d];
      const n = district.streets.reduce((sum, s) => sum + s.communities.length, 0);
      if (n > 0 && !confirm(t().confirmDistrict(district.name, district.streets.length, n))) return;
      removed(removeDistrict(wb.doc.scenario, d), district.name);
    },
  };
}
