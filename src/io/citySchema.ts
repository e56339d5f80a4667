/**
 * The city in the scenario schema: districts, streets and communities with their base-year figures,
 * and the spatial block (crs, population cells, the walk, facilities, a walking network).
 */
import { z } from './strictCsp';
import { amount, count, growth, id, location, name, pair, payer, share, year } from './schemaFields';

const facilityType = z
  .enum(['market', 'sports', 'culture', 'service', 'medical', 'elderly', 'health'])
  .describe(
    '设施类型：market 便民市场、sports 运动场地、culture 文化活动中心、service 社区服务中心、medical 医疗服务机构、elderly 居家养老服务站、health 社区卫生服务站（GOV2020-4b） / facility type (GOV2020-4b)',
  );

export const facility = z
  .strictObject({
    id: id('设施编号，全市唯一 / facility id, unique in the city'),
    name: name('设施名称 / facility name'),
    type: facilityType,
    location: location.describe('位置，形式须与 city.spatial.crs 一致 / location, in the form city.spatial.crs says'),
    openingYear: year('开始服务的年份 / first year it serves residents'),
    capitalCost: amount('建设投资（元），计入开业当年 / capital cost (yuan), spent in the opening year').optional(),
    runningCost: amount('年运营经费（元），自开业当年起每年计入 / running cost (yuan per year), every year from opening').optional(),
    payer: payer.optional(),
    community: id('居家养老服务站所属社区编号（NT2011-4），费用计入该社区 / for an elderly facility: the community whose care station it is (NT2011-4); its costs are booked there').optional(),
    carePoint: z
      .enum(['dayCare', 'meal', 'rehab'])
      .describe('养老服务点类型：dayCare 日托站、meal 就餐点、rehab 康复点（NT2011-4c） / for an elderly facility: a day-care station, meal point or rehabilitation point (NT2011-4c)')
      .optional(),
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

const serviceCircle = z
  .strictObject({
    id: id('服务圈编号 / service circle id'),
    minutes: z.number().positive().describe('步行时间（分钟），如乌海 10 分钟 / walking time in minutes, e.g. 10 in Wuhai'),
    types: z
      .array(facilityType)
      .min(1)
      .describe('圈内须全部步行可达的设施类型 / facility types that must all be within the walk'),
  })
  .describe('服务圈（CASES-wuhai） / service circle (CASES-wuhai)');

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
    serviceCircles: z
      .array(serviceCircle)
      .refine((list) => new Set(list.map((c) => c.id)).size === list.length, '服务圈编号重复 / service circle ids must differ')
      .describe('另设步行时间和设施类型的服务圈，与生活圈并列计算（如乌海“十分钟服务圈”） / service circles with a walking time and facility types of their own, measured beside the life circle (e.g. Wuhai ten-minute circle)')
      .optional(),
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
    migrants: count(
      '基准年居住在本社区的流动（暂住）人口，规划期内按此数计（QY-9） / migrant (temporary) residents living in the community in the base year, held through the horizon (QY-9)',
    ).optional(),
    registrationsPerYear: count(
      '基准年之后每年新落户（户籍迁入）的外来人口户数；每户自落户当年起每年补贴（QY-8） / migrant households newly registered here each year after the base year; each is paid for every year from its registration (QY-8)',
    ).optional(),
    volunteers: count(
      '基准年注册社区义工人数，规划期内按此数计（QY-14） / registered community volunteers in the base year, held through the horizon (QY-14)',
    ).optional(),
    space: amount('基准年办公和服务用房面积（平方米） / office and service floor space in the base year (m²)'),
    publicBenefitShare: share('用房中用于公益性服务的面积比例，0–1（NJ2007-19：2/3以上） / share of the space used for public-benefit service, 0–1 (NJ2007-19: at least 2/3)').optional(),
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
    estimatedFields: z
      .array(z.enum(['households', 'residents', 'staff', 'space']).describe('估算的基础数据 / an estimated base figure'))
      .min(1)
      .describe(
        '仍为估算值的基础数据（户数、常住人口、工作者、用房）；不填时全部为估算值；编辑某项即去掉该项 / the base figures still holding an estimate (households, residents, staff, space); all of them when absent; editing one removes it',
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

/** A wage level of the city: a statistic the plan's pay is measured against (NJ2007-17, GOV2020-3b), never a lever. */
const wageSeries = (what: string) =>
  z
    .strictObject({
      base: amount('基准年水平（元/人·年）；缺省则不作参照 / level in the base year (yuan per person per year); no benchmark without it').optional(),
      growth: growth('年增长率，缺省为 0 / annual growth, 0 when left out').optional(),
    })
    .describe(what);

export const city = z
  .strictObject({
    name: name('城市名称 / city name'),
    averageWage: wageSeries('全市职工平均工资（NJ2007-17 以上年度水平为报酬目标） / the city’s average employee wage (NJ2007-17 sets pay against the previous year’s)').optional(),
    publicInstitutionPay: wageSeries('当地事业单位同类人员报酬（GOV2020-3b 的参照） / pay of local public-institution staff of the same kind (GOV2020-3b’s benchmark)').optional(),
    districts: z.array(district).min(1).describe('区（县），至少一个 / districts, at least one'),
    spatial: spatial.optional(),
    facilities: z.array(facility).describe('基准年已开业的生活圈设施 / life-circle facilities open by the base year').optional(),
    walkingNetwork: walkingNetwork.optional(),
  })
  .describe('市 / city');
