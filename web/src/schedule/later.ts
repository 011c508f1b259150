// Work that a state change starts but that need not be done before the next input: the
// table, the timeline, the filter form, the panel, the address and the renderer's refresh
// after a filter change. Each job runs in a task of its own (the Prioritized Task
// Scheduling API where the browser has it, else a zero timeout), so that the page handles
// input and draws frames between them and no single task blocks it for long; a job that has
// more to do returns true and runs again in a later task. A job queued again under the same
// name before it ran runs once, in its first place, with the latest closure.

/** A job; returning true asks to run again in a later task (there is more to do). */
export type Job = () => boolean | void;

interface TaskScheduler {
  postTask(callback: () => void, options?: { priority?: 'user-blocking' | 'user-visible' | 'background' }): unknown;
}

const postTask = (callback: () => void): void => {
  const scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler;
  if (scheduler && typeof scheduler.postTask === 'function')
    void scheduler.postTask(callback, { priority: 'user-visible' });
  else setTimeout(callback, 0);
};

export class Later {
  private readonly jobs = new Map<string, Job>();
  private posted = false;
  private waiting: (() => void)[] = [];

  constructor(private readonly onError: (error: unknown) => void = (error) => console.error(error)) {}

  /** Queues `job` under `name`; a job of that name already queued is replaced in its place. */
  run(name: string, job: Job): void {
    this.jobs.set(name, job);
    this.post();
  }

  /** Queues `job` under `name` before every other job (what the user looks at first). */
  runNext(name: string, job: Job): void {
    const rest = [...this.jobs].filter(([other]) => other !== name);
    this.jobs.clear();
    this.jobs.set(name, job);
    for (const [other, queued] of rest) this.jobs.set(other, queued);
    this.post();
  }

  /** Whether a job of this name is queued. */
  has(name: string): boolean {
    return this.jobs.has(name);
  }

  /** Resolves once no job is queued (the page shows the state it holds). */
  settled(): Promise<void> {
    if (!this.jobs.size) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private post(): void {
    if (this.posted || !this.jobs.size) return;
    this.posted = true;
    postTask(() => {
      this.posted = false;
      this.step();
      if (this.jobs.size) this.post();
      else this.idle();
    });
  }

  /** Runs the first job once; it goes to the back of the queue if it has more to do. */
  private step(): void {
    const first = this.jobs.entries().next();
    if (first.done) return;
    const [name, job] = first.value;
    this.jobs.delete(name);
    let again = false;
    try {
      again = job() === true;
    } catch (error) {
      this.onError(error);
    }
    if (again && !this.jobs.has(name)) this.jobs.set(name, job);
  }

  private idle(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve();
  }
}
