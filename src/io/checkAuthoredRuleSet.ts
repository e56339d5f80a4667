/**
 * Checks on a rule set a user wrote that need more than its shape: ids unique, dates real, units the
 * ones the parameter keys fix, values inside their ranges and units, every citation resolving to a
 * clause the set carries. Runs on a set whose shape already holds (ruleSetSchema.ts).
 */
import { PARAMS, type ParamKey } from '../engine/params';
import { RULE_SETS } from '../engine/policyLibrary';
import type { AuthoredRuleSet, OwnDocument, Parameter } from '../engine/ruleSet';
import { both, RULE_SET_CHECK } from '../i18n/checks';
import { AUTHORED_CHECK, AUTHORED_ITEM } from '../i18n/ruleSetChecks';
import type { Report } from './checkScenario';
import { listOf, type PathSegment } from './validationError';
import { formatPath } from './formatPath';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A YYYY-MM-DD that names a day of the calendar (no 2027-02-30). */
export function isDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d;
}

export function checkAuthoredRuleSet(set: AuthoredRuleSet, base: readonly PathSegment[], report: Report): void {
  if (Object.hasOwn(RULE_SETS, set.id)) report([...base, 'id'], ...both(AUTHORED_CHECK.builtInId(set.id)));
  const clauses = checkDocuments(set.documents, base, report);
  set.docs.forEach((doc, i) => {
    if (!clauses.has(doc)) report([...base, 'docs', i], ...both(AUTHORED_CHECK.unknownDoc(doc, listOf([...clauses.keys()]))));
  });
  for (const [key, param] of Object.entries(set.parameters) as [ParamKey, Parameter | undefined][]) {
    if (param) checkParameter(key, param, [...base, 'parameters', key], clauses, report);
  }
}

/** Reports duplicate ids and dates that are not dates; returns each document's clause ids. */
function checkDocuments(documents: OwnDocument[], base: readonly PathSegment[], report: Report): Map<string, Set<string>> {
  const clauses = new Map<string, Set<string>>();
  const firstDoc = new Map<string, number>();
  // Clause ids are unique across the set, as the built-ins' are: a citation reads the same wherever it is shown.
  const firstClause = new Map<string, string>();
  documents.forEach((doc, d) => {
    const at = [...base, 'documents', d];
    const earlier = firstDoc.get(doc.id);
    if (earlier !== undefined) {
      report([...at, 'id'], ...both(AUTHORED_CHECK.duplicateId(AUTHORED_ITEM.document, doc.id, formatPath([...base, 'documents', earlier]))));
    } else firstDoc.set(doc.id, d);
    if (!isDate(doc.date)) report([...at, 'date'], ...both(AUTHORED_CHECK.notADate(doc.date)));
    const ids = clauses.get(doc.id) ?? new Set<string>();
    doc.clauses.forEach((clause, c) => {
      const path = [...at, 'clauses', c];
      const seen = firstClause.get(clause.id);
      if (seen !== undefined) report([...path, 'id'], ...both(AUTHORED_CHECK.duplicateId(AUTHORED_ITEM.clause, clause.id, seen)));
      else firstClause.set(clause.id, formatPath(path));
      ids.add(clause.id);
    });
    clauses.set(doc.id, ids);
  });
  return clauses;
}

function checkParameter(key: ParamKey, param: Parameter, path: PathSegment[], clauses: Map<string, Set<string>>, report: Report): void {
  const unit = PARAMS[key].unit;
  if (param.unit !== unit) report([...path, 'unit'], ...both(AUTHORED_CHECK.unitFixed(key, unit, param.unit)));
  const range = param.range;
  const rangeOk = !range || range[0] <= range[1];
  if (range && !rangeOk) report([...path, 'range'], ...both(AUTHORED_CHECK.rangeOrder(range[0], range[1])));
  const dates = Object.keys(param.values);
  if (dates.length === 0) report([...path, 'values'], ...both(AUTHORED_CHECK.noValues));
  for (const date of dates) {
    const at = [...path, 'values', date];
    if (!isDate(date)) report(at, ...both(AUTHORED_CHECK.notADate(date)));
    const value = param.values[date];
    if (range && rangeOk && (value < range[0] || value > range[1])) report(at, ...both(AUTHORED_CHECK.outOfRange(range[0], range[1], value)));
    else checkUnitBounds(unit, value, at, report);
  }
  if (param.reference.length === 0) report([...path, 'reference'], ...both(AUTHORED_CHECK.noReference));
  param.reference.forEach((ref, r) => {
    const at = [...path, 'reference', r];
    const docClauses = clauses.get(ref.doc);
    if (!docClauses) report([...at, 'doc'], ...both(AUTHORED_CHECK.unknownDoc(ref.doc, listOf([...clauses.keys()]))));
    else if (!docClauses.has(ref.rule)) report([...at, 'rule'], ...both(AUTHORED_CHECK.unknownClause(ref.rule, ref.doc, listOf([...docClauses]))));
  });
}

/** What a unit allows whatever the document says: a share within 0–1, a flag 0 or 1, a year of four digits, no negatives. */
export function checkUnitBounds(unit: string, value: number, path: readonly PathSegment[], report: Report): void {
  if (unit === 'share' && (value < 0 || value > 1)) report(path, ...both(RULE_SET_CHECK.share(value)));
  else if (unit === 'flag' && value !== 0 && value !== 1) report(path, ...both(RULE_SET_CHECK.flag(value)));
  else if (unit === 'year' && !/^\d{4}$/.test(String(value))) report(path, ...both(RULE_SET_CHECK.year(value)));
  else if (value < 0) report(path, ...both(RULE_SET_CHECK.negative(value)));
}
