/** A signal for one attempt: aborts when the caller's signal aborts or when `ms` have passed, whichever comes first. */
export interface Deadline {
  signal: AbortSignal;
  /** Whether it was the time limit (not the caller) that aborted. */
  expired(): boolean;
  /** Stops the timer and stops following the caller's signal; call it when the attempt is over. */
  release(): void;
}

/**
 * Combines the caller's `AbortSignal` (if any) with a timeout of `ms`. (Written out rather than with
 * `AbortSignal.any`/`AbortSignal.timeout` so that it works in every browser the client supports and
 * tells the two causes apart; in Node 20 `AbortSignal.timeout` also measured no faster per request,
 * and its timer stays pending after the request until the signal is garbage-collected.)
 */
export function deadline(ms: number, caller: AbortSignal | undefined): Deadline {
  const controller = new AbortController();
  let expired = false;
  const timer = setTimeout(() => {
    expired = true;
    controller.abort();
  }, ms);
  const follow = (): void => controller.abort(caller?.reason);
  caller?.addEventListener('abort', follow, { once: true });
  return {
    signal: controller.signal,
    expired: () => expired,
    release: () => {
      clearTimeout(timer);
      caller?.removeEventListener('abort', follow);
    },
  };
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
