import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import {
  assignFields,
  endAssignmentFields,
  NotificationsPage,
  notificationNotices,
  ReadinessPage,
  requestFields,
  ReviewDesigneesPage,
  reviewDesigneeFields,
  reviewDesigneeNotices,
  reviewFields,
} from '@continuum/web';
import type {
  DistributionFailure,
  DistributionNotice,
  FormState,
  ReviewDesigneeField,
  DistributionRefusal,
} from '@continuum/web';
import type { AppContext } from '../http/context.ts';
import { callOf } from '../http/call.ts';
import { NotFoundError } from '../errors.ts';
import {
  assignBody,
  assignmentParams,
  confirmBody,
  designeeBody,
  designeeParams,
  endAssignmentBody,
  iepParams,
  notificationParams,
  printParams,
  reviewBody,
  reviewParams,
  reviewRequestBody,
  siteParams,
} from '../distribution/schemas.ts';
import { assignImplementer } from '../distribution/assign-implementer.ts';
import { endAssignment } from '../distribution/end-assignment.ts';
import { recordReview } from '../distribution/record-review.ts';
import { confirmReview } from '../distribution/confirm-review.ts';
import { requestReview } from '../distribution/request-review.ts';
import { printIep } from '../distribution/print-iep.ts';
import { sendPrintedIep } from '../distribution/routes.ts';
import { listReadiness } from '../distribution/list-readiness.ts';
import { listNotifications } from '../distribution/list-notifications.ts';
import { markNotificationRead } from '../distribution/mark-notification-read.ts';
import { listDesigneeSites, listReviewDesignees } from '../distribution/list-review-designees.ts';
import { nameReviewDesignee } from '../distribution/name-review-designee.ts';
import { endReviewDesignee } from '../distribution/end-review-designee.ts';
import type { FormShape } from './form.ts';
import { doneOf, formFailure, parseForm } from './form.ts';
import { pageContext, redirectAfterPost, sendPage } from './page-context.ts';
import { sendIepPage } from './iep-pages.tsx';

/**
 * The IEP distribution pages (PREK, Accessibility and Storage): the forms of the IEP page's
 * "Implementers and reviews" section (a refused form shows the IEP page again with the form as
 * sent), the printed IEP, the readiness list, notifications, and a site's review designees. They
 * call the same use cases as the API, so the access policy and the access log hold alike.
 */

const assignShape: FormShape<(typeof assignFields)[number]> = {
  fields: assignFields,
  lists: ['services'],
};
const endShape: FormShape<(typeof endAssignmentFields)[number]> = { fields: endAssignmentFields };
const reviewShape: FormShape<(typeof reviewFields)[number]> = { fields: reviewFields };
const requestShape: FormShape<(typeof requestFields)[number]> = { fields: requestFields };
const designeeShape: FormShape<ReviewDesigneeField> = { fields: reviewDesigneeFields };

/** The route's parameters, or the not-found page. */
function paramsOf<S extends z.ZodType>(request: FastifyRequest, schema: S, what: string) {
  const parsed = schema.safeParse(request.params);
  if (!parsed.success) throw new NotFoundError(what);
  return parsed.data;
}

const iepUrl = (ids: { id: string; iepId: string }) => `/students/${ids.id}/ieps/${ids.iepId}`;

export function registerDistributionPages(app: FastifyInstance, ctx: AppContext): void {
  /**
   * One form of the IEP page's section: valid input runs the use case and returns to the IEP
   * page with the notice; invalid or refused input shows the IEP page again with the form.
   */
  const sectionForm = async <F extends string, S extends z.ZodType>(
    request: FastifyRequest,
    reply: FastifyReply,
    form: {
      ids: { id: string; iepId: string };
      shape: FormShape<F>;
      schema: S;
      failure: (state: FormState<F>) => DistributionFailure;
      run: (data: z.infer<S>) => Promise<unknown>;
      done: DistributionNotice;
    },
  ) => {
    const iepIds = { studentId: form.ids.id, iepId: form.ids.iepId };
    const parsed = parseForm(request.body, form.shape, form.schema);
    if (!parsed.ok)
      return sendIepPage(request, reply, ctx, {
        ids: iepIds,
        distribution: form.failure(parsed.state),
        status: 400,
      });
    try {
      await form.run(parsed.data);
    } catch (error) {
      const { state, status, refusal } = formFailure(error, form.shape, request.body);
      return sendIepPage(request, reply, ctx, {
        ids: iepIds,
        distribution: { ...form.failure(state), refusal },
        status,
      });
    }
    return redirectAfterPost(reply, `${iepUrl(form.ids)}?done=${form.done}#iep-implementers`);
  };

  app.post('/students/:id/ieps/:iepId/implementers', async (request, reply) => {
    const ids = paramsOf(request, iepParams, 'IEP');
    return sectionForm(request, reply, {
      ids,
      shape: assignShape,
      schema: assignBody,
      failure: (state) => ({ form: 'assign', state }),
      run: (data) =>
        assignImplementer(callOf(request, ctx), { ...data, studentId: ids.id, iepId: ids.iepId }),
      done: 'assigned',
    });
  });

  app.post('/students/:id/ieps/:iepId/implementers/:assignmentId/end', async (request, reply) => {
    const ids = paramsOf(request, assignmentParams, 'assignment');
    return sectionForm(request, reply, {
      ids,
      shape: endShape,
      schema: endAssignmentBody,
      failure: (state) => ({ form: 'end', assignmentId: ids.assignmentId, state }),
      run: (data) =>
        endAssignment(callOf(request, ctx), {
          ...data,
          studentId: ids.id,
          iepId: ids.iepId,
          assignmentId: ids.assignmentId,
        }),
      done: 'assignment-ended',
    });
  });

  app.post('/students/:id/ieps/:iepId/reviews', async (request, reply) => {
    const ids = paramsOf(request, iepParams, 'IEP');
    return sectionForm(request, reply, {
      ids,
      shape: reviewShape,
      schema: reviewBody,
      failure: (state) => ({ form: 'review', state }),
      run: (data) =>
        recordReview(callOf(request, ctx), { ...data, studentId: ids.id, iepId: ids.iepId }),
      done: 'review-recorded',
    });
  });

  app.post('/students/:id/ieps/:iepId/reviews/:reviewId/confirm', async (request, reply) => {
    const ids = paramsOf(request, reviewParams, 'review');
    return sectionForm(request, reply, {
      ids,
      // The form sends nothing but its anti-forgery token.
      shape: { fields: [] },
      schema: confirmBody,
      failure: () => ({ form: 'confirm', reviewId: ids.reviewId }),
      run: () =>
        confirmReview(callOf(request, ctx), {
          studentId: ids.id,
          iepId: ids.iepId,
          reviewId: ids.reviewId,
        }),
      done: 'review-confirmed',
    });
  });

  app.post('/students/:id/ieps/:iepId/review-requests', async (request, reply) => {
    const ids = paramsOf(request, iepParams, 'IEP');
    return sectionForm(request, reply, {
      ids,
      shape: requestShape,
      schema: reviewRequestBody,
      failure: (state) => ({ form: 'request', state }),
      run: (data) =>
        requestReview(callOf(request, ctx), { ...data, studentId: ids.id, iepId: ids.iepId }),
      done: 'review-requested',
    });
  });

  app.get('/students/:id/ieps/:iepId/versions/:versionId/print', async (request, reply) => {
    const ids = paramsOf(request, printParams, 'IEP version');
    const printed = await printIep(callOf(request, ctx), {
      studentId: ids.id,
      iepId: ids.iepId,
      versionId: ids.versionId,
    });
    return sendPrintedIep(reply, printed, 'inline');
  });

  app.get('/distribution', async (request, reply) => {
    const call = callOf(request, ctx);
    const list = await listReadiness(call, { limit: 200 });
    return sendPage(
      reply,
      <ReadinessPage
        page={pageContext(request, reply, ctx)}
        list={list}
        designeeSites={await listDesigneeSites(call)}
      />,
    );
  });

  app.get('/notifications', async (request, reply) =>
    sendPage(
      reply,
      <NotificationsPage
        page={pageContext(request, reply, ctx)}
        list={await listNotifications(callOf(request, ctx))}
        notice={doneOf(request, notificationNotices)}
      />,
    ),
  );

  app.post('/notifications/:id/read', async (request, reply) => {
    const { id } = paramsOf(request, notificationParams, 'notification');
    await markNotificationRead(callOf(request, ctx), { notificationId: id });
    return redirectAfterPost(reply, '/notifications?done=read');
  });

  const designeesPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    siteId: string,
    options: {
      form?: FormState<ReviewDesigneeField>;
      refusal?: DistributionRefusal | undefined;
      status?: number;
    } = {},
  ) => {
    const list = await listReviewDesignees(callOf(request, ctx), { siteId });
    return sendPage(
      reply,
      <ReviewDesigneesPage
        page={pageContext(request, reply, ctx)}
        list={list}
        form={options.form}
        refusal={options.refusal}
        notice={
          options.form || options.refusal ? undefined : doneOf(request, reviewDesigneeNotices)
        }
      />,
      options.status ?? 200,
    );
  };

  app.get('/sites/:id/review-designees', async (request, reply) =>
    designeesPage(request, reply, paramsOf(request, siteParams, 'site').id),
  );

  app.post('/sites/:id/review-designees', async (request, reply) => {
    const { id } = paramsOf(request, siteParams, 'site');
    const parsed = parseForm(request.body, designeeShape, designeeBody);
    if (!parsed.ok) return designeesPage(request, reply, id, { form: parsed.state, status: 400 });
    try {
      await nameReviewDesignee(callOf(request, ctx), { siteId: id, staffId: parsed.data.staffId });
    } catch (error) {
      const { state, status, refusal } = formFailure(error, designeeShape, request.body);
      return designeesPage(request, reply, id, { form: state, status, refusal });
    }
    return redirectAfterPost(reply, `/sites/${id}/review-designees?done=named`);
  });

  app.post('/sites/:id/review-designees/:designeeId/end', async (request, reply) => {
    const ids = paramsOf(request, designeeParams, 'designee');
    try {
      await endReviewDesignee(callOf(request, ctx), {
        siteId: ids.id,
        designeeId: ids.designeeId,
      });
    } catch (error) {
      const { state, status, refusal } = formFailure(error, designeeShape, {});
      return designeesPage(request, reply, ids.id, { form: state, status, refusal });
    }
    return redirectAfterPost(reply, `/sites/${ids.id}/review-designees?done=ended`);
  });
}
