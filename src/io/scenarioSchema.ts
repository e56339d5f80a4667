/**
 * The scenario file format as a zod schema. It mirrors src/engine/scenario.ts field for field; the
 * type check at the bottom fails to compile when the two drift apart. Descriptions are bilingual so
 * the exported JSON Schema (scenarios/schema.json) documents itself.
 */
import { z } from 'zod';
import { PARAMS, PARAM_KEYS, type ParamKey } from '../engine/params';
import { SCHEMA_VERSION, type Scenario } from '../engine/scenario';

/** Years a scenario may speak of; wide enough for historical bases and long horizons. */
export const YEAR_MIN = 1900;
export const YEAR_MAX = 2100;

const id = (what: string) => z.string().min(1).describe(what);
const name = (what: string) => z.string().min(1).describe(what);
const count = (what: string) => z.int().min(0).describe(what);
const amount = (what: string) => z.number().min(0).describe(what);
const share = (what: string) => z.number().min(0).max(1).describe(what);
// A city losing half its households in a year, or doubling them, is outside anything the model is for.
const growth = (what: string) => z.number().min(-0.5).max(1).describe(what);
const year = (what: string) => z.int().min(YEAR_MIN).max(YEAR_MAX).describe(what);

const payer = z.enum(['city', 'district', 'street']).describe('出资方：city 市级、district 区（县）级、street 街道 / payer');

const location = z
  .union([
    z.strictObject({
      lon: z.number().min(-180).max(180).describe('经度（WGS-84） / longitude (WGS-84)'),
      lat: z.number().min(-90).max(90).describe('纬度（WGS-84） / latitude (WGS-84)'),
    }),
    z.strictObject({
      x: z.number().describe('平面坐标 x（米） / x in a local plane (metres)'),
      y: z.number().describe('平面坐标 y（米） / y in a local plane (metres)'),
    }),
  ])
  .describe('位置：经纬度或平面坐标 / location: longitude/latitude or local-plane metres');

/** A point as two numbers in the city's crs: [lon, lat] for wgs84, [x, y] metres for local. */
const pair = (what: string) =>
  z
    .tuple([
      z.number().describe('经度或 x / longitude or x'),
      z.number().describe('纬度或 y / latitude or y'),
    ])
    .describe(what);

const facilityType = z
  .enum(['market', 'sports', 'culture', 'service', 'medical', 'elderly', 'health'])
  .describe(
    '设施类型：market 便民市场、sports 运动场地、culture 文化活动中心、service 社区服务中心、medical 医疗服务机构、elderly 居家养老服务站、health 社区卫生服务站（GOV2020-4b） / facility type (GOV2020-4b)',
  );

const facility = z
  .strictObject({
    id: id('设施编号，全市唯一 / facility id, unique in the city'),
    name: name('设施名称 / facility name'),
    type: facilityType,
    location: location.describe('位置，形式须与 city.spatial.crs 一致 / location, in the form city.spatial.crs says'),
    openingYear: year('开始服务的年份 / first year it serves residents'),
    capitalCost: amount('建设投资（元），计入开业当年 / capital cost (yuan), spent in the opening year').optional(),
    runningCost: amount('年运营经费（元），自开业当年起每年计入 / running cost (yuan per year), every year from opening').optional(),
    payer: payer.optional(),
  })
  .describe('生活圈设施 / life-circle facility');

const walk = z
  .strictObject({
    minutes: z.number().positive().describe('步行时间（分钟），默认 15（GOV2020-4b） / walking time in minutes, default 15 (GOV2020-4b)').optional(),
    speedMetresPerMinute: z
      .number()
      .positive()
      .describe('步行速度（米/分钟），默认 70（生活圈评估常用 60–80） / walking speed in m per minute, default 70 (audits use 60–80)')
      .optional(),
    detourFactor: z
      .number()
      .min(1)
      .describe('绕行系数：步行路程 = 直线距离 × 该值，默认 1.25（估计值）；有步行网络时不用 / walking route = straight line × this, default 1.25 (estimate); unused with a walking network')
      .optional(),
  })
  .describe('步行参数 / how far residents walk');

const spatial = z
  .strictObject({
    crs: z.enum(['wgs84', 'local']).describe('坐标系：wgs84 经纬度，local 平面坐标（米） / coordinates: wgs84 lon/lat, or local metres'),
    // Finer than 10 m adds nothing at a walk's scale and multiplies the cells a hundredfold; coarser than 1 km blurs the circle itself.
    cellSize: z
      .number()
      .min(10)
      .max(1000)
      .describe('人口网格边长（米，10–1000），默认 100 / side of a population cell in metres (10–1,000), default 100')
      .optional(),
    walk: walk.optional(),
  })
  .describe('空间数据：坐标系、人口网格和步行参数；缺省时不计算生活圈覆盖 / spatial data: coordinates, population cells and the walk; without it no life-circle coverage is computed');

const walkingNetwork = z
  .strictObject({
    nodes: z.array(pair('节点坐标 / node coordinates')).min(2).describe('步行网络节点，形式与 crs 一致 / walking network nodes, in the crs'),
    edges: z
      .array(
        z
          .tuple([
            z.int().min(0).describe('起点节点序号 / index of the first node'),
            z.int().min(0).describe('终点节点序号 / index of the second node'),
          ])
          .describe('连接两个节点的路段 / a path joining two nodes'),
      )
      .min(1)
      .describe('步行网络路段 / walking network edges'),
  })
  .describe('步行网络：给出时按网络计算步行距离 / walking network: when given, walks follow it');

const staff = z
  .strictObject({
    inPost: count('基准年在岗专职社区工作者人数 / full-time community workers in post in the base year'),
    certified: count('其中持证社会工作者人数（NJ2007-16） / of whom certified social workers (NJ2007-16)'),
    bachelor: count('其中本科及以上学历人数（NJ2007-16） / of whom holding a bachelor’s degree or above (NJ2007-16)'),
    committeeMembers: count(
      '非专职的居委会成员人数，仅在规则集要求时计入（YX2008-5） / residents’ committee members who are not full-time workers, counted only where the rule set says so (YX2008-5)',
    ).optional(),
  })
  .describe('社区工作者 / community staff');

const community = z
  .strictObject({
    id: id('社区编号，全市唯一 / community id, unique in the city'),
    name: name('社区名称 / community name'),
    kind: z
      .enum(['urbanExisting', 'urbanNew', 'rural'])
      .describe('社区类型：urbanExisting 已建城市社区、urbanNew 新建城市社区、rural 农村社区 / community kind'),
    households: count('基准年户数 / households in the base year'),
    residents: count('基准年常住人口 / residents in the base year'),
    growth: growth('户数年增长率，如 0.02 / annual household growth rate, e.g. 0.02'),
    dwellings: count(
      '新建小区住房套数；户数不超过该数，入住率 = 户数 / 套数（GOV2020-2b） / dwellings of a new estate; households never exceed it, occupancy = households / dwellings (GOV2020-2b)',
    ).optional(),
    staff,
    space: amount('基准年办公和服务用房面积（平方米） / office and service floor space in the base year (m²)'),
    location: location.optional(),
    area: z.number().positive().describe('社区面积（平方米），居民按此面积的圆形分布在位置周围 / area in m²; residents spread over a disc of this area around the location').optional(),
    polygon: z
      .array(pair('边界点 / boundary point'))
      .min(3)
      .describe('社区边界，由 city.spatial.crs 坐标组成的闭合环；居民分布在环内 / the boundary as a ring in the city’s crs; residents fill it')
      .optional(),
    estimated: z
      .literal(true)
      .describe(
        '为 true 时户数等基础数据为估算值（按统计用区划代码建立社区时填入，如城市社区每社区2500户，NJ2007-2），录入或导入实际户数后去掉 / true when the base figures are estimates (filled in when the community came from the statistical division codes, e.g. 2,500 households per urban community, NJ2007-2), removed once real households are entered or imported',
      )
      .optional(),
  })
  .describe('社区 / community');

const street = z
  .strictObject({
    id: id('街道编号，全市唯一 / street id, unique in the city'),
    name: name('街道（乡镇）名称 / street name'),
    class: z.literal([1, 2, 3]).describe('街道类别 1、2 或 3（CS2010-6a） / street class 1, 2 or 3 (CS2010-6a)'),
    centreSpace: amount(
      '基准年街道社区服务中心面积（平方米，NJ2007-18c、NT2011-5b） / street service centre floor space in the base year (m², NJ2007-18c, NT2011-5b)',
    ),
    stationStaff: count('街道公共服务站在岗人数（CS2010-6a） / posts filled at the street public service station (CS2010-6a)'),
    communities: z.array(community).describe('所辖社区 / communities of the street'),
  })
  .describe('街道（乡镇） / street');

const district = z
  .strictObject({
    id: id('区（县）编号，全市唯一 / district id, unique in the city'),
    name: name('区（县）名称 / district name'),
    centreSpace: amount(
      '基准年区（县）社区服务中心面积（平方米，NJ2007-18d、NT2011-5a） / district service centre floor space in the base year (m², NJ2007-18d, NT2011-5a)',
    ),
    streets: z.array(street).describe('所辖街道（乡镇） / streets of the district'),
  })
  .describe('区（县） / district');

const city = z
  .strictObject({
    name: name('城市名称 / city name'),
    districts: z.array(district).min(1).describe('区（县），至少一个 / districts, at least one'),
    spatial: spatial.optional(),
    facilities: z.array(facility).describe('基准年已开业的生活圈设施 / life-circle facilities open by the base year').optional(),
    walkingNetwork: walkingNetwork.optional(),
  })
  .describe('市 / city');

const horizon = z
  .strictObject({
    baseYear: year('基准年：城市数据所描述的年份 / base year: the year the city figures describe'),
    firstYear: year('规划期首年 / first year of the horizon'),
    lastYear: year('规划期末年 / last year of the horizon'),
  })
  .describe('规划期 / horizon');

// One optional number per known parameter, so an unknown key is caught by shape and the schema lists every lever.
const overrideShape = Object.fromEntries(
  PARAM_KEYS.map((key) => [key, z.number().describe(`参数 ${key} 的取值（单位 ${PARAMS[key].unit}） / value of ${key} (unit ${PARAMS[key].unit})`).optional()]),
) as Record<ParamKey, z.ZodOptional<z.ZodNumber>>;

const ruleSet = z
  .strictObject({
    id: id('内置规则集编号，如 "GOV2020" / id of a built-in rule set, e.g. "GOV2020"'),
    overrides: z
      .strictObject(overrideShape)
      .describe('覆盖规则集的参数值（每年适用，须在该参数的允许范围内） / parameter values replacing the rule set’s in every year (within the parameter’s range)')
      .optional(),
  })
  .describe('选用的政策规则集 / rule set chosen');

const hiring = z
  .strictObject({
    capacityPerYear: count('全市每年最多可招聘的新工作者人数 / most new workers the whole city can recruit in a year'),
    attritionRate: share('每年离职比例 / share of workers who leave each year'),
    certifiedShare: share('新招聘者中持证社会工作者比例 / share of new hires who are certified social workers'),
    bachelorShare: share('新招聘者中本科学历比例 / share of new hires with a bachelor’s degree'),
  })
  .describe('招聘 / hiring');

const pay = z
  .strictObject({
    benchmarkWage: amount(
      '基准年每名工作者年度人力成本（工资、社会保险和住房公积金，元） / annual cost of one worker in the base year, wage plus social insurance and housing fund (yuan)',
    ),
    wageGrowth: growth('工资年增长率 / annual wage growth'),
    cityShare: share('市级承担的人员经费比例；填写时替代规则集的分担比例 / city’s share of staff pay; replaces the rule set’s split when given').optional(),
  })
  .describe('薪酬政策 / pay policy');

const project = z
  .strictObject({
    id: id('项目编号 / project id'),
    target: id('建设对象：社区、街道或区（县）编号 / what is built for: a community, street or district id'),
    m2: z.number().positive().describe('建设面积（平方米） / floor space built (m²)'),
    startYear: year('开工年份 / start year'),
    leadTimeYears: count('开工到竣工的年数；缺省取建设计划的周期 / years from start to completion; defaults to the programme’s lead time').optional(),
    costPerM2: amount('每平方米造价（元）；缺省取建设计划的造价 / yuan per m²; defaults to the programme’s cost').optional(),
    priority: count('资金不足时的优先级，数字小者先安排 / lower numbers are funded first when money is short'),
    payer: payer.optional(),
  })
  .describe('建设项目 / building project');

const building = z
  .strictObject({
    costPerM2: amount('每平方米造价（元） / construction cost per m² (yuan)'),
    leadTimeYears: count('开工到竣工的年数 / years from start to completion'),
    payer,
    autoCloseFrom: year('自该年起自动补建各社区、街道、区（县）的用房缺口 / from this year on, build whatever every community, street and district still lacks').optional(),
    aimPerHundredHouseholds: amount(
      '自动建设的目标：每百户平方米数，高于规则下限时适用（如 NJ2007-18b 高标准 30） / m² per 100 households the automatic programme aims at, when above the rule’s floor (e.g. 30 for NJ2007-18b’s high tier)',
    ).optional(),
    order: z
      .enum(['worstFirst', 'nearestFirst', 'proRata'])
      .describe('资金不足时自动补建的顺序：worstFirst 缺口最大者优先，nearestFirst 缺口最小者优先，proRata 按缺口比例 / who is built for first when money is short: largest gap, smallest gap, or a share each')
      .optional(),
    projects: z.array(project).describe('建设项目 / building projects'),
  })
  .describe('建设计划 / building programme');

const budgetByYear = z
  .record(z.string().regex(/^\d{4}$/).describe('四位数年份，如 "2026" / four-digit year, e.g. "2026"'), amount('预算（元） / budget (yuan)'))
  .describe('按年份的预算（元）；未列出的年份不设上限 / yuan per year; a year left out has no limit');

const budgets = z
  .strictObject({ city: budgetByYear.optional(), district: budgetByYear.optional(), street: budgetByYear.optional() })
  .describe('各出资方每年预算（元）；未列出的出资方不设上限 / yuan per payer per year; a payer left out has no limit');

const shortfall = z
  .strictObject({
    mode: z
      .enum(['report', 'defer'])
      .describe('资金不足时：report 照常支出并报告缺口；defer 新招聘和新开工等待资金 / report: spend and report the gap; defer: new hires and building starts wait for money'),
    priority: z
      .array(z.enum(['hiring', 'building']).describe('可推迟事项：hiring 招聘、building 建设 / deferrable item'))
      .describe('可推迟事项使用剩余预算的先后顺序 / order in which deferrable items are funded from what is left'),
  })
  .describe('资金不足时的处理 / what happens when money is short');

const plan = z
  .strictObject({
    hiring,
    pay,
    building,
    budgets,
    shortfall,
    facilities: z.array(facility).describe('规划期内新开业的生活圈设施及其投资和运营经费 / facilities opening in the horizon, with their costs').optional(),
  })
  .describe('实施方案：各年的调节参数 / plan: the levers over the years');

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

const distribution = z
  .discriminatedUnion('kind', [
    z
      .strictObject({
        kind: z.literal('normal').describe('正态分布 / normal distribution'),
        mean: z.number().describe('均值 / mean'),
        sd: z.number().min(0).describe('标准差 / standard deviation'),
        min: z.number().describe('下限：在上下限之间截断（按条件分布抽取，不堆积在界上） / lower bound: the normal is truncated to the bounds (drawn conditionally, no mass piled at a bound)').optional(),
        max: z.number().describe('上限 / upper bound').optional(),
      })
      .describe('正态分布，可设上下限截断 / normal, optionally truncated to bounds'),
    z
      .strictObject({
        kind: z.literal('triangular').describe('三角分布 / triangular distribution'),
        min: z.number().describe('最小值 / minimum'),
        mode: z.number().describe('最可能值 / most likely value'),
        max: z.number().describe('最大值 / maximum'),
      })
      .describe('三角分布：最小值、最可能值、最大值 / triangular: minimum, most likely, maximum'),
    z
      .strictObject({
        kind: z.literal('uniform').describe('均匀分布 / uniform distribution'),
        min: z.number().describe('最小值 / minimum'),
        max: z.number().describe('最大值 / maximum'),
      })
      .describe('均匀分布 / uniform between minimum and maximum'),
  ])
  .describe('抽样分布 / distribution the input is drawn from');

const inputNote = z.string().describe('取值依据，如“估计值” / where the figures come from, e.g. "estimate"').optional();

const uncertainInput = z
  .discriminatedUnion('what', [
    z
      .strictObject({
        what: z
          .enum(['householdGrowth', 'wageGrowth', 'buildingDelay', 'hiringSuccess'])
          .describe(
            '扰动对象：householdGrowth 加到每个社区的户数年增长率上；wageGrowth 加到工资年增长率上；buildingDelay 每个建设项目和规划设施的额外工期（年，取整）；hiringSuccess 招聘能力的实现比例（0–1） / what it perturbs: householdGrowth is added to every community’s growth rate; wageGrowth to the wage growth; buildingDelay is extra years for every building project and planned facility (whole years); hiringSuccess multiplies hiring capacity (0–1)',
          ),
        distribution,
        note: inputNote,
      })
      .describe('不确定输入 / uncertain input'),
    z
      .strictObject({
        what: z.literal('budget').describe('出资方预算：各年预算乘以抽样值（1 为按计划） / a payer’s budget: every year’s amount times the drawn value (1 = as planned)'),
        payer,
        distribution,
        note: inputNote,
      })
      .describe('不确定的出资方预算 / uncertain budget of a payer'),
  ])
  .describe('不确定输入：扰动对象和抽样分布 / uncertain input: what it perturbs and its distribution');

// Ten thousand draws of a 3,000-community city take a few minutes on a laptop (estimate); beyond that a batch run is the tool.
export const DRAWS_MAX = 10_000;

const uncertainty = z
  .strictObject({
    draws: z.int().min(1).max(DRAWS_MAX).describe(`蒙特卡洛抽样次数（1–${DRAWS_MAX}） / Monte Carlo draws (1–${DRAWS_MAX})`),
    inputs: z.array(uncertainInput).describe('不确定输入，每个扰动对象至多一个 / uncertain inputs, at most one per thing perturbed'),
  })
  .describe('不确定性：对增长、工资、预算、工期和招聘的抽样分布；抽样由随机数种子和抽样序号决定 / uncertainty: distributions on growth, wages, budgets, delays and hiring; each draw follows from the seed and its index');

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
  return { $schema, $id: SCHEMA_ID, title: SCHEMA_TITLE, ...rest };
}

/** The file's exact text, shared by the exporter and the test that keeps the committed file current. */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
