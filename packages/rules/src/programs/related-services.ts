import { PROGRAMS } from './catalog.ts';
import { requireCount } from './violation.ts';
import type { Violation } from './violation.ts';

/** A student in a session, with the group size their IEP allows for this service. */
export interface SessionParticipant {
  studentId: string;
  /** Largest group on the IEP for this service; 1 means individual sessions. */
  iepGroupSize: number;
}

/** One delivered or scheduled related-service session. */
export interface RelatedServiceSession {
  program: 'related-service' | 'preschool-related-services';
  sessionId: string;
  /** The service, as the district names it (speech-language therapy, OT, counseling ...). */
  service: string;
  participants: readonly SessionParticipant[];
}

/**
 * Related services are delivered at the frequency, duration and group size on the IEP
 * (PLAN, Related Services): a session whose group is larger than a participant's IEP group
 * size is a violation for that participant.
 */
export function checkRelatedServiceGroupSize(session: RelatedServiceSession): Violation[] {
  const groupSize = new Set(session.participants.map((p) => p.studentId)).size;
  return session.participants.flatMap((p, i) => {
    const allowed = requireCount(p.iepGroupSize, `participants[${i}].iepGroupSize`, 1);
    if (groupSize <= allowed) return [];
    return [
      {
        check: 'related-service-group-size' as const,
        program: session.program,
        message: `A ${session.service} session had a group of ${groupSize}; a participating student's IEP allows a group of at most ${allowed}.`,
        citation: PROGRAMS[session.program].citation,
        facts: {
          sessionId: session.sessionId,
          studentId: p.studentId,
          groupSize,
          iepGroupSize: allowed,
        },
      },
    ];
  });
}
