import pino, { type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from './log-levels';

export type { Logger };

/**
 * Fields that must never reach a log, wherever they sit (top level or one level down). Nothing logs them
 * today (the request line carries only method, route group, status, duration, cache and id); this keeps it
 * so when someone later logs a form, a request or a row.
 */
export const REDACTED_FIELDS = [
  'password',
  'currentPassword',
  'newPassword',
  'confirmPassword',
  'token',
  'secret',
  'authorization',
  'cookie',
  'set-cookie',
  'email',
  'phone',
  'contactPhone',
  'address',
  'unitContactPerson',
  'contact',
  'authorEmail',
  'actorEmail',
] as const;

function redactPaths(): string[] {
  const key = (field: string) => (/^[A-Za-z_$][\w$]*$/.test(field) ? field : `["${field}"]`);
  const join = (prefix: string, field: string) => (key(field).startsWith('[') ? `${prefix}${key(field)}` : `${prefix}.${field}`);
  return REDACTED_FIELDS.flatMap((field) => [key(field), join('*', field), join('req.headers', field), join('headers', field)]);
}

export const REDACT_PATHS = redactPaths();

/** One JSON object per line on stdout (or `destination`), with an ISO time and the level as a word. */
export function createLogger({ level = 'info', destination }: { level?: LogLevel; destination?: DestinationStream } = {}): Logger {
  return pino(
    {
      level,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      formatters: { level: (label) => ({ level: label }) },
      timestamp: pino.stdTimeFunctions.isoTime,
      base: { pid: process.pid },
    },
    destination ?? pino.destination(1),
  );
}

/** An error's message for a log line, without its stack or any attached data (a query's parameters). */
export function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
