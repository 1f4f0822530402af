import 'server-only';
import { readFileSync } from 'node:fs';

/**
 * The time the server acts at. Production reads the system clock. End-to-end tests of the public
 * notice need days to pass: when the operator starts the server with GS_CLOCK_FILE, the file holds an
 * ISO instant that replaces the clock (an empty or missing file means the real time). A visitor
 * cannot reach it; only whoever starts the process can.
 */
export function now(): Date {
  const file = process.env.GS_CLOCK_FILE;
  if (!file) return new Date();
  try {
    const text = readFileSync(file, 'utf8').trim();
    const fake = text ? new Date(text) : null;
    return fake && !Number.isNaN(fake.getTime()) ? fake : new Date();
  } catch {
    return new Date();
  }
}
