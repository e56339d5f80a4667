import { describe, expect, it } from 'vitest';
import { DATA } from '../../i18n/data';
import { smallScenario } from '../../fixtures/smallScenario';
import type { ImportOutcome } from '../../io/tabular/importCity';
import { applied, safeFileName } from './dataActions';
import { countRows, elsewhereRows, firstFew, keptText, problemRows, SHOWN } from './previewRows';

const zh = DATA['zh-CN'];
const en = DATA.en;

function outcome(over: Partial<ImportOutcome> = {}): ImportOutcome {
  return {
    ok: true,
    problems: [],
    notes: [],
    elsewhere: [],
    kept: [],
    counts: { districts: 2, streets: 3, communities: 4, facilities: 0 },
    before: { districts: 2, streets: 3, communities: 5, facilities: 1 },
    scenario: smallScenario(),
    ...over,
  };
}

describe('the import preview', () => {
  it('counts each level before and after', () => {
    expect(countRows(outcome(), zh)).toEqual([
      { level: '区（县）', before: 2, after: 2 },
      { level: '街道（乡镇）', before: 3, after: 3 },
      { level: '社区', before: 5, after: 4 },
      { level: '设施', before: 1, after: 0 },
    ]);
    expect(countRows(outcome({ counts: null }), en)[2]).toEqual({ level: 'communities', before: 5, after: null });
  });

  it('names the levels kept from the current city, leaving out the city row and naming the network once', () => {
    expect(keptText(['city', 'districts', 'streets', 'facilities'], zh, 'zh')).toBe('文件中没有区（县）、街道（乡镇）、设施，沿用当前方案的数据。');
    expect(keptText(['networkNodes', 'networkEdges'], en, 'en')).toBe('The file has no walking network nodes; those of the current scenario are kept.');
    expect(keptText(['city'], zh, 'zh')).toBeNull();
  });

  it('shows a problem outside the file by the field in words (never its path), and blanks as dashes', () => {
    const rows = problemRows(
      [
        { sheet: '社区', row: 12, column: '户数（户）', zh: '应为数字', en: 'must be a number' },
        { sheet: null, row: null, column: null, path: 'city.districts[0].id', zh: '重复', en: 'duplicate' },
        { sheet: null, row: null, column: null, zh: '没有社区表', en: 'no communities sheet' },
      ],
      'en',
      en,
    );
    expect(rows).toEqual([
      { sheet: '社区', row: '12', column: '户数（户）', message: 'must be a number' },
      { sheet: '(not in the file)', row: '—', column: 'District no. 1 › district id', message: 'duplicate' },
      { sheet: '—', row: '—', column: '—', message: 'no communities sheet' },
    ]);
    expect(elsewhereRows([{ path: 'targets[1].scope.district', zh: '找不到', en: 'no district' }], 'zh')).toEqual([{ path: '第 2 个目标 › 考核范围 › 区（县）编号', message: '找不到' }]);
  });
});

describe('applying an import', () => {
  it('puts the imported city on the scenario as it now stands', () => {
    const imported = smallScenario();
    imported.city.name = '新城';
    const current = { ...smallScenario(), name: 'renamed meanwhile' };
    const next = applied(outcome({ scenario: imported }), current);
    expect(next?.city.name).toBe('新城');
    expect(next?.name).toBe('renamed meanwhile');
  });

  it('is refused when the file had problems', () => {
    expect(applied(outcome({ ok: false, scenario: null }), smallScenario())).toBeNull();
  });

  it('makes a file name without characters file systems refuse', () => {
    expect(safeFileName('示范市: "十五五"/2026?')).toBe('示范市_ _十五五_2026_');
    expect(safeFileName('  ..  ')).toBe('shapan');
  });

  it('lists the first few hundred of a million problems and counts the rest', () => {
    // A CSV with 1,000,000 bad lines: listing them all froze the page for more than nine minutes.
    const problems = Array.from({ length: 1_000_000 }, (_, i) => ({ sheet: '社区', row: i + 2, column: '户数（户）', zh: '应为数字', en: 'must be a number' }));
    const { shown, rest } = firstFew(problems);
    expect(SHOWN).toBe(300);
    expect(shown).toHaveLength(300);
    expect(shown[299].row).toBe(301);
    // 1,000,000 − 300 = 999,700
    expect(rest).toBe(999_700);
    expect(zh.preview.more(SHOWN, rest)).toBe('只列出前 300 处，另有 999700 处未列出；修正以上问题后再导入，会列出其余的。');
    expect(firstFew(problems.slice(0, 12))).toEqual({ shown: problems.slice(0, 12), rest: 0 });
  });
});
