/** pino's levels, most severe first; `silent` writes nothing. Apart from the logger so lib/env.ts needs no pino. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
