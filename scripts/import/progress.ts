/** A one-line progress bar on a terminal (stderr); nothing when stderr is not a TTY (logs, pipes, CI). */
export function progressBar(total: number, stream: NodeJS.WriteStream = process.stderr) {
  const enabled = Boolean(stream.isTTY) && total > 0;
  let last = 0;
  return {
    update(done: number, note: string) {
      if (!enabled) return;
      const now = Date.now();
      if (done < total && now - last < 100) return;
      last = now;
      const width = 30;
      const filled = Math.round((done / total) * width);
      stream.write(`\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} ${note}\x1b[K`);
    },
    done() {
      if (enabled) stream.write("\n");
    },
  };
}
