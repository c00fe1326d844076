import type { StoredSession } from './load.ts';

/**
 * A group session as one child's record shows it: "with N other children", and nothing else
 * of the others. NYS Procedural Safeguards Notice, "Records on More Than One Child" (34 CFR
 * 300.615): "If any education record includes information on more than one child, the
 * parents of those children have the right to inspect and review only the information
 * relating to their child or to be informed of that specific information."
 *
 * Every place that shows a child's sessions to a reader of that child's record (the student's
 * services page and API, the complete record a parent is given) presents a group through this
 * function, so another child's name, student number, id or session id never reaches it: the
 * child's own session (its service, minutes, note) is theirs; of the group they learn only how
 * many other children were in it. The group's own note, which may speak of several children,
 * is not part of a child's record view at all (it is shown on the group log only).
 *
 * The group's id is given only for a group the reader may open (`openable`: they reach every
 * member, see group-access.ts), so the page can link to its log; leave `openable` out (the
 * complete record, anything a parent is handed) and the id is never given.
 */

/** What a child's record shows of the group a session was part of. */
export interface ChildGroupPart {
  /** The other children in the group: the count, never who. */
  otherChildren: number;
  /** The group, for a reader who may open its log; null otherwise. */
  groupId: string | null;
}

/**
 * `session`: one of the child's own sessions (load.ts `loadSessions`); null when it was given
 * alone. `openable`: the groups whose log the reader may open (none by default).
 */
export function presentGroupForChild(
  session: Pick<StoredSession, 'group'>,
  openable: ReadonlySet<string> = new Set(),
): ChildGroupPart | null {
  const { group } = session;
  if (group === null) return null;
  return {
    otherChildren: Math.max(0, group.members - 1),
    groupId: openable.has(group.id) ? group.id : null,
  };
}
