import { describe, expect, it } from 'vitest';
import { parsePair } from './locationText';

describe('parsePair', () => {
  it.each([
    ['118.77441, 32.20448', [118.77441, 32.20448]],
    ['118.77441，32.20448', [118.77441, 32.20448]],
    ['  -120.5   40 ', [-120.5, 40]],
    ['118.7', null],
    ['118.7, 32, 5', null],
    ['a, b', null],
  ])('%s', (text, expected) => {
    expect(parsePair(text)).toEqual(expected);
  });
});
