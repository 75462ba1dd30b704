/**
 * Serialises async tasks: the next starts when the previous has settled. json-rules-engine's
 * Engine keeps its run status in one shared field, so its runs must never overlap.
 *
 * @example
 * const queue = new RunQueue()
 * await Promise.all([queue.run(() => engine.run(a)), queue.run(() => engine.run(b))]) // b after a
 */
export class RunQueue {
  private tail: Promise<unknown> = Promise.resolve();
  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
