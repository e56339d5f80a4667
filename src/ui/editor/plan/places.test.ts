import { describe, expect, it } from 'vitest';
import type { City } from '../../../engine/scenario';
import { findPlace, indexPlaces, placeLabel } from './places';

const community = (id: string, name: string) => ({ id, name }) as City['districts'][number]['streets'][number]['communities'][number];
const city = {
  name: 'c',
  districts: [
    {
      id: 'D01',
      name: '云洲区',
      centreSpace: 0,
      streets: [
        { id: 'D01-S01', name: '兴港街道', class: 1, centreSpace: 0, stationStaff: 0, communities: [community('C1', '阳洲社区'), community('C2', '阳洲社区')] },
      ],
    },
  ],
} as City;

describe('places for a project target', () => {
  const index = indexPlaces(city);

  it('lists districts, streets and communities with their path', () => {
    expect(index.places.map((p) => [p.id, p.level])).toEqual([
      ['D01', 'district'],
      ['D01-S01', 'street'],
      ['C1', 'community'],
      ['C2', 'community'],
    ]);
    expect(placeLabel(index, 'D01-S01')).toBe('云洲区 / 兴港街道');
  });

  it('tells two communities of one name apart by id', () => {
    expect(placeLabel(index, 'C2')).toBe('云洲区 / 兴港街道 / 阳洲社区 (C2)');
    expect(findPlace(index, '云洲区 / 兴港街道 / 阳洲社区 (C1)')?.id).toBe('C1');
  });

  it('finds a place by its text or its id, and nothing for other text', () => {
    expect(findPlace(index, ' 云洲区 ')?.id).toBe('D01');
    expect(findPlace(index, 'D01-S01')?.level).toBe('street');
    expect(findPlace(index, '阳洲')).toBeUndefined();
    expect(placeLabel(index, 'nowhere')).toBe('nowhere');
  });
});
