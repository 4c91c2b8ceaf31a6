import os from 'node:os';
import { Bench } from 'tinybench';

export interface Row {
  section: string;
  task: string;
  p50: number;
  p95: number;
  samples: number;
  /** p50 of this task ÷ p50 of the named baseline in the same section. */
  ratio?: string;
}

/** Runs tasks one section at a time and reports medians and ratios against a named baseline. */
export async function measure(
  section: string,
  tasks: Record<string, () => unknown>,
  baseline: string,
  options: { time?: number; iterations?: number } = {},
): Promise<Row[]> {
  const bench = new Bench({
    time: options.time ?? 2000,
    iterations: options.iterations ?? 5,
    warmupIterations: 1,
  });
  for (const [name, fn] of Object.entries(tasks)) bench.add(name, fn as () => Promise<void>);
  await bench.run();
  const rows = bench.tasks.map((t) => {
    const r = t.result as unknown as {
      latency?: { p50: number; p99: number; samplesCount?: number; samples?: number[] };
    };
    const samples = r.latency?.samples ?? [];
    const sorted = [...samples].sort((a, b) => a - b);
    const p95 = sorted.length
      ? (sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0)
      : (r.latency?.p99 ?? 0);
    return {
      section,
      task: t.name,
      p50: r.latency?.p50 ?? Number.NaN,
      p95,
      samples: sorted.length || (r.latency?.samplesCount ?? 0),
    };
  });
  const base = rows.find((r) => r.task === baseline);
  return rows.map((r) => ({
    ...r,
    ratio:
      base && r.task !== baseline
        ? `${(r.p50 / base.p50).toFixed(2)}× ${baseline}`
        : r.task === baseline
          ? 'baseline'
          : '',
  }));
}

export function machine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

export function table(rows: readonly Row[]): string {
  const lines = [
    '| section | task | p50 (ms) | p95 (ms) | samples | ratio |',
    '|---|---|---:|---:|---:|---|',
  ];
  for (const r of rows)
    lines.push(
      `| ${r.section} | ${r.task} | ${r.p50.toFixed(2)} | ${r.p95.toFixed(2)} | ${r.samples} | ${r.ratio ?? ''} |`,
    );
  return lines.join('\n');
}
