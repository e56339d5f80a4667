/** Strings of share links: copying one, and opening one. */
import type { Locale } from './messages';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const zh = {
  copy: '复制分享链接',
  copyHint: '把整个方案压缩进链接，对方打开即可加入自己的方案库；不经过任何服务器。',
  copied: (n: number) => `已复制分享链接（${n} 个字符）`,
  copyFailed: '浏览器不允许写入剪贴板，请手动复制下面的链接：',
  linkLabel: '分享链接',
  tooLong: (n: number, max: number) =>
    `这个方案的链接有 ${n} 个字符，超过 ${max} 个字符：不少聊天工具、邮件和文档会截断过长的链接，截断后无法打开。建议导出方案文件发送。`,
  exportInstead: '导出方案文件',
  copyAnyway: '仍然复制链接',
  exported: (file: string) => `已导出 ${file}`,
  close: '关闭',
  compact: '这是真实城市方案的紧凑链接：只记录统计用区划代码和对估算区划所作的改动，对方打开时用本应用自带的区划数据还原出完全相同的方案。',
  qr: {
    label: '分享链接的二维码',
    hint: '用手机扫描即可打开这个链接。二维码在本机生成，不经过任何服务器。',
    tooLong: (bytes: number, max: number) => `这个链接有 ${bytes} 字节，超过一个二维码最多能容纳的 ${max} 字节，无法生成二维码。请导出方案文件发送。`,
    png: '下载二维码（PNG）',
    svg: '下载二维码（SVG）',
  },
  landing: {
    heading: '打开分享的方案',
    reading: '正在读取链接中的方案…',
    checking: '正在校验方案…',
    summary: '链接中的方案',
    fields: { name: '方案名称', city: '城市', size: '规模', ruleSet: '政策规则集', horizon: '规划期', targets: '目标' },
    size: (d: number, s: number, c: number) => `${d} 个区（县）、${s} 个街道（乡镇）、${c} 个社区`,
    targets: (n: number) => `${n} 个`,
    offer: '添加到方案库后即可打开、修改和测算；链接本身不会被修改。',
    add: '添加到方案库',
    adding: '正在添加…',
    back: '返回方案库',
    added: (name: string) => `已添加“${name}”`,
    invalid: (n: number) => `链接中的方案有 ${n} 处问题，无法添加：`,
    failedHeading: '无法打开这个分享链接',
  },
  errors: {
    empty: '链接不完整：“#/share/”之后没有方案数据。请让对方重新复制完整的链接。',
    characters: '分享链接已损坏：含有不应出现的字符，可能在转发时被改动或截断。请让对方重新复制链接，或改用导出的方案文件。',
    version: '这个分享链接来自更新版本的社区规划沙盘，本版本无法读取。请更新后再打开，或改用导出的方案文件。',
    damaged: '分享链接已损坏，无法解压：多半在转发时被截断了。请让对方重新复制完整的链接，或改用导出的方案文件。',
    notJson: '分享链接解压后不是方案数据。请让对方重新复制链接，或改用导出的方案文件。',
    tooLarge: '分享链接解压后超过 16 MB，远大于任何真实城市的方案，已停止读取：链接可能被恶意构造。请向对方索取导出的方案文件。',
    basesFailed: '这个链接只记录了真实城市的区划代码和改动，打开时需要读取本应用的区划数据和示范方案，但读取失败。请联网后重试，或请对方改发导出的方案文件。',
    baseChanged: '这个链接按另一版本的区划数据或示范方案生成，本版本无法据此还原方案（不会拼出错误的方案）。请让对方用相同版本重新生成链接，或改发导出的方案文件。',
  },
};

export type ShareMessages = typeof zh;

const en: ShareMessages = {
  copy: 'Copy share link',
  copyHint: 'Puts the whole scenario into the link; whoever opens it can add it to their own library. No server is involved.',
  copied: (n: number) => `Share link copied (${n} characters)`,
  copyFailed: 'The browser would not write to the clipboard; copy the link below by hand:',
  linkLabel: 'Share link',
  tooLong: (n: number, max: number) =>
    `This scenario’s link has ${n} characters, more than ${max}: many chat tools, mail clients and documents cut long links, and a cut link cannot be opened. Export the scenario as a file and send that instead.`,
  exportInstead: 'Export scenario file',
  copyAnyway: 'Copy the link anyway',
  exported: (file: string) => `Exported ${file}`,
  close: 'Close',
  compact:
    'This is a real city’s compact link: it holds only the statistical division code and the changes made to the estimated tree; whoever opens it gets exactly the same scenario, rebuilt from the division data this app ships with.',
  qr: {
    label: 'QR code of the share link',
    hint: 'Scan it with a phone to open the link. The code is made on this computer; no server is involved.',
    tooLong: (bytes: number, max: number) => `This link has ${bytes} bytes, more than the ${max} one QR code can hold, so no QR code can be made. Export the scenario as a file and send that instead.`,
    png: 'Download QR code (PNG)',
    svg: 'Download QR code (SVG)',
  },
  landing: {
    heading: 'Open a shared scenario',
    reading: 'Reading the scenario in the link…',
    checking: 'Checking the scenario…',
    summary: 'Scenario in the link',
    fields: { name: 'Name', city: 'City', size: 'Size', ruleSet: 'Rule set', horizon: 'Horizon', targets: 'Targets' },
    size: (d: number, s: number, c: number) => `${plural(d, 'district', 'districts')}, ${plural(s, 'street', 'streets')}, ${plural(c, 'community', 'communities')}`,
    targets: (n: number) => String(n),
    offer: 'Add it to your library to open, edit and run it; the link itself is not changed.',
    add: 'Add to library',
    adding: 'Adding…',
    back: 'Back to the library',
    added: (name: string) => `Added “${name}”`,
    invalid: (n: number) => `The scenario in the link has ${n} problem${n === 1 ? '' : 's'} and cannot be added:`,
    failedHeading: 'This share link cannot be opened',
  },
  errors: {
    empty: 'The link is incomplete: there is no scenario after “#/share/”. Ask the sender to copy the whole link again.',
    characters:
      'The share link is damaged: it holds characters it should not, probably changed or cut when it was passed on. Ask the sender to copy the link again, or to send an exported scenario file.',
    version: 'This share link comes from a newer version of Shapan and cannot be read here. Update, or ask for an exported scenario file.',
    damaged:
      'The share link is damaged and cannot be decompressed — most likely it was cut short when passed on. Ask the sender to copy the whole link again, or to send an exported scenario file.',
    notJson: 'The share link does not hold scenario data once decompressed. Ask the sender to copy the link again, or to send an exported scenario file.',
    tooLarge: 'The share link decompresses to more than 16 MB, far more than any real city’s scenario, so reading stopped: the link may have been crafted to harm. Ask the sender for an exported scenario file.',
    basesFailed:
      'This link holds only a real city’s division code and the changes made to it; opening it needs this app’s division data and demo scenario, which could not be read. Go online and try again, or ask the sender for an exported scenario file.',
    baseChanged:
      'This link was made from another version of the division data or the demo scenario, so this version cannot rebuild it (rather than rebuild it wrong). Ask the sender to make the link again with the same version, or to send an exported scenario file.',
  },
};

export const SHARE_TEXT: Record<Locale, ShareMessages> = { 'zh-CN': zh, en };
