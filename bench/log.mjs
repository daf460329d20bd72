const started = performance.now();

/** Progress goes to stderr: stdout carries only the JSON lines a machine reads. */
export function progress(message) {
  const seconds = ((performance.now() - started) / 1000).toFixed(1).padStart(5);
  process.stderr.write(`[bench ${seconds}s] ${message}\n`);
}

export const elapsedSeconds = () => (performance.now() - started) / 1000;
