/**
 * One error taxonomy (STYLE.md habit 7). Every error the product raises on purpose is an
 * AppError with a stable code and a message a person can act on. Messages never carry a
 * student's data. The HTTP status of each code is decided here and nowhere else.
 */
export const errorCodes = {
  'invalid-input': 400,
  unauthenticated: 401,
  'csrf-failed': 403,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  refused: 422,
  'rate-limited': 429,
  config: 500,
} as const;

export type ErrorCode = keyof typeof errorCodes;

/** A problem with one field of the input: `path` is dotted (`guardians.0.email`). */
export interface FieldIssue {
  path: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: FieldIssue[] = [],
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return errorCodes[this.code];
  }
}

export class InvalidInputError extends AppError {
  constructor(fields: FieldIssue[], message = 'Some fields need attention.') {
    super('invalid-input', message, fields);
  }
}

/**
 * Outside an actor's grants a student's records do not exist for them (DESIGN.md, Access
 * policy): the same answer as a record that really does not exist.
 */
export class NotFoundError extends AppError {
  constructor(what = 'record') {
    super('not-found', `No such ${what}.`);
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'Sign in to continue.') {
    super('unauthenticated', message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'You are not allowed to do that.') {
    super('forbidden', message);
  }
}

export class ConflictError extends AppError {
  constructor(
    message: string,
    readonly current?: unknown,
  ) {
    super('conflict', message);
  }
}

/**
 * The law does not allow this step now: a first evaluation before the parent's consent, a
 * prior written notice missing a required element, a subcommittee recommendation beyond its
 * authority. The message says why and what would allow it; `citation` names the passage
 * (the source documents' section, as the rules package cites it); `fields` name the inputs.
 */
export class RefusedError extends AppError {
  constructor(
    message: string,
    readonly citation: string,
    fields: FieldIssue[] = [],
  ) {
    super('refused', message, fields);
  }
}

export class RateLimitedError extends AppError {
  constructor(message = 'Too many attempts. Try again later.') {
    super('rate-limited', message);
  }
}

/** The product cannot start as configured (a locked data folder, a bad setting). */
export class ConfigError extends AppError {
  constructor(message: string) {
    super('config', message);
  }
}
