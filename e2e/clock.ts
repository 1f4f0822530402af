import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The server the suite starts reads "now" from this file (lib/clock.ts, GS_CLOCK_FILE), so a journey can
 * let a public notice's ten working days pass. Only notice deadlines read it; everything else keeps the
 * real time. Empty or missing: the real time.
 */
export const CLOCK_FILE = process.env.E2E_CLOCK_FILE ?? join(tmpdir(), `guongsang-e2e-clock-${process.env.E2E_PORT ?? 3100}`);

export function setServerClock(at: Date): void {
  writeFileSync(CLOCK_FILE, at.toISOString());
}

export function resetServerClock(): void {
  rmSync(CLOCK_FILE, { force: true });
}
