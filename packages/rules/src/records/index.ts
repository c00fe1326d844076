/**
 * Confidentiality and parents' record rights (PSN, Confidentiality of Information, 34 CFR
 * 300.610-300.626): who may inspect, copy fees, amendment and hearing, disclosure and consent,
 * the record of access, destruction and the permanent record. The inspection deadline is the
 * timelines rule `records-inspection`.
 */
export * from './citations.ts';
export * from './inspection.ts';
export * from './fees.ts';
export * from './amendment.ts';
export * from './disclosure.ts';
export * from './record-of-access.ts';
export * from './destruction.ts';
