import type { StaffRole } from '../db/schema.ts';
import { UnauthenticatedError } from '../errors.ts';

/**
 * Who is acting: the signed-in account with its staff roles (none for a parent). Roles alone
 * never grant a student's records; the access policy looks for a relationship.
 */
export interface Actor {
  accountId: string;
  districtId: string;
  kind: 'staff' | 'parent';
  /** The staff row of a staff account; null for a parent. */
  staffId: string | null;
  roles: readonly StaffRole[];
  displayName: string;
  email: string;
  /** Whether this session passed a second factor. */
  secondFactor: boolean;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the session plugin from the session cookie; null when nobody is signed in. */
    actor: Actor | null;
  }
}

export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw new UnauthenticatedError();
  return actor;
}

/** The role an access-log row names: the actor's most specific role, or 'parent'. */
export function loggedRole(actor: Actor): string {
  return actor.kind === 'parent' ? 'parent' : actor.roles.join(',');
}
