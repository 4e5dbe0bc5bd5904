import { MainThreadTasks } from 'lighthouse/core/lib/tracehouse/main-thread-tasks.js';
import { TraceProcessor } from 'lighthouse/core/lib/tracehouse/trace-processor.js';
import { round } from '../lib/stats.js';

/**
 * The page's main-thread CPU time from a Lighthouse trace: the thread time (`tdur`, or the difference of
 * `tts` for begin/end pairs) of its tasks, which leaves out the time the thread waited for a core. On
 * this shared two-core machine the wall-clock figures (TBT, LCP, the score) mostly measure the other
 * people's load; this one measures the page. `byGroup` splits it as Lighthouse's main-thread breakdown
 * does (script evaluation, style and layout, …), by each task's self time; `longTasks` counts tasks of
 * more than 50 ms of CPU. `blockingAtSlowdownMs` is the blocking time those tasks would give on a CPU
 * `slowdown` times slower (Lighthouse's mobile simulation uses 4×): the sum of `slowdown × CPU − 50 ms`
 * over the top-level tasks above 50 ms after slowing down — TBT's rule applied to CPU time instead of wall
 * time, from the start of the trace (TBT counts from the first paint; the tasks before it are small).
 */
export interface MainThreadCpu {
  totalMs: number;
  byGroup: Record<string, number>;
  longTasks: number;
  longestMs: number;
  slowdown: number;
  longTasksAtSlowdown: number;
  blockingAtSlowdownMs: number;
}

type TraceEvent = { ts: number; dur?: number; tdur?: number; tts?: number };
interface Task {
  event: TraceEvent;
  endEvent?: TraceEvent;
  children: Task[];
  parent?: Task;
  group: { id: string };
}

/** CPU microseconds of one task (its thread time), or its wall time when the trace has no thread time. */
function cpuOf(task: Task): number {
  const { event, endEvent } = task;
  if (typeof event.tdur === 'number') return event.tdur;
  if (endEvent && typeof endEvent.tts === 'number' && typeof event.tts === 'number')
    return endEvent.tts - event.tts;
  return event.dur ?? (endEvent ? endEvent.ts - event.ts : 0);
}

export function mainThreadCpu(trace: unknown, slowdown = 1): MainThreadCpu {
  const processed = TraceProcessor.processTrace(trace as never);
  const tasks = MainThreadTasks.getMainThreadTasks(
    processed.mainThreadEvents,
    processed.frames,
    processed.timestamps.traceEnd,
  ) as unknown as Task[];
  let total = 0;
  let longTasks = 0;
  let longest = 0;
  let longAtSlowdown = 0;
  let blockingAtSlowdown = 0;
  const byGroup: Record<string, number> = {};
  for (const task of tasks) {
    const cpu = cpuOf(task);
    const self = Math.max(0, cpu - task.children.reduce((sum, c) => sum + cpuOf(c), 0));
    byGroup[task.group.id] = (byGroup[task.group.id] ?? 0) + self;
    if (task.parent) continue;
    total += cpu;
    longest = Math.max(longest, cpu);
    if (cpu > 50_000) longTasks++;
    if (cpu * slowdown > 50_000) {
      longAtSlowdown++;
      blockingAtSlowdown += cpu * slowdown - 50_000;
    }
  }
  return {
    totalMs: round(total / 1000, 0),
    byGroup: Object.fromEntries(
      Object.entries(byGroup)
        .sort(([, a], [, b]) => b - a)
        .map(([id, us]) => [id, round(us / 1000, 0)]),
    ),
    longTasks,
    longestMs: round(longest / 1000, 0),
    slowdown,
    longTasksAtSlowdown: longAtSlowdown,
    blockingAtSlowdownMs: round(blockingAtSlowdown / 1000, 0),
  };
}
