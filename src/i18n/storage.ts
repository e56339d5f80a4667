/** Strings about keeping work safe: another tab's newer version, recovered edits, damaged records, full storage. */
import type { Locale } from './messages';

/** Why a stored record cannot be opened (the store finds it; the words are here). */
export type Damage = 'record' | 'scenario' | 'ruleSet' | 'horizon' | 'city';

const zh = {
  conflict: {
    heading: '这个方案在另一个标签页中有更新的版本',
    body: '本页有尚未保存的修改，它们没有覆盖另一个标签页保存的内容。请选择：',
    unreadable: '另一个标签页保存的版本无法读取，只能把本页的修改另存为副本。',
    deletedHeading: '这个方案已在另一个标签页中被删除',
    deleted: '本页的修改不会把它重新建回。如要保留本页显示的内容，请另存为新方案。',
    useNewer: '使用更新的版本（放弃本页修改）',
    keepCopy: '把本页的修改另存为副本',
    copied: (name: string) => `本页的修改已另存为“${name}”`,
    copyName: (name: string) => `${name}（本页修改）`,
  },
  recovered: '已恢复上次关闭前未保存的修改。',
  recoveredCopies: (n: number) => `另有 ${n} 份未保存的修改已另存为副本，可在方案库中找到。`,
  recoveryDamaged: '上次关闭前的修改记录（编辑日志）有一部分已损坏、无法读取：损坏处之前的修改已恢复，之后的没有恢复，请检查本方案。',
  quota: { export: '导出本方案文件' },
  damaged: {
    heading: '无法读取的方案',
    note: '以下记录已损坏，无法打开；其他方案不受影响。可以导出原始记录留存或交技术人员修复，也可以删除。',
    reason: { record: '记录格式不对', scenario: '缺少方案内容', ruleSet: '缺少政策规则集', horizon: '规划期缺失或为空', city: '缺少城市数据' } satisfies Record<Damage, string>,
    exportRaw: '导出原始记录',
    open: '这个方案的本机记录已损坏，无法打开。可以回到方案库导出原始记录或删除它。',
    back: '回到方案库',
  },
  startFailed: '沙盘未能打开本机存储',
};

export type StorageMessages = typeof zh;

const en: StorageMessages = {
  conflict: {
    heading: 'Another tab has a newer version of this scenario',
    body: 'This page has unsaved edits; they did not overwrite what the other tab saved. Choose:',
    unreadable: "The other tab's version cannot be read; the edits here can only be kept as a copy.",
    deletedHeading: 'This scenario was deleted in another tab',
    deleted: 'The edits here will not bring it back. To keep what this page shows, save it as a new scenario.',
    useNewer: 'Use the newer version (drop the edits here)',
    keepCopy: 'Keep the edits here as a copy',
    copied: (name: string) => `The edits here were saved as “${name}”`,
    copyName: (name: string) => `${name} (edits from another tab)`,
  },
  recovered: 'Edits not saved before the page last closed have been recovered.',
  recoveredCopies: (n: number) => `${n} more set(s) of unsaved edits were saved as copies; find them in the library.`,
  recoveryDamaged: 'Part of the record of edits made before the page last closed (the edit journal) is damaged and cannot be read: edits before the damage were recovered, those after it were not. Please check this scenario.',
  quota: { export: 'Export this scenario' },
  damaged: {
    heading: 'Scenarios that cannot be read',
    note: 'These records are damaged and cannot be opened; the other scenarios are not affected. Export the raw record to keep it or have it repaired, or delete it.',
    reason: { record: 'not a scenario record', scenario: 'no scenario inside', ruleSet: 'no rule set', horizon: 'missing or empty horizon', city: 'no city data' },
    exportRaw: 'Export raw record',
    open: "This scenario's local record is damaged and cannot be opened. Go back to the library to export the raw record or delete it.",
    back: 'Back to the library',
  },
  startFailed: 'Shapan could not open local storage',
};

export const STORAGE: Record<Locale, StorageMessages> = { 'zh-CN': zh, en };
