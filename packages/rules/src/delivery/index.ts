/**
 * Service delivery (PREK, the whole guidance; PLAN for program limits): what an IEP's services
 * owe per week and per month over the district's school days, what was delivered, missed and
 * made up, the three delivery alerts, and the program limits on delivered sessions and real
 * caseloads. Pure: the calendar and `asOf` are passed in.
 */
export * from './service-days.ts';
export * from './mandate.ts';
export * from './totals.ts';
export * from './window.ts';
export * from './alerts.ts';
export * from './limits.ts';
