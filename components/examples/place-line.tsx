import Link from 'next/link';
import type { ExampleCard } from '@/db/queries/examples';

/** "Xã Phước Minh, huyện Bù Gia Mập · nay là Xã Đa Kia" */
export function PlaceLine({ example, links = false }: { example: Pick<ExampleCard, 'commune' | 'district' | 'province' | 'nowPartOf'>; links?: boolean }) {
  const changed = example.nowPartOf.filter((c) => !(c.code === example.commune.code && example.commune.tree === '2025'));
  const communeHref = `/communes/${example.commune.tree === '2024' ? `2024-${example.commune.code}` : example.commune.code}`;
  return (
    <span>
      {links ? <Link href={communeHref}>{example.commune.name}</Link> : example.commune.name}
      {example.district ? `, ${example.district.name}` : ''}
      {example.province ? `, ${example.province.name}` : ''}
      {changed.length > 0 && (
        <span className="text-stone-600">
          {' '}
          · nay là{' '}
          {changed.map((c, i) => (
            <span key={c.code}>
              {i > 0 ? ', ' : ''}
              {links ? <Link href={`/communes/${c.code}`}>{c.name}</Link> : c.name}
            </span>
          ))}
        </span>
      )}
    </span>
  );
}
