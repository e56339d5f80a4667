/**
 * Quiz questions answered by the trainee's own run: the true figure is read from the run view, and the
 * three wrong choices are derived from it (a step or two away for headcounts, half or double for
 * money — paying the whole wage instead of a half share is the mistake GOV2020-3b's 5:5 invites).
 * Nothing is a fixed string: change the plan and the answer changes with it.
 */
import { metricById, type MetricUnit } from '../metrics';
import type { RunView } from '../runView';
import type { QuizSpec } from './exercise';

export type QuizUnit = MetricUnit | 'household';

export interface QuizQuestion {
  spec: QuizSpec;
  unit: QuizUnit;
  /** null when the run does not have the figure (a year outside the horizon, say) */
  answer: number | null;
  /** four choices in ascending order, the answer among them */
  options: number[];
  correct: number;
}

const yearIndex = (view: RunView, year: number) => view.summary.years.indexOf(year);

/** The figure the question asks for, in the engine's units, and its unit. */
export function quizValue(spec: QuizSpec, view: RunView): { value: number | null; unit: QuizUnit } {
  const y = yearIndex(view, spec.year);
  if (y < 0) return { value: null, unit: 'person' };
  switch (spec.kind) {
    case 'spending': {
      const rows = view.summary.funding.filter((f) => f.year === spec.year && (!spec.payer || f.payer === spec.payer));
      return { value: rows.reduce((s, f) => s + (spec.item ? (f.items[spec.item] ?? 0) : f.spent), 0), unit: 'yuan' };
    }
    case 'community': {
      const t = view.communities;
      const c = t.id.indexOf(spec.community);
      const unit: QuizUnit = spec.field === 'households' ? 'household' : spec.field.startsWith('space') ? 'm2' : 'person';
      return { value: c < 0 ? null : t[spec.field][y * t.count + c], unit };
    }
    case 'city': {
      const unit: QuizUnit = spec.field === 'households' ? 'household' : spec.field.startsWith('space') ? 'm2' : 'person';
      return { value: view.summary.totals[y][spec.field], unit };
    }
    case 'centres': {
      const row = view.summary.centres.find((c) => c.year === spec.year && c.level === spec.level);
      return { value: row ? row[spec.field] : null, unit: 'm2' };
    }
    case 'metric': {
      const series = view.metrics.find((m) => m.id === spec.metric);
      const d = spec.district === undefined ? -1 : view.districts.findIndex((x) => x.id === spec.district);
      const value = !series ? null : d < 0 ? series.city[y] : series.byDistrict[d][y];
      return { value, unit: metricById(spec.metric)?.unit ?? 'share' };
    }
  }
}

/** Rounded to what the page shows: 100 yuan (0.01万), a tenth of a point for shares, whole people and m². */
export function roundFor(unit: QuizUnit, value: number): number {
  switch (unit) {
    case 'yuan':
      return Math.round(value / 100) * 100;
    case 'share':
      return Math.round(value * 1000) / 1000;
    default:
      return Math.round(value);
  }
}

/** A small string hash, so each question picks its own pattern of wrong choices, the same every time. */
function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

const STEPS = [
  [-1, 1, 2],
  [-2, -1, 1],
  [1, 2, 3],
  [-3, -2, -1],
];
const FACTORS = [
  [0.5, 1.5, 2],
  [0.25, 0.5, 2],
  [0.5, 2, 3],
  [2 / 3, 1.5, 2],
];
const SHARE_STEPS = [
  [-0.1, 0.1, 0.2],
  [-0.2, -0.1, 0.1],
  [0.1, 0.2, 0.3],
  [-0.3, -0.2, -0.1],
];

/** Wrong choices derived from the true value; pattern picks one of four shapes so the answer's place varies. */
export function distractors(unit: QuizUnit, answer: number, pattern: number): number[] {
  const k = pattern % 4;
  let raw: number[];
  if (unit === 'share') {
    raw = SHARE_STEPS[k].map((d) => answer + d);
  } else if (unit === 'person' && Math.abs(answer) < 50) {
    raw = STEPS[k].map((d) => answer + d);
  } else if (answer === 0) {
    // Nothing spent or built: wrong choices of a plausible size for the unit.
    const unitStep = unit === 'yuan' ? 100_000 : unit === 'm2' ? 100 : 10;
    raw = [1, 2, 5].map((m) => m * unitStep);
  } else {
    raw = FACTORS[k].map((f) => answer * f);
  }
  const lower = 0;
  const upper = unit === 'share' ? 1 : Infinity;
  const out: number[] = [];
  const push = (x: number) => {
    const v = roundFor(unit, x);
    if (v >= lower && v <= upper && v !== answer && !out.includes(v)) out.push(v);
  };
  raw.forEach(push);
  // Near a bound (0 people, 100%) some shapes fall outside it: step the other way until there are three.
  const step = unit === 'share' ? 0.1 : unit === 'person' && Math.abs(answer) < 50 ? 1 : Math.max(1, Math.abs(answer)) * 0.25;
  for (let i = 1; out.length < 3 && i < 50; i++) {
    push(answer + i * step);
    push(answer - i * step);
  }
  return out.slice(0, 3);
}

export function buildQuestion(spec: QuizSpec, view: RunView): QuizQuestion {
  const { value, unit } = quizValue(spec, view);
  if (value === null || !Number.isFinite(value)) return { spec, unit, answer: null, options: [], correct: -1 };
  const answer = roundFor(unit, value);
  const options = [answer, ...distractors(unit, answer, hash(spec.id))].sort((a, b) => a - b);
  return { spec, unit, answer, options, correct: options.indexOf(answer) };
}

export function buildQuiz(specs: readonly QuizSpec[], view: RunView): QuizQuestion[] {
  return specs.map((s) => buildQuestion(s, view));
}
