import { publicNomineeName } from './present';

interface LdInput {
  title: string;
  summary: string;
  nomineeName: string;
  anonymised: boolean;
  nomineeKind: 'individual' | 'household' | 'collective' | 'model';
  approvedAt: Date;
  commune: { name: string };
  unitName: string;
}

/** schema.org Article; `<` is escaped so user text cannot close the script element. */
export function exampleJsonLd(example: LdInput, url: string): string {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: example.title,
    description: example.summary,
    about: publicNomineeName(example),
    datePublished: example.approvedAt.toISOString(),
    inLanguage: 'vi',
    url,
    contentLocation: { '@type': 'Place', name: example.commune.name },
    publisher: { '@type': 'Organization', name: example.unitName },
  };
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
