import { useEffect, useState, type DependencyList } from "react";

export type Async<T> = { state: "loading" } | { state: "done"; value: T } | { state: "failed"; error: unknown };

/** Runs a promise-making function when `deps` change; a stale answer is dropped. */
export function useAsync<T>(run: () => Promise<T>, deps: DependencyList): [Async<T>, () => void] {
  const [result, setResult] = useState<Async<T>>({ state: "loading" });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    setResult({ state: "loading" });
    run().then(
      (value) => live && setResult({ state: "done", value }),
      (error: unknown) => live && setResult({ state: "failed", error }),
    );
    return () => {
      live = false;
    };
  }, [...deps, round]);
  return [result, () => setRound((r) => r + 1)];
}
