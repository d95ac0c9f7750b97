/**
 * Siyaq's own cost on a page, published as User Timing measures (visible to the page's
 * performance timeline and so to the benchmark): wall time from start to marks shown, and, kept
 * up to date after every batch, the main-thread time Siyaq has spent and its longest task.
 * Re-published measures replace the old ones, so a long-lived page holds three entries.
 */
import type { WorkStats } from './scheduler';

export function publishMarksShown(started: number): void {
  performance.measure('siyaq:marks-shown', { start: started, end: performance.now() });
}

export function publishCost(started: number, stats: WorkStats): void {
  performance.clearMeasures('siyaq:busy');
  performance.clearMeasures('siyaq:longest-task');
  performance.measure('siyaq:busy', { start: started, duration: stats.busyMs });
  performance.measure('siyaq:longest-task', { start: started, duration: stats.longestMs });
}

/** Calls back once the frame that follows has been painted. */
function afterNextPaint(callback: () => void): void {
  requestAnimationFrame(() => {
    // A message posted from the frame callback runs after that frame's paint.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => callback();
    channel.port2.postMessage(null);
  });
}

/** Publishes (replacing the previous one) how long a piece of UI took to reach the screen. */
export function publishPaint(name: 'siyaq:card-painted' | 'siyaq:sidebar-painted', start: number): void {
  afterNextPaint(() => {
    performance.clearMeasures(name);
    performance.measure(name, { start, end: performance.now() });
  });
}
