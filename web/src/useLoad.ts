import { useCallback, useEffect, useRef, useState } from "react";
import { api } from "./api.ts";
import type { Page } from "./chains.ts";

export interface Loaded<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

/**
 * Loads data for a page: again whenever `key` changes (the request it stands for changed) and on
 * reload(); nothing while `key` is undefined. An answer that arrives after the key has moved on is
 * dropped.
 */
export function useLoad<T>(key: string | undefined, load: (signal: AbortSignal) => Promise<T>): Loaded<T> {
  const [state, setState] = useState<{ key?: string; data?: T; error?: unknown; loading: boolean }>({
    loading: key !== undefined,
  });
  const [round, setRound] = useState(0);
  const loader = useRef(load);
  loader.current = load;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `round` is the reload trigger.
  useEffect(() => {
    if (key === undefined) {
      setState({ loading: false });
      return;
    }
    const controller = new AbortController();
    setState((s) => ({ ...s, key, error: undefined, loading: true }));
    loader.current(controller.signal).then(
      (data) => !controller.signal.aborted && setState({ key, data, loading: false }),
      (error: unknown) => !controller.signal.aborted && setState({ key, error, loading: false }),
    );
    return () => controller.abort();
  }, [key, round]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  // Data loaded for another key is not shown as this key's.
  const data = state.key === key ? state.data : undefined;
  return { data, error: state.error, loading: state.loading, reload };
}

/** Every page of a cursor-paged list (for pickers that need the whole list). */
export async function loadAll<T>(path: string, signal?: AbortSignal): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  const join = path.includes("?") ? "&" : "?";
  do {
    const page: Page<T> = await api<Page<T>>(
      `${path}${join}limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`,
      { signal },
    );
    items.push(...page.items);
    cursor = page.cursor;
  } while (cursor);
  return items;
}
