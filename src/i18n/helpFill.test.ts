import { describe, expect, it } from 'vitest';
import { fillFigures, placeholders, ruleRefs } from './helpFill';

describe('help examples', () => {
  it('fills each placeholder with its figure and keeps the text between', () => {
    expect(fillFigures('{a} of {b} met.', { a: '3', b: '8' })).toEqual([{ figure: 'a', text: '3' }, { text: ' of ' }, { figure: 'b', text: '8' }, { text: ' met.' }]);
    expect(placeholders('{a} of {b}')).toEqual(['a', 'b']);
  });

  it('names a placeholder the figures lack', () => {
    expect(() => fillFigures('{missing}', {})).toThrow('no figure named "missing"');
  });

  it("names a rule's document by title and number (documents.json)", () => {
    const [gov, nj] = ruleRefs(['GOV2020-3a', 'NJ2007-15'], 'zh-CN');
    expect(gov).toEqual({ id: 'GOV2020-3a', title: '关于加强和完善城乡社区治理的实施意见', number: '' });
    expect(nj.number).toBe('宁委办发〔2007〕34号');
    expect(() => ruleRefs(['NOPE-1'], 'en')).toThrow('unknown rule "NOPE-1"');
  });
});
