/**
 * A replay of Nanjing's 2007–2010 harmonious-community programme (NJ2007, 宁委办发〔2007〕34号) on a
 * synthetic city shaped like Nanjing then: eleven districts and two counties, communities averaging
 * about 2,500 households (NJ2007-2). The targets are the document's own, at its own deadlines.
 */
import type { BuildingProject, City, Scenario, Target } from '../../engine/scenario';
import { generateCity } from './generateCity';

const SEED = 2007;

const TARGETS: Target[] = [
  {
    id: 'space-300-2008',
    metric: 'spaceMinShareMet',
    threshold: 1,
    year: 2008,
    rule: 'NJ2007-18a',
    label: { zh: '2008年全部社区办公服务用房达到300平方米', en: 'Every community at 300 m² of office and service space by 2008' },
  },
  {
    id: 'space-20-2010',
    metric: 'spaceShareMet',
    threshold: 1,
    year: 2010,
    rule: 'NJ2007-18b',
    label: { zh: '2010年全部社区达到每百户20平方米', en: 'Every community at 20 m² per 100 households by 2010' },
  },
  {
    id: 'space-30-2010',
    metric: 'spaceHighShare',
    threshold: 0.5,
    year: 2010,
    rule: 'NJ2007-18b',
    label: { zh: '2010年50%以上社区达到每百户30平方米', en: 'At least half the communities at 30 m² per 100 households by 2010' },
  },
  {
    id: 'staff-2010',
    metric: 'staffingShareMet',
    threshold: 1,
    year: 2010,
    rule: 'NJ2007-15',
    label: { zh: '2010年全部社区按每300户1人、不少于6人配齐专职工作者', en: 'Every community staffed at one per 300 households, at least 6, by 2010' },
  },
  {
    id: 'qualified-2010',
    metric: 'qualifiedShareMet',
    threshold: 1,
    year: 2010,
    rule: 'NJ2007-16',
    label: {
      zh: '2010年每个社区至少1名持证社工、1名本科学历',
      en: 'Every community with a certified social worker and a graduate by 2010',
    },
  },
  {
    id: 'street-centre-2010',
    metric: 'streetCentreShareMet',
    threshold: 1,
    year: 2010,
    rule: 'NJ2007-18c',
    label: { zh: '2010年街道社区服务中心均不少于1500平方米', en: 'Every street service centre at 1,500 m² or more by 2010' },
  },
  {
    id: 'street-centre-high-2010',
    metric: 'streetCentreHighShare',
    threshold: 0.5,
    year: 2010,
    rule: 'NJ2007-18c',
    label: { zh: '2010年50%以上街道社区服务中心超过3000平方米', en: 'Over half the street service centres above 3,000 m² by 2010' },
  },
  {
    id: 'district-centre-2010',
    metric: 'districtCentreShareMet',
    threshold: 1,
    year: 2010,
    rule: 'NJ2007-18d',
    label: { zh: '2010年各区县均建有5000平方米以上社区服务中心', en: 'Every district and county with a service centre of 5,000 m² or more by 2010' },
  },
];

const DESCRIPTION_ZH = [
  '按南京市宁委办发〔2007〕34号（NJ2007）重演2007—2010年和谐社区建设。城市为虚构：仿照当时南京11个区、2个县的格局，由程序按固定种子生成，',
  '社区平均约2500户（NJ2007-2），其余数字均非真实统计。专职工作者2006年人力成本按每人2.4万元（含社会保险和住房公积金，估算）计，年增16%，',
  '使2010年达到上年度全市职工平均工资（NJ2007-17，约4.3万元，估算）；因此各年均按该成本全额计发（覆盖规则集自2010年起的参数）。',
  '文件未规定市、区分担人员经费，由区县承担。用房每平方米2500元（估算），建设周期1年，由区县出资：',
  '2007年先把各社区补足到300平方米（村600平方米），2008年起建区县中心、把半数以上街道中心扩到3000平方米，',
  '其余按每百户32平方米（30平方米加增长余量）自动补建。',
].join('');

const DESCRIPTION_EN = [
  'A replay of Nanjing’s 2007–2010 harmonious-community programme under NJ2007. The city is synthetic: shaped like Nanjing then',
  '(11 districts and 2 counties) and generated from a fixed seed, averaging about 2,500 households per community (NJ2007-2); no',
  'other figure is a real statistic. A worker cost 24,000 yuan in 2006 including social insurance and housing fund (estimate),',
  'growing 16% a year so as to reach the previous year’s city average wage in 2010 (NJ2007-17, about 43,000 yuan, estimate); pay',
  'is therefore counted in full every year (overriding the rule set, which dates the parameter from 2010). The document names',
  'no city/district split of pay, so the districts pay. Floor space costs 2,500 yuan per m² (estimate), takes a year and is paid',
  'by the districts: in 2007 every community is first brought to 300 m² (600 m² for a village); from 2008 the district centres are',
  'built and over half the street centres enlarged to 3,000 m²; the rest is built automatically to 32 m² per 100 households (30',
  'plus room for growth).',
].join(' ');

const DESCRIPTION = `${DESCRIPTION_ZH}\n${DESCRIPTION_EN}`;

/**
 * The programme the document lays out, as projects: first every community to its floor (300 m², 600 m²
 * for a village; NJ2007-18a, -18e) in 2007, in time for the 2008 deadline and the 2007–2008 reward
 * (NJ2007-21b); every district centre to 5,000 m² (NJ2007-18d); and the largest street centres, a little
 * over half of them, to 3,000 m² (NJ2007-18c). The automatic programme then builds the rest.
 */
function programme(city: City): BuildingProject[] {
  const projects: BuildingProject[] = [];
  const add = (target: string, m2: number, startYear: number, priority: number) =>
    projects.push({ id: `P-${target}`, target, m2, startYear, priority });
  for (const d of city.districts) {
    for (const s of d.streets) {
      for (const c of s.communities) {
        const floor = c.kind === 'rural' ? 600 : 300; // NJ2007-18e, NJ2007-18a
        if (c.space < floor) add(c.id, floor - c.space, 2007, 1);
      }
    }
    if (d.centreSpace < 5000) add(d.id, 5000 - d.centreSpace, 2008, 2); // NJ2007-18d
  }
  const streets = city.districts.flatMap((d) => d.streets).sort((a, b) => b.centreSpace - a.centreSpace || (a.id < b.id ? -1 : 1));
  // 55% rather than 50%, so that the share stays above half whatever the rounding (NJ2007-18c: "50%以上").
  const upgraded = streets.slice(0, Math.ceil(streets.length * 0.55));
  upgraded.forEach((s, k) => {
    if (s.centreSpace < 3000) add(s.id, 3000 - s.centreSpace, k % 2 === 0 ? 2008 : 2009, 3);
  });
  return projects;
}

export function nanjingReplay(): Scenario {
  const city = generateCity({
    seed: SEED,
    districts: 13,
    streetsPerDistrict: 8,
    communitiesPerStreet: 9,
    baseYear: 2006,
    name: '南京市（虚构）',
    mix: { core: 6, newTown: 5, county: 2 },
    countySuffix: '县',
  });
  return {
    schemaVersion: 1,
    name: '南京和谐社区建设重演（2007–2010，虚构城市）',
    description: DESCRIPTION,
    horizon: { baseYear: 2006, firstYear: 2007, lastYear: 2010 },
    city,
    ruleSet: { id: 'NJ2007', overrides: { 'pay.wageShareOfBenchmark': 1 } },
    plan: {
      hiring: {
        capacityPerYear: 1000, // estimate: a recruitment drive across the city
        attritionRate: 0.05, // estimate
        certifiedShare: 0.3, // estimate: the national certificate was new (first exam 2008)
        bachelorShare: 0.6, // estimate
      },
      pay: { benchmarkWage: 24_000, wageGrowth: 0.16 }, // estimate, see the description (NJ2007-17)
      building: {
        costPerM2: 2500, // estimate
        leadTimeYears: 1,
        payer: 'district',
        autoCloseFrom: 2007,
        // NJ2007-18b's 30 m² plus a little headroom, so growth in the year of building does not undo it (estimate)
        aimPerHundredHouseholds: 32,
        projects: programme(city),
      },
      // yuan a year, estimates sized to the synthetic city: the city's working-fund subsidy (NJ2007-21a) and
      // the 2007–2008 reward (NJ2007-21b); the districts' pay, working funds (NJ2007-22) and building.
      budgets: {
        city: { '2007': 60_000_000, '2008': 60_000_000, '2009': 50_000_000, '2010': 50_000_000 },
        district: { '2007': 700_000_000, '2008': 700_000_000, '2009': 650_000_000, '2010': 600_000_000 },
      },
      shortfall: { mode: 'defer', priority: ['hiring', 'building'] },
    },
    targets: TARGETS,
    seed: SEED,
  };
}
