/**
 * The page's entry: start the engine worker and the demo's download (src/ui/early), open the library's
 * storage as soon as its code arrives, then load the
 * app (src/app.ts), which index.html already preloads (vite.config.ts), so both arrive side by side.
 * The styles come with the app: a style sheet in the page would hold this script back until it loaded.
 */
import { startEarly } from './ui/early/earlyStart';

startEarly();
// Its own chunk, which the app imports too and index.html preloads: the entry stays a few kB.
void import('./ui/early/earlyStore').then(({ openStoreEarly }) => openStoreEarly());
void import('./app');
// A page's first number format loads the browser's locale data, tens of ms on a cold page: spent here,
// while the app's script downloads, rather than when the first verdicts are drawn.
new Intl.NumberFormat('zh-CN').format(0);
