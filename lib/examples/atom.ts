import type { ExampleCard } from '@/db/queries/examples';
import { stripForXml } from '@/lib/domain/control-chars';
import { publicNomineeName } from './present';

/** Escaped, and without the characters XML cannot carry (a stored title must not break the feed for every reader). */
function escapeXml(text: string): string {
  return stripForXml(text).replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);
}

/** An Atom feed of published examples; user text is escaped, never embedded as markup. */
export function buildAtomFeed({ items, base, selfUrl, title }: { items: ExampleCard[]; base: string; selfUrl: string; title: string }): string {
  const updated = (items[0]?.approvedAt ?? new Date(0)).toISOString();
  const entries = items
    .map((item) => {
      const url = `${base}/examples/${item.slug}`;
      return `  <entry>
    <id>${escapeXml(url)}</id>
    <title>${escapeXml(item.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>
    <updated>${item.approvedAt.toISOString()}</updated>
    <author><name>${escapeXml(item.unitName)}</name></author>
    <summary>${escapeXml(`${publicNomineeName(item)} — ${item.commune.name}. ${item.summary}`)}</summary>
  </entry>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">
  <id>${escapeXml(selfUrl)}</id>
  <title>${escapeXml(title)}</title>
  <link rel="self" href="${escapeXml(selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(base)}/examples"/>
  <updated>${updated}</updated>
${entries}
</feed>
`;
}
