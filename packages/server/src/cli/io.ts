/** What a command writes to. Tests pass their own to capture output. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: CliIo = {
  out: (text) => void process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => void process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

/** A command returns its exit code: 0 for success, 1 for a failed check, 2 for bad usage or input. */
export type Command = (args: string[], io: CliIo) => Promise<number>;
