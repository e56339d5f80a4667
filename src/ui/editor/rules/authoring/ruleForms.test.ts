import { describe, expect, it } from 'vitest';
import { PARAM_KEYS } from '../../../../engine/params';
import { RULE_FORM_TEXT } from '../../../../i18n/ruleForms';
import { RULE_FORMS } from './ruleForms';

describe('rule forms', () => {
  it('put every parameter key in exactly one form', () => {
    const listed = RULE_FORMS.flatMap((f) => f.keys);
    expect([...listed].sort()).toEqual([...PARAM_KEYS].sort());
  });

  it('name each form and show its formula in both languages', () => {
    for (const { id } of RULE_FORMS) {
      for (const locale of ['zh-CN', 'en'] as const) {
        expect(RULE_FORM_TEXT[locale][id].name).not.toBe('');
        expect(RULE_FORM_TEXT[locale][id].formula).toMatch(/=|≥|≤/);
      }
    }
  });
});
