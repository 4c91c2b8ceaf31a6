import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU seconds used so far by the threads whose name matches `thread` in the processes this one
 * started (Chromium's renderer runs the import worker in a "DedicatedWorker thread"). Read from
 * Linux's /proc (utime + stime); null where there is none. Wall time on a shared machine swings
 * with its load; a thread's CPU time does not.
 */
export function childThreadsCpu(thread: RegExp): number | null {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return null;
  }
  const parentOf = new Map<number, number>();
  for (const d of entries) {
    const stat = readStat(`/proc/${d}/stat`);
    if (stat) parentOf.set(Number(d), Number(stat.fields[1]));
  }
  const mine = (pid: number) => {
    for (let p = parentOf.get(pid); p !== undefined && p > 1; p = parentOf.get(p))
      if (p === process.pid) return true;
    return false;
  };
  const ticks = 100; // USER_HZ on Linux
  let total = 0;
  for (const d of entries) {
    if (!mine(Number(d))) continue;
    let tasks: string[];
    try {
      tasks = readdirSync(`/proc/${d}/task`);
    } catch {
      continue;
    }
    for (const t of tasks) {
      const stat = readStat(`/proc/${d}/task/${t}/stat`);
      if (stat && thread.test(stat.name))
        total += (Number(stat.fields[11]) + Number(stat.fields[12])) / ticks;
    }
  }
  return total;
}

/** A /proc stat line: the name in parentheses, then the fields after it (state first). */
function readStat(file: string): { name: string; fields: string[] } | null {
  try {
    const raw = readFileSync(file, 'utf8');
    const close = raw.lastIndexOf(')');
    return {
      name: raw.slice(raw.indexOf('(') + 1, close),
      fields: raw.slice(close + 2).split(' '),
    };
  } catch {
    return null;
  }
}
