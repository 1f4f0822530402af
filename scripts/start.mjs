// `npm start`: build if the sources changed, migrate and seed in a process that exits, then serve from
// the compiled server in this same process (or as the primary of its workers on PostgreSQL). Plain
// JavaScript, so that nothing but Node stays in memory while the server runs.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCE_DIRS = ['app', 'components', 'lib', 'db', 'public', 'scripts'];
const SOURCE_FILES = ['next.config.ts', 'package.json', 'package-lock.json', 'postcss.config.mjs', 'proxy.ts'];
const OUTPUTS = [
  join('.next', 'BUILD_ID'),
  join('dist', 'serve.mjs'),
  join('dist', 'server.mjs'),
  join('dist', 'prepare.mjs'),
  join('dist', 'plain-pages.mjs'),
];

function newestSourceTime() {
  let newest = 0;
  const visit = (path) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      if (path.endsWith(join('db', 'data')) || path.endsWith(join('scripts', 'bench'))) return;
      for (const entry of readdirSync(path)) visit(join(path, entry));
    } else newest = Math.max(newest, stat.mtimeMs);
  };
  [...SOURCE_DIRS, ...SOURCE_FILES].forEach(visit);
  return newest;
}

function run(command, args, failure) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`✗ ${failure}`);
    process.exit(result.status ?? 1);
  }
}

const newest = newestSourceTime();
if (OUTPUTS.some((file) => !existsSync(file) || statSync(file).mtimeMs < newest)) {
  console.log('› Đang dựng ứng dụng (npm run build)…');
  run('npm', ['run', 'build'], 'Dựng ứng dụng thất bại (npm run build).');
}
run(process.execPath, [join('dist', 'prepare.mjs')], 'Chuẩn bị cơ sở dữ liệu thất bại.');
const port = process.env.PORT ?? '3000';
console.log(`› Gương sáng: http://localhost:${port} (${process.env.DATABASE_URL ? 'PostgreSQL' : 'cơ sở dữ liệu nhúng'})`);
await import(new URL('../dist/serve.mjs', import.meta.url).href);
