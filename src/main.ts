/**
 * The page's entry: start the engine worker and the demo's download (src/ui/early), then load the
 * app (src/app.ts), which index.html already preloads (vite.config.ts), so both arrive side by side.
 */
import { startEarly } from './ui/early/earlyStart';
import './ui/styles/index.css';

startEarly();
void import('./app');
