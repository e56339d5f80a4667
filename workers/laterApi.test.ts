import { describe, expect, it } from 'vitest';
import { laterApi } from './laterApi';
import { LATER_CALLS } from './laterCalls';

describe('the engine worker’s later calls', () => {
  it('are named in full without loading their chunk: every call of laterApi, and no other', () => {
    expect([...LATER_CALLS].sort()).toEqual(Object.keys(laterApi).sort());
  });
});
