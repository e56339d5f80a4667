/**
 * The scenario file format as a zod schema. It mirrors src/engine/scenario.ts field for field; the
 * type check at the bottom fails to compile when the two drift apart. Descriptions are bilingual so
 * the exported JSON Schema (scenarios/schema.json) documents itself.
 */
import { z } from './strictCsp';
import { PARAMS, PARAM_KEYS, type ParamKey } from '../engine/params';
import { DISTRICT_PARAM_KEYS, type DistrictParamKey } from '../engine/overrides';
import { SCHEMA_VERSION, type Scenario } from '../engine/scenario';
import { city } from './citySchema';
import { plan } from './planSchema';
import { authoredRuleSetSchema } from './ruleSetSchema';
import { withBounds } from './fieldBounds';
import { amount, id, name, year } from './schemaFields';
import { uncertainty } from './uncertaintySchema';

const horizon = z
  .strictObject({
    baseYear: year('基准年：城市数据所描述的年份，须为规划期首年的上一年 / base year: the year the city figures describe, the year before the first year'),
    firstYear: year('规划期首年 / first year of the horizon'),
    lastYear: year('规划期末年 / last year of the horizon'),
  })
  .describe('规划期 / horizon');

/** One value for every year, or dated values by year: a reform from 2028 is { "2028": 0.6 }. */
const overrideValue = (key: ParamKey) =>
  z
    .union([
      z.number().describe(`各年适用的取值（单位 ${PARAMS[key].unit}） / value in every year (unit ${PARAMS[key].unit})`),
      z
        .record(z.string().regex(/^\d{4}$/).describe('生效年份，如 "2028" / four-digit year it takes effect, e.g. "2028"'), z.number())
        .describe('按年份生效的取值：自该年起适用，首个年份之前沿用规则集的值 / dated values: each holds from its year on; before the first, the rule set’s value holds'),
    ])
    .describe(`参数 ${key} 的方案取值 / the scenario’s value of ${key}`);

// One optional entry per known parameter, so an unknown key is caught by shape and the schema lists every lever.
const overrideShape = Object.fromEntries(PARAM_KEYS.map((key) => [key, overrideValue(key).optional()])) as Record<ParamKey, z.ZodOptional<ReturnType<typeof overrideValue>>>;

const districtShape = Object.fromEntries(
  DISTRICT_PARAM_KEYS.map((key) => [
    key,
    z.record(id('区（县）编号 / district id'), overrideValue(key)).describe(`各区（县）自定的 ${key} / ${key} as each district chose it`).optional(),
  ]),
) as Record<DistrictParamKey, z.ZodOptional<z.ZodRecord<z.ZodString, ReturnType<typeof overrideValue>>>>;

const ruleSet = z
  .strictObject({
    id: id('内置规则集编号，如 "GOV2020"，或携带的自定规则集的编号 / id of a built-in rule set, e.g. "GOV2020", or of the authored set carried in custom'),
    overrides: z
      .strictObject(overrideShape)
      .describe('覆盖规则集的参数值（各年适用或自某年起适用，须在该参数的允许范围内） / parameter values replacing the rule set’s, in every year or from a given year (within the parameter’s range)')
      .optional(),
    districtOverrides: z
      .strictObject(districtShape)
      .describe('文件允许各区（县）自定的参数，按区（县）编号给出 / parameters a document lets districts choose, by district id')
      .optional(),
    custom: authoredRuleSetSchema.optional(),
  })
  .describe('选用的政策规则集 / rule set chosen');

const target = z
  .strictObject({
    id: id('目标编号 / target id'),
    metric: id('指标编号（见 src/registry/metrics.ts） / metric id from the registry (src/registry/metrics.ts)'),
    threshold: amount('达标阈值 / threshold'),
    year: year('考核年份 / year by which the target applies'),
    scope: z
      .strictObject({ district: id('区（县）编号；缺省为全市 / a district id; the whole city when absent').optional() })
      .describe('考核范围 / scope')
      .optional(),
    label: z
      .strictObject({ zh: z.string().describe('中文名称 / Chinese label'), en: z.string().describe('英文名称 / English label') })
      .describe('目标名称 / label')
      .optional(),
    rule: z.string().describe('目标所依据的条款，如 "NJ2007-18b" / the rule the target comes from, e.g. "NJ2007-18b"').optional(),
  })
  .describe('目标 / target');

export const scenarioSchema = z
  .strictObject({
    schemaVersion: z.literal(SCHEMA_VERSION).describe('文件格式版本 / file format version'),
    name: name('场景名称 / scenario name'),
    description: z.string().describe('场景说明 / description').optional(),
    horizon,
    city,
    ruleSet,
    plan,
    targets: z.array(target).describe('目标 / targets'),
    uncertainty: uncertainty.optional(),
    seed: z.int().min(0).describe('随机数种子，相同种子结果相同 / random seed; the same seed gives the same results'),
  })
  .describe('社区规划沙盘场景 / Shapan planning scenario');

// Mutual "identical type" check: any field added, removed or retyped on one side and not the other fails to compile.
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;
export type SchemaMatchesEngine = Expect<Equal<z.infer<typeof scenarioSchema>, Scenario>>;

export const SCHEMA_ID = 'urn:shapan:scenario:1';
export const SCHEMA_TITLE = '社区规划沙盘场景 / Shapan planning scenario';

/** The JSON Schema (draft 2020-12) written to scenarios/schema.json. */
export function scenarioJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(scenarioSchema, { target: 'draft-2020-12' });
  return withBounds({ $schema, $id: SCHEMA_ID, title: SCHEMA_TITLE, ...rest });
}

/** The file's exact text, shared by the exporter and the test that keeps the committed file current. */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
