/**
 * Timing for the bench sections: a warm-up (so the JIT has compiled the hot paths), then several
 * timed rounds of a fixed duration; the median of the rounds' rates is reported, which a stray GC
 * pause or a busy neighbour process moves less than the mean.
 */
export interface Rate {
  /** Operations per second of each round. */
  rounds: number[];
  median: number;
}

export interface MeasureOptions {
  warmupMs?: number;
  rounds?: number;
  roundMs?: number;
}

let sink: unknown; // keeps results alive so the work cannot be optimised away

export function measure(fn: () => unknown, { warmupMs = 1000, rounds = 7, roundMs = 500 }: MeasureOptions = {}): Rate {
  const runFor = (ms: number) => {
    let ops = 0;
    const start = performance.now();
    let now = start;
    while (now - start < ms) {
      for (let i = 0; i < 10; i++) sink = fn();
      ops += 10;
      now = performance.now();
    }
    return (ops * 1000) / (now - start);
  };
  runFor(warmupMs);
  const rates = Array.from({ length: rounds }, () => runFor(roundMs));
  const sorted = [...rates].sort((a, b) => a - b);
  void sink;
  return { rounds: rates, median: sorted[Math.floor(sorted.length / 2)] };
}

export const fmtRate = (n: number) => Math.round(n).toLocaleString("en-US");

/** Options from the environment, so CI can shorten a run: BENCH_ROUNDS, BENCH_ROUND_MS, BENCH_WARMUP_MS. */
export function optionsFromEnv(): MeasureOptions {
  const num = (name: string) => (process.env[name] ? Number(process.env[name]) : undefined);
  return { rounds: num("BENCH_ROUNDS"), roundMs: num("BENCH_ROUND_MS"), warmupMs: num("BENCH_WARMUP_MS") };
}
