export interface RetryOptions {
  /** attempts after the first */
  retries: number;
  /** first back-off; doubles per attempt, with jitter */
  baseMs: number;
  isRetryable: (error: unknown) => boolean;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs `call`, retrying retryable failures with exponential back-off (half fixed, half random). */
export async function withRetries<T>(call: (attempt: number) => Promise<T>, options: RetryOptions): Promise<T> {
  const sleep = options.sleep ?? defaultSleep;
  const random = options.random ?? Math.random;
  for (let attempt = 0; ; attempt++) {
    try {
      return await call(attempt);
    } catch (error) {
      if (attempt >= options.retries || !options.isRetryable(error)) throw error;
      const backoff = options.baseMs * 2 ** attempt;
      await sleep(backoff / 2 + random() * (backoff / 2));
    }
  }
}
