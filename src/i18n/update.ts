/** Strings of the update offer and of a part of the app that is loading or failed to load, each in both languages. */
import type { Locale } from './messages';

export const UPDATE = {
  region: { 'zh-CN': '应用更新', en: 'App update' },
  available: { 'zh-CN': '有新版本可用，刷新以更新', en: 'A new version is available; reload to update' },
  reload: { 'zh-CN': '刷新', en: 'Reload' },
  later: { 'zh-CN': '稍后', en: 'Later' },
  loadingView: { 'zh-CN': '正在载入…', en: 'Loading…' },
  chunkFailed: {
    'zh-CN': '应用的一部分未能载入（可能刚刚更新过，或网络已断开）。请刷新页面后重试，已保存的方案不会丢失。',
    en: 'Part of the app could not be loaded (it may just have been updated, or the network is off). Reload the page and try again; saved scenarios are kept.',
  },
} satisfies Record<string, Record<Locale, string>>;
