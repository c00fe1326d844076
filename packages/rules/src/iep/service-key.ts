import type { IepService } from './content.ts';

/**
 * A service's key: its program and its name as the district writes it, so "Speech-language
 * therapy under related-service" is the same service in an IEP and in its amendment. An
 * implementer assigned to part of an IEP is assigned to service keys (PREK, Accessibility and
 * Storage: "responsible for implementing the IEP, either in whole or in part"), and keeps
 * the part when an amendment keeps the service.
 */
export function serviceKey(service: Pick<IepService, 'program' | 'service'>): string {
  return `${service.program}:${service.service.trim().toLowerCase()}`;
}
