/**
 * Everything a building project can be built for — communities, streets, districts — as searchable
 * text ("云洲区 / 兴港街道 / 阳洲社区"), with the way back from that text to the id.
 */
import type { City } from '../../../engine/scenario';

export type PlaceLevel = 'community' | 'street' | 'district';

export interface Place {
  id: string;
  label: string;
  level: PlaceLevel;
}

export interface PlaceIndex {
  places: Place[];
  byId: Map<string, Place>;
  byLabel: Map<string, Place>;
}

export function indexPlaces(city: City): PlaceIndex {
  const places: Place[] = [];
  for (const d of city.districts) {
    places.push({ id: d.id, label: d.name, level: 'district' });
    for (const s of d.streets) {
      places.push({ id: s.id, label: `${d.name} / ${s.name}`, level: 'street' });
      for (const c of s.communities) places.push({ id: c.id, label: `${d.name} / ${s.name} / ${c.name}`, level: 'community' });
    }
  }
  // Two places may share a name; their ids tell them apart, so the text always leads back to one.
  const seen = new Map<string, number>();
  for (const p of places) seen.set(p.label, (seen.get(p.label) ?? 0) + 1);
  for (const p of places) if ((seen.get(p.label) ?? 0) > 1) p.label = `${p.label} (${p.id})`;
  return { places, byId: new Map(places.map((p) => [p.id, p])), byLabel: new Map(places.map((p) => [p.label, p])) };
}

/** The id for what was typed or picked: a label from the list, or an id typed as it is. */
export function findPlace(index: PlaceIndex, text: string): Place | undefined {
  const t = text.trim();
  return index.byLabel.get(t) ?? index.byId.get(t);
}

/** The text shown for a target id; an id no place has is shown as it is, so the validator's message points at it. */
export function placeLabel(index: PlaceIndex, id: string): string {
  return index.byId.get(id)?.label ?? id;
}
