/** The engine worker's first import (engine.worker.ts): its file, if named for one, is fetched before the engine evaluates. */
import { fetchAtStart } from './fileAtStart';

fetchAtStart(self.name);
