/**
 * zod's issues turned into messages a planner can act on: the field, what was found, what is allowed,
 * in Chinese and English. zod's own messages are English-only and name types rather than rules.
 */
import type { z } from 'zod';
import { RULE_SETS } from '../engine/policyLibrary';
import type { RuleSet } from '../engine/ruleSet';
import { describeAllowed, describeFound, fieldsOf, schemaAt } from './describeAllowed';
import { ALLOWED, ISSUE } from '../i18n/validation';
import { describeValue, listOf, type ValidationError } from './validationError';
import { formatPath } from './formatPath';

type Issue = z.core.$ZodIssue;
type AnySchema = z.core.$ZodType;

const MISSING = Symbol('missing');

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let here: unknown = input;
  for (const seg of path) {
    if (here === null || typeof here !== 'object' || !Object.hasOwn(here, seg)) return MISSING;
    here = (here as Record<PropertyKey, unknown>)[seg];
  }
  return here === undefined ? MISSING : here;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length];
}

/** A likely intended name for a misspelt key, so the message can offer it. */
function closest(key: string, allowed: readonly string[]): string | undefined {
  let best: string | undefined;
  // Short keys are a fair distance from everything; offering a guess for them would mislead.
  if (key.length < 3) return undefined;
  let bestDistance = Math.max(1, Math.floor(key.length / 3)) + 1;
  for (const candidate of allowed) {
    const d = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

function unknownKey(path: readonly PropertyKey[], key: string, allowed: readonly string[], input: unknown): ValidationError {
  const guess = closest(key, allowed);
  // Overrides and an authored set's parameters are keyed by parameter, so an unknown key there is an unknown parameter.
  const isOverride = formatPath(path) === 'ruleSet.overrides' || path[path.length - 1] === 'parameters';
  // The full parameter list is long; the chosen rule set's own parameters are the ones that can be overridden.
  const set = isOverride && !guess && path.length === 2 ? chosenRuleSet(input) : undefined;
  const message = ISSUE.unknownKey({
    key,
    isOverride,
    guess,
    ruleSet: set && { id: set.id, params: listOf(Object.keys(set.parameters)) },
    fields: !isOverride && allowed.length > 0 ? listOf(allowed) : undefined,
  });
  return { path: formatPath([...path, key]), ...message };
}

function chosenRuleSet(input: unknown): RuleSet | undefined {
  const id = valueAt(input, ['ruleSet', 'id']);
  return typeof id === 'string' && Object.hasOwn(RULE_SETS, id) ? RULE_SETS[id] : undefined;
}

function mismatch(root: AnySchema, input: unknown, path: readonly PropertyKey[]): ValidationError {
  const schema = schemaAt(root, path);
  const allowed = schema ? describeAllowed(schema) : ALLOWED.valid;
  const value = valueAt(input, path);
  if (value === MISSING) return { path: formatPath(path), ...ISSUE.missing(allowed) };
  return { path: formatPath(path), ...ISSUE.mismatch(allowed, describeFound(schema, value)) };
}

function oneOf(input: unknown, path: readonly PropertyKey[], tags: string[]): ValidationError {
  return { path: formatPath(path), ...ISSUE.notOneOf(listOf(tags), describeValue(valueAt(input, path))) };
}

function translateOne(root: AnySchema, input: unknown, issue: Issue, base: readonly PropertyKey[]): ValidationError[] {
  const path = [...base, ...issue.path];
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = fieldsOf(schemaAt(root, path));
      return issue.keys.map((key) => unknownKey(path, key, allowed, input));
    }
    case 'invalid_key': {
      const key = String(path[path.length - 1]);
      return [{ path: formatPath(path), ...ISSUE.yearKey(key) }];
    }
    case 'invalid_union': {
      // A discriminated union whose tag matches no alternative (uncertainty inputs, distributions): list the tags.
      const tags = (issue as { options?: unknown[] }).options;
      if (issue.errors.length === 0 && Array.isArray(tags)) return [oneOf(input, path, tags.map(String))];
      // Report against the alternative the input came closest to; when none stands out, say what the alternatives are.
      const sizes = issue.errors.map((e) => e.length);
      const fewest = Math.min(...sizes);
      const best = sizes.filter((n) => n === fewest).length === 1 ? issue.errors[sizes.indexOf(fewest)] : undefined;
      return best && best.length > 0 ? best.flatMap((inner) => translateOne(root, input, inner, path)) : [mismatch(root, input, path)];
    }
    case 'invalid_type':
    case 'too_small':
    case 'too_big':
    case 'invalid_value':
    case 'invalid_format':
    case 'not_multiple_of':
      return [mismatch(root, input, path)];
    default:
      return [{ path: formatPath(path), ...ISSUE.invalid(issue.message) }];
  }
}

/** One message per problem; several issues on one field (e.g. wrong type and out of range) collapse into one. */
export function translateIssues(root: AnySchema, input: unknown, issues: readonly Issue[]): ValidationError[] {
  const seen = new Set<string>();
  const out: ValidationError[] = [];
  for (const issue of issues) {
    for (const error of translateOne(root, input, issue, [])) {
      const key = `${error.path}\u0000${error.en}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(error);
    }
  }
  return out;
}
