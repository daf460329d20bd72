import { readdirSync, readFileSync } from 'node:fs';

/** CPU time (user + system) of one process so far, in seconds, from the kernel's accounting. */
export function processCpuSeconds(pid) {
  // Fields after the command name; utime and stime are the 14th and 15th, in USER_HZ (100/s on Linux).
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** CPU time of every PostgreSQL process on the machine (the bench's cluster is the only one running). */
export function postgresCpuSeconds() {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() !== 'postgres') continue;
      total += processCpuSeconds(entry);
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return total;
}

/** CPU time of the harness itself: the load generator's share of the machine. */
export const ownCpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};
