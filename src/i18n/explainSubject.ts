/** The title of an explanation: which figure it is, from the codes the engine gives. */
import type { Subject } from '../engine/explain/types';
import { COST_ITEM_NAME } from '../registry/costItems';
import { FACILITY_TYPE_NAME } from '../registry/facilityTypes';
import { PAYER_NAME } from '../registry/payers';
import { SERIES_NAME } from '../registry/series';
import type { Locale } from './messages';
import { facilityInSentence } from './names';
import { circleName, circleTypes } from './serviceCircles';

function zh(s: Subject): string {
  switch (s.kind) {
    case 'series':
      return `${s.entity.name}：${SERIES_NAME[s.series].zh}（${s.year}）`;
    case 'entityCost':
    case 'districtItem':
      return `${s.entity.name}：${COST_ITEM_NAME[s.item].zh}（${PAYER_NAME[s.payer].zh}，${s.year}）`;
    case 'payerTotal':
      return `${PAYER_NAME[s.payer].zh} ${s.year} 年支出`;
    case 'deferred':
      return `${PAYER_NAME[s.payer].zh} ${s.year} 年因预算不足延后的支出`;
    case 'districtDeferred':
      return `${s.entity.name}：${PAYER_NAME[s.payer].zh}因预算不足延后的支出（${s.year}）`;
    case 'itemTotal':
      return `${PAYER_NAME[s.payer].zh}：${COST_ITEM_NAME[s.item].zh}（${s.year}）`;
    case 'coverage':
      return `${s.district ? `${s.district.name}：` : ''}步行 ${s.walkMinutes} 分钟可达${FACILITY_TYPE_NAME[s.key].zh}的居民比例（${s.year}）`;
    case 'serviceCircle':
      return `${s.district ? `${s.district.name}：` : ''}${circleName(s.circle, 'zh-CN')}：步行 ${s.circle.minutes} 分钟可达全部${circleTypes(s.circle, 'zh-CN')}的居民比例（${s.year}）`;
  }
}

function en(s: Subject): string {
  switch (s.kind) {
    case 'series':
      return `${s.entity.name}: ${SERIES_NAME[s.series].en} (${s.year})`;
    case 'entityCost':
    case 'districtItem':
      return `${s.entity.name}: ${COST_ITEM_NAME[s.item].en} (${PAYER_NAME[s.payer].en}, ${s.year})`;
    case 'payerTotal':
      return `${PAYER_NAME[s.payer].en} spending ${s.year}`;
    case 'deferred':
      return `${PAYER_NAME[s.payer].en} spending deferred for want of budget ${s.year}`;
    case 'districtDeferred':
      return `${s.entity.name}: ${PAYER_NAME[s.payer].en} spending deferred for want of budget (${s.year})`;
    case 'itemTotal':
      return `${PAYER_NAME[s.payer].en}: ${COST_ITEM_NAME[s.item].en} (${s.year})`;
    case 'coverage':
      return `${s.district ? `${s.district.name}: ` : ''}residents within a ${s.walkMinutes}-minute walk of ${facilityInSentence(FACILITY_TYPE_NAME[s.key].en, s.key)} (${s.year})`;
    case 'serviceCircle':
      return `${s.district ? `${s.district.name}: ` : ''}${circleName(s.circle, 'en')}: residents within a ${s.circle.minutes}-minute walk of all of ${circleTypes(s.circle, 'en')} (${s.year})`;
  }
}

export function explanationTitle(s: Subject, locale: Locale): string {
  return locale === 'en' ? en(s) : zh(s);
}
