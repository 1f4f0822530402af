// NODE_ENV=production npx tsx --tsconfig scripts/bench/tsconfig.plain-render.json scripts/bench/plain-render.ts [--count 500]
// What an example page costs rendered by react-dom/server alone, without the App Router: the same page
// module and site frame, the same data, on the bench database. Compare with scripts/bench/render-time.ts,
// which asks a running server (docs/render-profile.md, "Without the App Router"). CPU time of this process,
// first with each example's data read from the database, then again with it in the public data cache.
// `server-only` is resolved to an empty module (the tsconfig above), as in the tests.
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import ExamplePage from '@/app/(public)/examples/[slug]/page';
import { SiteFrame } from '@/components/layout/site-frame';
import { setDatabase } from '@/db';
import { createDatabase } from '@/db/client';
import { benchDatabaseUrl, readIntFlag } from './args';

async function main() {
  if (process.env.NODE_ENV !== 'production') throw new Error('Chạy với NODE_ENV=production: bản phát triển của React chậm hơn nhiều lần.');
  const count = readIntFlag(process.argv.slice(2), 'count', 500, 10, 20_000);
  const database = createDatabase({ databaseUrl: benchDatabaseUrl(), poolSize: 4 });
  setDatabase(database);
  const rows = await database.db.execute<{ slug: string }>(
    // Not the examples the App Router's run asked for: neither cache holds them.
    `SELECT slug FROM nominations WHERE status = 'approved' ORDER BY md5(slug || 'plain') LIMIT ${count + 30}` as never,
  );
  const slugs = [...rows].map((r) => r.slug);
  const render = async (slug: string) => {
    const page = await ExamplePage({ params: Promise.resolve({ slug }) });
    return renderToString(createElement('html', { lang: 'vi' }, createElement('body', null, createElement(SiteFrame, null, page))));
  };
  for (const slug of slugs.slice(0, 30)) await render(slug);
  const measured = slugs.slice(30);
  for (const label of ['dữ liệu đọc từ cơ sở dữ liệu', 'dữ liệu trong bộ đệm']) {
    let bytes = 0;
    const cpu = process.cpuUsage();
    const started = performance.now();
    for (const slug of measured) bytes += Buffer.byteLength(await render(slug));
    const used = process.cpuUsage(cpu);
    const per = (n: number) => (n / measured.length).toFixed(2);
    console.log(`${label}: ${per(performance.now() - started)} ms/trang (đồng hồ), CPU ${per((used.user + used.system) / 1000)} ms/trang, HTML ${Math.round(bytes / measured.length / 1024)} KB`);
  }
  setDatabase(undefined);
  await database.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
