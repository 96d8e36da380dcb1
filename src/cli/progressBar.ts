/** A progress bar on a stream: drawn only when the stream is a terminal, silent otherwise. */
export interface ProgressBar {
  tick(done: number): void;
  finish(): void;
}

const SILENT: ProgressBar = { tick: () => {}, finish: () => {} };

/**
 * A progress bar for `total` units on standard error, redrawn at most every 100 ms. It is silent
 * when stderr is not a terminal (pipes, files, CI) or when `total` is below `threshold`.
 */
export function createProgressBar(
  total: number,
  label: string,
  stream: NodeJS.WriteStream = process.stderr,
  threshold = 2,
): ProgressBar {
  if (!stream.isTTY || total < threshold) return SILENT;
  let last = 0;
  const draw = (done: number) => {
    const width = 30;
    const filled = Math.round((done / total) * width);
    const pct = Math.floor((done / total) * 100);
    stream.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${pct}% ${done}/${total}`);
  };
  return {
    tick(done) {
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      draw(done);
    },
    finish() {
      stream.write('\r\x1b[2K');
    },
  };
}
