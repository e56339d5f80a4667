/**
 * A rule set a user wrote, as a zod schema: the built-ins' shape (src/engine/ruleSet.ts) with its
 * documents and clauses inside. The shape only; references, dates, ranges and units are checked in
 * checkAuthoredRuleSet.ts once the shape holds.
 */
import { z } from './strictCsp';
import { PARAM_KEYS, type ParamKey } from '../engine/params';
import { PARAM_UNITS } from '../registry/units';
import { id, name } from './schemaFields';

const text = (what: string) =>
  z
    .strictObject({ zh: name(`${what}（中文） / ${what} in Chinese`), en: name(`${what}（英文） / ${what} in English`) })
    .describe(what);

const clause = z
  .strictObject({
    id: id('条款编号，参数以此引用，如 "XC2027-3" / clause id that parameters cite, e.g. "XC2027-3"'),
    text: name('条款原文 / the clause as the document words it'),
  })
  .describe('条款 / clause');

const ownDocument = z
  .strictObject({
    id: id('文件编号，参数以此引用 / document id that parameters cite'),
    title: name('文件标题 / title'),
    number: name('文号 / document number'),
    issuer: name('发文机关 / issuer'),
    date: z.string().describe('发文日期 YYYY-MM-DD / date of issue, YYYY-MM-DD'),
    clauses: z.array(clause).min(1).describe('条款 / clauses'),
  })
  .describe('规则集所依据的文件 / a document the rule set rests on');

const reference = z
  .strictObject({
    doc: id('文件编号 / document id'),
    rule: id('条款编号 / clause id'),
  })
  .describe('出处 / citation');

// One schema for every key: the unit each key fixes is checked in checkAuthoredRuleSet.ts.
const parameter = z
  .strictObject({
    values: z.record(z.string(), z.number().describe('取值 / value')).describe('自各日期（YYYY-MM-DD）起生效的取值 / value in force from each date (YYYY-MM-DD) on'),
    unit: z.enum(PARAM_UNITS).describe('单位，由参数决定（见 src/engine/params.ts） / unit, fixed by the parameter (src/engine/params.ts)'),
    label: text('参数名称 / label'),
    range: z.tuple([z.number(), z.number()]).describe('文件允许的范围 [下限, 上限] / the range the document allows [low, high]').optional(),
    reference: z.array(reference).describe('所依据的条款 / the clauses it comes from'),
    note: text('取值说明 / how the text was read').optional(),
    citationOnly: z.literal(true).describe('仅引用条款编号，不参与测算 / kept to show the clause, read by no result').optional(),
  })
  .describe('参数：带日期的取值、单位、允许范围及出处 / parameter: dated values, unit, allowed range and citation')
  .optional();

const parameterShape = Object.fromEntries(PARAM_KEYS.map((key) => [key, parameter])) as Record<ParamKey, typeof parameter>;

export const authoredRuleSetSchema = z
  .strictObject({
    id: id('规则集编号，不得与内置规则集相同 / rule set id, not a built-in one'),
    name: text('规则集名称 / rule set name'),
    docs: z.array(id('文件编号 / document id')).describe('所依据的文件编号 / ids of the documents it rests on'),
    description: text('规则集说明 / description'),
    parameters: z.strictObject(parameterShape).describe('参数 / parameters'),
    documents: z.array(ownDocument).min(1).describe('规则集自带的文件及条款 / the documents and clauses the set carries'),
  })
  .describe('自定政策规则集 / authored rule set');
