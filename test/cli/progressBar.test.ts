import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createProgressBar } from '../../src/cli/progressBar.js';

function stream(isTTY: boolean): { written: string[]; stream: NodeJS.WriteStream } {
  const written: string[] = [];
  const s = {
    isTTY,
    write: (chunk: string) => {
      written.push(chunk);
      return true;
    },
  };
  return { written, stream: s as unknown as NodeJS.WriteStream };
}

describe('createProgressBar', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(1_000_000);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('draws 30 columns, the percentage rounded down and the count', () => {
    const { written, stream: s } = stream(true);
    const bar = createProgressBar(4, 'sweep', s);
    bar.tick(1);
    // 1/4 of 30 columns = 7.5 → 8 filled, 22 empty; 25%.
    expect(written).toEqual([`\rsweep [${'#'.repeat(8)}${'.'.repeat(22)}] 25% 1/4`]);
  });

  it('redraws at most every 100 ms, but always at the end; finish clears the line', () => {
    const { written, stream: s } = stream(true);
    const bar = createProgressBar(3, 'x', s);
    bar.tick(1);
    vi.advanceTimersByTime(50);
    bar.tick(2); // 50 ms later: skipped
    vi.advanceTimersByTime(100);
    bar.tick(2); // 150 ms after the first: drawn
    bar.tick(3); // the end: drawn at once
    bar.finish();
    // 2/3 of 30 = 20 columns, 66%; 1/3 = 10 columns, 33%.
    expect(written).toEqual([
      `\rx [${'#'.repeat(10)}${'.'.repeat(20)}] 33% 1/3`,
      `\rx [${'#'.repeat(20)}${'.'.repeat(10)}] 66% 2/3`,
      `\rx [${'#'.repeat(30)}] 100% 3/3`,
      '\r\x1b[2K',
    ]);
  });

  it('is silent when the stream is not a terminal, or below the threshold', () => {
    const pipe = stream(false);
    const piped = createProgressBar(10, 'x', pipe.stream);
    piped.tick(5);
    piped.finish();
    expect(pipe.written).toEqual([]);
    const tty = stream(true);
    const small = createProgressBar(4, 'x', tty.stream, 5);
    small.tick(4);
    small.finish();
    expect(tty.written).toEqual([]);
    // The default threshold is 2: a single unit draws nothing.
    createProgressBar(1, 'x', tty.stream).tick(1);
    expect(tty.written).toEqual([]);
  });
});
