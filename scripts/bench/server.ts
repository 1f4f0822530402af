// Starts the production server (dist/serve.mjs, compiled from scripts/server.ts) from the existing build, and always stops it again.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export class BenchSetupError extends Error {}

export function assertProductionBuild(root = process.cwd()): void {
  if (!existsSync(join(root, '.next', 'BUILD_ID')) || !existsSync(join(root, 'dist', 'serve.mjs'))) {
    throw new BenchSetupError('Chưa có bản dựng production (.next/BUILD_ID, dist/serve.mjs): run `npm run build` first — hãy chạy `npm run build` trước.');
  }
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, () => probe.close(() => resolve(true)));
  });
}

/** The first free port from `start` up to 3999 (the bench's range). */
export async function findFreePort(start = 3901, end = 3999): Promise<number> {
  for (let port = start; port <= end; port++) if (await portIsFree(port)) return port;
  throw new BenchSetupError(`Không còn cổng trống trong khoảng ${start}–${end}.`);
}

export interface RunningServer {
  pid: number;
  port: number;
  baseUrl: string;
  /** The server's last lines of output, for error messages. */
  output(): string;
  stop(): Promise<void>;
}

const live = new Set<ChildProcess>();

/** Last resort on exit: kill every server still running, whatever interrupted the script. */
process.on('exit', () => {
  for (const child of live) {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  }
});

export async function startServer({ port, env }: { port: number; env: Record<string, string> }): Promise<RunningServer> {
  // The production server (Next behind the page cache), as `npm start` runs it. Its own process group,
  // so that stopping it also stops anything it started.
  const child = spawn(process.execPath, [join('dist', 'serve.mjs'), '-p', String(port)], {
    detached: true,
    env: { ...process.env, NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  live.add(child);
  let log = '';
  // BENCH_SERVER_LOG=file keeps the whole log (one line per request, with its route and time) to study a run.
  const whole = process.env.BENCH_SERVER_LOG ? createWriteStream(process.env.BENCH_SERVER_LOG, { flags: 'a' }) : null;
  const keep = (chunk: Buffer) => {
    whole?.write(chunk);
    log = (log + chunk.toString()).slice(-4000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => live.delete(child));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }, 5000);
    await exited;
    clearTimeout(timer);
  };
  const baseUrl = `http://127.0.0.1:${port}`;
  const server: RunningServer = { pid: child.pid!, port, baseUrl, output: () => log, stop };
  try {
    await waitForReady(baseUrl, child);
  } catch (error) {
    await stop();
    const reason = error instanceof Error ? error.message : String(error);
    throw new BenchSetupError(`${reason}\n--- scripts/server.ts ---\n${log.trim().slice(-1500)}`);
  }
  return server;
}

async function waitForReady(baseUrl: string, child: ChildProcess, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new BenchSetupError(`Máy chủ đã dừng (mã ${child.exitCode}).`);
    try {
      const response = await fetch(`${baseUrl}/api/ready`, { signal: AbortSignal.timeout(5000) });
      const body = (await response.json()) as { status?: string };
      if (response.ok && body.status === 'ready') return;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new BenchSetupError(`Máy chủ không sẵn sàng sau ${timeoutMs / 1000} s (/api/ready: ${last}).`);
}

/** Resident memory of a process and all its descendants, from /proc (Linux). */
export function residentMemory(rootPid: number): { totalMb: number; processes: { pid: number; name: string; rssMb: number }[] } {
  const parentOf = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The name may hold spaces and parentheses; the fields after its closing one are fixed.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parentOf.set(Number(entry), ppid);
    } catch {
      // exited meanwhile
    }
  }
  const tree = new Set([rootPid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of parentOf) {
      if (tree.has(ppid) && !tree.has(pid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  const processes = [...tree].flatMap((pid) => {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      const name = /Name:\s+(.+)/.exec(status)?.[1]?.trim() ?? '?';
      return [{ pid, name, rssMb: Math.round((kb / 1024) * 10) / 10 }];
    } catch {
      return [];
    }
  });
  return { totalMb: Math.round(processes.reduce((sum, p) => sum + p.rssMb, 0) * 10) / 10, processes };
}
