/** The 帮助 links' words, apart from the guide's own strings: the app bar and the first screen carry them. */
import type { Locale } from './messages';

const zh = {
  link: '帮助',
  linkTitle: (page: string) => `帮助：${page}（按 ? 键也可打开）`,
  linkIndex: '帮助（按 ? 键打开当前页面的说明）',
};

const en: typeof zh = {
  link: 'Help',
  linkTitle: (page) => `Help: ${page} (or press ?)`,
  linkIndex: 'Help (press ? for the page you are on)',
};

export const HELP_LINK: Record<Locale, typeof zh> = { 'zh-CN': zh, en };
