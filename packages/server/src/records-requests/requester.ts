import { InvalidInputError } from '../errors.ts';

/**
 * A parent acts for themselves, today, through the product: who asked, when and how are the
 * district's to record for a request or step received another way, never the parent's to send.
 * Each such field a parent sent is a 422 on that field.
 */
export function refuseDistrictFields<K extends string>(
  input: Partial<Record<K, unknown>>,
  fields: readonly K[],
): void {
  const given = fields.filter((f) => input[f] !== undefined);
  if (given.length)
    throw new InvalidInputError(
      given.map((path) => ({ path, message: 'is recorded by the district, not sent by a parent' })),
    );
}
