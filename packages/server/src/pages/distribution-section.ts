import type { FastifyRequest } from 'fastify';
import { distributionNotices } from '@continuum/web';
import type { DistributionFailure, DistributionSection } from '@continuum/web';
import type { Call } from '../http/call.ts';
import { getIepDistribution } from '../distribution/get-iep-distribution.ts';
import { doneOf } from './form.ts';

/**
 * The IEP page's "Implementers and reviews" section (pages/iep-pages.tsx): the IEP's
 * implementers and reviews read through the same use case as the API (checked and logged), the
 * distribution form that failed, or the notice of the one that succeeded.
 */
export async function distributionSectionFor(
  call: Call,
  request: FastifyRequest,
  ids: { studentId: string; iepId: string },
  failed: DistributionFailure | undefined,
): Promise<DistributionSection> {
  return {
    view: await getIepDistribution(call, ids),
    failed,
    notice: failed ? undefined : doneOf(request, distributionNotices),
  };
}
