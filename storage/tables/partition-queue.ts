// The writes of one practice inside one process, one after another (practice-records.ts): a burst from one instance
// (a seed, a double click) does not spend its optimistic-concurrency retries on itself.
/** Per-key queue inside one process: the next write of a practice starts when the previous one ended. */
export class PartitionQueue {
  private readonly tails = new Map<string, Promise<void>>();

  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const result = (this.tails.get(key) ?? Promise.resolve()).then(work);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }
}
