/**
 * Every refusal the API gives: an HTTP status, a stable `code` (what a client words in
 * zh or en) and a plain English `message` naming what and where. Never a stack trace.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }

  toJSON(): { error: { code: string; message: string } & Record<string, unknown> } {
    return { error: { code: this.code, message: this.message, ...this.details } };
  }
}

export const unauthorized = (what: string) => new ApiError(401, 'unauthorized', `${what}: send "Authorization: Bearer <token>"`);

/** The first problem zod found, as "field.path: message". */
export function zodMessage(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  const i = issues[0];
  if (!i) return 'invalid input';
  const path = i.path.map((p) => String(p).slice(0, 40)).join('.') || '(body)';
  return `${path}: ${i.message}`.slice(0, 300);
}
