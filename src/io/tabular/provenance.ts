/**
 * The communities sheet's 数据来源 cell: written from a community's estimate marks, read back into them.
 * The cell names the estimated figures after the last colon, with what they were estimated from before
 * it; reading looks for the estimate word and the figures' names in either language.
 */
import type { Community, EstimatedField } from '../../engine/scenario';
import { PROVENANCE } from '../../i18n/columns';
import { ESTIMATED_FIELDS, estimatedFieldsOf } from '../estimates';

export function provenanceCell(c: Community, language: 'zh' | 'en' = 'zh'): string {
  const fields = estimatedFieldsOf(c);
  if (fields.length === 0) return PROVENANCE.data[language];
  const basis = (c.kind === 'urbanExisting' || c.kind === 'rural' ? PROVENANCE.basis[c.kind] : PROVENANCE.basis.other)(c.id)[language];
  const names = fields.map((f) => PROVENANCE.field[f][language]);
  return language === 'zh' ? `${PROVENANCE.estimated.zh}（${basis}）：${names.join('、')}` : `${PROVENANCE.estimated.en} (${basis}): ${names.join(', ')}`;
}

/** The figures a cell names as estimates: none unless it says 估算/estimated; all when it names none. */
export function readProvenance(cell: string | undefined): EstimatedField[] {
  const text = (cell ?? '').normalize('NFKC').toLowerCase();
  if (!PROVENANCE.estimatedWords.some((w) => text.includes(w))) return [];
  const tail = text.slice(text.lastIndexOf(':') + 1);
  const named = ESTIMATED_FIELDS.filter((f) => tail.includes(PROVENANCE.field[f].zh) || tail.includes(PROVENANCE.field[f].en));
  return named.length > 0 ? named : [...ESTIMATED_FIELDS];
}
