import { readFile } from 'node:fs/promises';
import { RuleInputError } from '@continuum/rules/calendar/index.ts';

/** Reads and parses a JSON input file; a missing file or bad JSON is a RuleInputError naming it. */
export async function readJsonFile(path: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new RuleInputError([{ field: what, message: `cannot read file "${path}"` }]);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new RuleInputError([
      { field: what, message: `"${path}" is not valid JSON (${(error as Error).message})` },
    ]);
  }
}

/** Prints every issue of an input error as `what: field: message` and returns exit code 2. */
export function reportInputError(
  error: unknown,
  what: string,
  err: (text: string) => void,
): number {
  if (!(error instanceof RuleInputError)) throw error;
  for (const issue of error.issues)
    err(
      issue.field === what || issue.field.startsWith(`${what}.`)
        ? `${issue.field}: ${issue.message}`
        : `${what}: ${issue.field}: ${issue.message}`,
    );
  return 2;
}
