// Progress for long runs: a live line on a terminal, a line every few seconds in logs and CI.
export interface Progress {
  update(done: number, detail: string): void;
  done(): void;
}

export function progress(label: string, stream: NodeJS.WriteStream = process.stderr, intervalMs = 2000): Progress {
  const tty = Boolean(stream.isTTY);
  const started = Date.now();
  // Logs get their first line only after an interval: a quick run stays quiet.
  let last = tty ? 0 : started;
  let lastLine = '';
  return {
    update(done, detail) {
      const now = Date.now();
      const line = `${label}: ${done} ${detail}`;
      lastLine = line;
      if (tty) {
        if (now - last < 100) return;
        stream.write(`\r\x1b[K${line}`);
      } else {
        if (now - last < intervalMs) return;
        stream.write(`${line} (${((now - started) / 1000).toFixed(0)} s)\n`);
      }
      last = now;
    },
    done() {
      if (tty && lastLine) stream.write('\r\x1b[K');
    },
  };
}
