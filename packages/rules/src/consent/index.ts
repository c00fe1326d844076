/** Parental consent (PSN, Parental consent): the state machine, revocation effects, the public-benefits notification. */
export * from './transitions.ts';
