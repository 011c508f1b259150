// Redrawing part of a large graph over several tasks, drawing it once. Sigma 3.0's refresh
// always draws, now or at the next frame; a filter change on a large graph is handed to it
// in slices, and in software GL (headless Chromium, machines without a GPU) each frame of
// half a million edges costs seconds, so the frame a slice schedules is cancelled while more
// slices follow, and only the last one draws. (Sigma keeps the scheduled frame in a private
// field; if that changes, each slice simply draws.)
import type Sigma from 'sigma';

export function refreshPart(
  renderer: Sigma,
  part: { nodes: string[]; edges: string[] },
  options: { draw: boolean },
): void {
  const frame = renderer as unknown as { renderFrame?: number | null };
  const scheduled = Boolean(frame.renderFrame);
  renderer.refresh({ partialGraph: part, skipIndexation: true, schedule: true });
  if (!options.draw && !scheduled && frame.renderFrame) {
    cancelAnimationFrame(frame.renderFrame);
    frame.renderFrame = null;
  }
}
