/**
 * At most `limit` handler invocations at once; the rest wait their turn in arrival order. In AWS
 * each invocation gets its own Lambda instance and DynamoDB scales out; locally everything shares
 * one process and one embedded database, and a burst of a thousand requests would otherwise
 * queue inside the database client until its timeouts turn them into 503s.
 */
export function createGate(limit: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async function run<T>(fn: () => Promise<T>): Promise<T> {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await fn();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}
