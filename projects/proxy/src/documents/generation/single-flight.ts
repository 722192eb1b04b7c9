/**
 * Concurrent calls with the same key share one running call. The first caller is the leader
 * (`shared: false`); the others get the same result with `shared: true`.
 */
export class SingleFlight<T> {
  private readonly running = new Map<string, Promise<T>>();

  async run(key: string, call: () => Promise<T>): Promise<{ value: T; shared: boolean }> {
    const existing = this.running.get(key);
    if (existing) return { value: await existing, shared: true };
    const promise = call().finally(() => this.running.delete(key));
    this.running.set(key, promise);
    return { value: await promise, shared: false };
  }
}
