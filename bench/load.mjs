/**
 * `workers` closed loops calling `task` until `ms` have passed. Requests still in flight at the
 * deadline finish and count, and the elapsed time includes them: the rate is what was done.
 */
export async function runFor({ workers, ms, task }) {
  const started = performance.now();
  const deadline = started + ms;
  const result = { ok: 0, failed: 0, firstError: null, seconds: 0 };
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      while (performance.now() < deadline) {
        try {
          await task(worker);
          result.ok++;
        } catch (error) {
          result.failed++;
          result.firstError ??= error;
        }
      }
    }),
  );
  result.seconds = (performance.now() - started) / 1000;
  return result;
}

/**
 * Latencies in ms of `count` sequential calls of each probe, interleaved call by call so that a
 * noisy neighbour on the machine hits the figure and its baseline alike. Warm-ups are discarded.
 */
export async function sampleInterleaved({ probes, count, warmup }) {
  const samples = Object.fromEntries(Object.keys(probes).map((name) => [name, []]));
  for (let i = 0; i < warmup + count; i++) {
    for (const [name, call] of Object.entries(probes)) {
      const started = performance.now();
      await call();
      if (i >= warmup) samples[name].push(performance.now() - started);
    }
  }
  return samples;
}
