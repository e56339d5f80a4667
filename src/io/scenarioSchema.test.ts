import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema, scenarioJsonSchemaText, SCHEMA_ID } from './scenarioSchema';

const SCHEMA_FILE = fileURLToPath(new URL('../../scenarios/schema.json', import.meta.url));

describe('scenarios/schema.json', () => {
  it('matches a fresh export (run `npm run gen:schema` after changing the format)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(scenarioJsonSchemaText());
  });

  it('is draft 2020-12, identifies itself and rejects unknown fields', () => {
    const schema = scenarioJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(SCHEMA_ID);
    expect(schema.title).toMatch(/ \/ /);
    expect(schema.additionalProperties).toBe(false);
  });

  it('describes every field in Chinese and English', () => {
    const missing: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (node === null || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      if (typeof n.type === 'string' || Array.isArray(n.anyOf)) {
        if (typeof n.description !== 'string' || !/[\u4e00-\u9fff].* \/ .*[A-Za-z]/.test(n.description)) missing.push(path || '(root)');
      }
      for (const [k, v] of Object.entries((n.properties as Record<string, unknown>) ?? {})) walk(v, `${path}.${k}`);
      if (n.items) walk(n.items, `${path}[]`);
      if (n.additionalProperties && typeof n.additionalProperties === 'object') walk(n.additionalProperties, `${path}{}`);
    };
    walk(scenarioJsonSchema(), '');
    expect(missing).toEqual([]);
  });
});
