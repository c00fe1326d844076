/**
 * IEP distribution (PREK, Accessibility and Storage): who may implement an IEP and in which
 * capacity, who reviews it with whom, and whether an IEP is ready when it starts. Pure: `asOf`
 * and the district's calendar are passed in.
 */
export * from './implementers.ts';
export * from './readiness.ts';
