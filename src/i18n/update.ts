/** Strings of the update offer and of a part of the app that failed to load. */
import type { Locale } from './messages';

const zh = {
  region: '应用更新',
  available: '有新版本可用，刷新以更新',
  reload: '刷新',
  later: '稍后',
  chunkFailed: '应用的一部分未能载入（可能刚刚更新过，或网络已断开）。请刷新页面后重试，已保存的方案不会丢失。',
};

export type UpdateMessages = typeof zh;

const en: UpdateMessages = {
  region: 'App update',
  available: 'A new version is available; reload to update',
  reload: 'Reload',
  later: 'Later',
  chunkFailed: 'Part of the app could not be loaded (it may just have been updated, or the network is off). Reload the page and try again; saved scenarios are kept.',
};

export const UPDATE: Record<Locale, UpdateMessages> = { 'zh-CN': zh, en };
