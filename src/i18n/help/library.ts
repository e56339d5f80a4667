/** Help: the scenario library — built-in scenarios, your own, share links and QR codes, and backups. */
import type { HelpPage } from './helpPage';
import { cityFacts } from './demo/readings';

const page: HelpPage = {
  id: 'library',
  part: 'views',
  order: 10,
  shots: ['library.webp'],
  rules: [],
  text: {
    'zh-CN': {
      title: '方案库',
      purpose:
        '方案库是打开本应用时的首页：以内置方案为起点新建自己的方案，打开、复制、重命名、删除、导入和导出方案。所有方案只保存在本机浏览器中，不会上传；备份和交给他人都靠导出的文件或分享链接。',
      controls: [
        ['内置方案 · 以此新建', '以内置方案（示范市“十五五”、南京 2007–2010 回放、青湖市）为起点新建一份自己的方案；内置方案本身不会改变。'],
        ['我的方案', '本机保存的方案，按最近编辑排列；“达标判定”一列是上次测算的“达标 几 / 几”。点名称打开。'],
        ['复制 / 重命名 / 删除 / 导出', '每行的操作。删除后屏幕下方的提示里有“撤销”，可把方案找回；导出得到一个 JSON 方案文件。'],
        ['导入 JSON 文件', '导入方案文件（也可拖放到本页）。导入前完整校验，有问题的文件不会保存，并逐条列出问题。'],
        ['复制分享链接', '在方案页顶部：把整个方案压缩进一个链接，对方打开后可“添加到方案库”；不经过任何服务器。链接过长时会建议改为导出方案文件。'],
        ['二维码（PNG / SVG）', '分享链接的二维码，在本机生成，可用手机扫描；链接超过二维码容量时无法生成，请改发文件。'],
      ],
      example: [
        '第一次打开时方案库是空的，应用会自动用“{scenario}”新建一份方案并打开它的测算结果：{city}，{districts} 个区（县）、{communities} 个社区，规划期 {firstYear}–{lastYear} 年。',
        '回到“方案库”，这份方案已在“我的方案”中。点“复制”得到一份副本，用来试另一种做法，原方案不受影响；点“导出”把它存成 JSON 文件，这就是备份。',
        '要在另一台电脑或另一个浏览器中继续，在那里的方案库点“导入 JSON 文件”选这个文件即可。',
      ],
      mistakes: [
        '以为方案存在服务器上：清除浏览器数据、换电脑或用无痕窗口都会看不到原来的方案。重要方案请定期导出备份。',
        '把对比页或方案页的网址当成分享链接：那些网址只含方案编号，只有本机能打开；分享请用“复制分享链接”或导出文件。',
        '导入失败后反复重试：先按列出的问题修改文件；方案库在导入失败时不作任何改动。',
        '在两个标签页里同时修改同一方案：不会互相覆盖，但会出现“另一个标签页中有更新的版本”的提示，需要选择保留哪一份。',
      ],
    },
    en: {
      title: 'Scenarios (the library)',
      purpose:
        'The library is the first page of the app: start scenarios of your own from the built-in ones, and open, duplicate, rename, delete, import and export them. Every scenario stays in this browser and is never uploaded; backups and hand-overs are exported files or share links.',
      controls: [
        ['Built-in scenarios · New from this', 'Starts a scenario of your own from a built-in one (the demo city’s 15th Five-Year Plan, the Nanjing 2007–2010 replay, Qinghu); the built-in itself never changes.'],
        ['Your scenarios', 'The scenarios kept in this browser, latest edited first; “Verdicts” shows the last run’s “n / m met”. Click a name to open it.'],
        ['Duplicate / Rename / Delete / Export', 'Each row’s actions. After a delete, the notice at the bottom offers Undo; Export saves a JSON scenario file.'],
        ['Import a JSON file', 'Imports a scenario file (or drop one on the page). It is checked in full first: a file with problems is not saved, and each problem is listed.'],
        ['Copy share link', 'At the top of a scenario: packs the whole scenario into a link, which the receiver opens and adds to their library; no server is involved. A link too long for chat tools is better sent as an exported file, and the app says so.'],
        ['QR code (PNG / SVG)', 'The share link as a QR code, made on this computer, for a phone to scan; a link too long for a QR code cannot have one — send the file.'],
      ],
      example: [
        'On the first visit the library is empty, so the app makes a scenario from “{scenario}” and opens its results: {city}, {districts} districts and {communities} communities, {firstYear}–{lastYear}.',
        'Back in the library that scenario is under your scenarios. Duplicate makes a copy to try another approach without touching the original; Export saves it as a JSON file, which is your backup.',
        'To go on working on another computer or browser, choose “Import a JSON file” in its library and pick that file.',
      ],
      mistakes: [
        'Thinking scenarios live on a server: clearing the browser’s data, another computer or a private window will not show them. Export the ones that matter from time to time.',
        'Sending a comparison’s or scenario’s address as a share link: those hold only ids, which open on this computer alone; use “Copy share link” or an exported file.',
        'Retrying a failed import unchanged: fix the file as the list says; a failed import leaves the library as it was.',
        'Editing one scenario in two tabs at once: neither overwrites the other, but a notice says another tab has a newer version and asks which to keep.',
      ],
    },
  },
  figures: (ctx) => cityFacts(ctx),
};

export default page;
