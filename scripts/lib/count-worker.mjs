// A worker thread cannot load TypeScript by itself: it registers tsx, then runs the real worker.
import { register } from 'tsx/esm/api';

register();
await import('./count-worker.ts');
