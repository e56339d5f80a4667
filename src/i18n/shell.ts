/** Strings of the app frame: navigation, tabs, run and save status. */
import type { Locale } from './messages';

const zh = {
  library: '方案库',
  tabs: { city: '城市', rules: '政策规则', plan: '实施方案', targets: '目标', results: '测算结果', map: '生活圈地图', analysis: '不确定性与反推', report: '打印报告' },
  compare: '方案对比',
  tabsLabel: '方案编辑',
  undo: '撤销',
  redo: '重做',
  run: {
    idle: '',
    pending: '待测算…',
    running: '测算中…',
    done: '已测算',
    invalid: '方案有误，未测算',
    failed: '测算失败',
    cancelled: '已取消',
  },
  cancel: '取消',
  retry: '重试',
  workerFailed: '测算引擎未能启动或意外中止，结果没有更新。请重试；如果仍然不行，请刷新页面（应用可能刚刚更新过）。',
  progress: '测算进度',
  save: { saved: '已保存到本机', pending: '有未保存的修改', saving: '保存中…', failed: '保存失败', conflict: '未保存：另一个标签页有更新的版本' },
  elapsed: (ms: number) => `用时 ${ms} 毫秒`,
  notFound: '本机找不到这个方案，可能已被删除。',
  opening: '正在打开方案…',
  errorsHeading: (n: number) => `方案有 ${n} 处问题，修正后自动测算：`,
  localOnly: '所有数据只保存在本机浏览器中，不会上传。',
};

export type ShellMessages = typeof zh;

const en: ShellMessages = {
  library: 'Scenarios',
  tabs: { city: 'City', rules: 'Rules', plan: 'Plan', targets: 'Targets', results: 'Results', map: 'Life-circle map', analysis: 'Uncertainty & goal seek', report: 'Printable report' },
  compare: 'Compare',
  tabsLabel: 'Scenario editor',
  undo: 'Undo',
  redo: 'Redo',
  run: {
    idle: '',
    pending: 'Waiting to run…',
    running: 'Running…',
    done: 'Up to date',
    invalid: 'Not run: the scenario has errors',
    failed: 'Run failed',
    cancelled: 'Cancelled',
  },
  cancel: 'Cancel',
  retry: 'Retry',
  workerFailed: 'The calculation engine could not start or stopped unexpectedly, so nothing was updated. Try again; if that does not help, reload the page (the app may just have been updated).',
  progress: 'Run progress',
  save: { saved: 'Saved on this computer', pending: 'Unsaved changes', saving: 'Saving…', failed: 'Saving failed', conflict: 'Not saved: another tab has a newer version' },
  elapsed: (ms: number) => `${ms} ms`,
  notFound: 'This scenario is not on this computer; it may have been deleted.',
  opening: 'Opening the scenario…',
  errorsHeading: (n: number) => `The scenario has ${n} problem${n === 1 ? '' : 's'}; it runs again once they are fixed:`,
  localOnly: 'Everything stays in this browser on this computer; nothing is uploaded.',
};

export const SHELL: Record<Locale, ShellMessages> = { 'zh-CN': zh, en };
