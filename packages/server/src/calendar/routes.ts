import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../http/context.ts';
import { callOf } from '../http/call.ts';
import { districtCalendar, putCalendarBody } from './schemas.ts';
import { getCalendar } from './get-calendar.ts';
import { replaceCalendar } from './replace-calendar.ts';

const tags = ['calendar'];
const security = [{ session: [] }];

/** The district's school calendar: staff read it, district administrators replace it. */
export function registerCalendarRoutes(server: FastifyInstance, ctx: AppContext): void {
  const app = server.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/calendar',
    {
      schema: {
        tags,
        security,
        summary: "The district's school calendar (school days, non-instructional days, holidays)",
        response: { 200: districtCalendar },
      },
    },
    async (request) => getCalendar(callOf(request, ctx)),
  );
  app.put(
    '/api/calendar',
    {
      schema: {
        tags,
        security,
        summary:
          'Replace the school calendar (send the version you read, 0 for the first calendar)',
        body: putCalendarBody,
        response: { 200: districtCalendar },
      },
    },
    async (request) => replaceCalendar(callOf(request, ctx), request.body),
  );
}
