import Link from 'next/link';
import { ExampleCard } from '@/components/examples/example-card';
import { cachedPublicData, publicCacheKey } from '@/lib/cache/public-data-cache';
import { getHomePageData } from '@/db/queries/public-pages';
import { formatNumber } from '@/lib/format';
import { MOVEMENT_NAME } from '@/lib/site';

export const dynamic = 'force-dynamic';

export default async function HomePage() {
  const { totals, latest, campaigns, years, communes, districts } = await cachedPublicData(publicCacheKey('home'), getHomePageData);
  const campaign = campaigns[0];
  const figures = [
    { label: 'điển hình được công nhận', value: totals.examples },
    { label: 'xã, phường có điển hình', value: totals.communes },
    { label: 'hộ đã thoát nghèo', value: totals.householdsEscaped },
  ];
  return (
    <div className="space-y-10">
      <section className="rounded-xl bg-gradient-to-br from-brand-700 to-brand-800 p-6 text-white sm:p-10">
        <p className="text-sm font-medium uppercase tracking-wide text-amber-200">
          Phong trào thi đua {campaign ? `${campaign.startYear}–${campaign.endYear}` : ''}
        </p>
        <h1 className="mt-2 text-2xl font-bold leading-tight sm:text-4xl">“{MOVEMENT_NAME}”</h1>
        <p className="mt-4 max-w-2xl text-base text-red-50 sm:text-lg">
          Gương sáng ghi nhận những cá nhân, hộ gia đình, tập thể và mô hình đã giúp hộ nghèo vươn lên thoát nghèo bền vững — được các đơn vị phát hiện, giới
          thiệu, được thẩm định, biểu dương và nhân rộng.
        </p>
        <form action="/examples" method="get" role="search" className="mt-6 flex max-w-xl flex-col gap-2 sm:flex-row">
          <label htmlFor="home-q" className="sr-only">
            Tìm điển hình
          </label>
          <input
            id="home-q"
            name="q"
            type="search"
            maxLength={200}
            placeholder="Tìm theo tên, địa bàn, mô hình…"
            className="w-full rounded-md border-0 bg-white px-4 py-3 text-base text-stone-900 placeholder:text-stone-500"
          />
          <button type="submit" className="whitespace-nowrap rounded-md bg-amber-300 px-5 py-3 font-semibold text-stone-900 hover:bg-amber-200">
            Tìm kiếm
          </button>
        </form>
      </section>

      <section aria-label="Số liệu chính">
        <dl className="grid gap-4 sm:grid-cols-3">
          {figures.map((f) => (
            <div key={f.label} className="rounded-lg border border-stone-200 bg-white p-5">
              <dt className="text-sm text-stone-600">{f.label}</dt>
              <dd className="order-first text-3xl font-bold text-brand-800">{formatNumber(f.value)}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="moi-nhat">
        <div className="flex items-baseline justify-between gap-4">
          <h2 id="moi-nhat" className="text-xl font-semibold">
            Điển hình mới được công nhận
          </h2>
          <Link href="/examples">Xem tất cả</Link>
        </div>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {latest.map((card) => (
            <li key={card.id}>
              <ExampleCard card={card} />
            </li>
          ))}
        </ul>
      </section>

      <div className="grid gap-8 md:grid-cols-2">
        <section aria-labelledby="theo-dia-ban">
          <h2 id="theo-dia-ban" className="text-xl font-semibold">
            Theo địa bàn
          </h2>
          <ul className="mt-3 space-y-1">
            {districts.map((d) => (
              <li key={d.href}>
                <Link href={d.href}>{d.name}</Link> <span className="text-stone-600">({formatNumber(d.n)})</span>
              </li>
            ))}
          </ul>
          <ul className="mt-3 flex flex-wrap gap-2">
            {communes.map((c) => (
              <li key={`${c.tree}${c.code}`}>
                <Link
                  href={`/communes/${c.tree === '2024' ? `2024-${c.code}` : c.code}`}
                  className="inline-block rounded-full no-underline border border-stone-300 bg-white px-3 py-1 text-sm text-stone-800"
                >
                  {c.name} ({formatNumber(c.n)})
                </Link>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="theo-nam">
          <h2 id="theo-nam" className="text-xl font-semibold">
            Theo năm
          </h2>
          <ul className="mt-3 flex flex-wrap gap-2">
            {years.map((y) => (
              <li key={y.year}>
                <Link
                  href={`/examples?year=${y.year}`}
                  className="inline-block rounded-md no-underline border border-stone-300 bg-white px-4 py-2 text-stone-800"
                >
                  Năm {y.year} <span className="text-stone-600">({formatNumber(y.n)})</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}
