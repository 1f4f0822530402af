import type { ExampleDetail } from '@/db/queries/example-detail';
import { FIELD_LABELS, IMPACT_KEYS, IMPACT_LABELS, NOMINEE_KIND_LABELS } from '@/lib/domain/vocabulary';
import { formatVerifyCode, verifyPath } from '@/lib/domain/verify-code';
import { placeText, publicNomineeName } from '@/lib/examples/present';
import { formatDate, formatNumber } from '@/lib/format';

/** Everything a fact sheet prints, as plain data: its hash is part of the cache key. */
export interface FactSheetContent {
  slug: string;
  version: number;
  title: string;
  kindAndField: string;
  nomineeName: string;
  place: string;
  campaign: string;
  unitName: string;
  approvedOn: string;
  updatedOn: string | null;
  /** The version's publication (the document's creation date, so the same version gives the same file). */
  versionAt: string;
  summary: string;
  story: string;
  howItWorks: string | null;
  impact: { label: string; value: string }[];
  commendations: { form: string; issuer: string; decision: string; verifyUrl: string; code: string }[];
  photo: { id: string; caption: string } | null;
  pageUrl: string;
}

/** The fact sheet of a published example, with absolute links on `base` (the site's public address). */
export function factSheetContent(example: ExampleDetail, base: string): FactSheetContent {
  const photo = example.photos[0];
  return {
    slug: example.slug,
    version: example.version,
    title: example.title,
    kindAndField: `${NOMINEE_KIND_LABELS[example.nomineeKind]} · ${FIELD_LABELS[example.field]}`,
    nomineeName: publicNomineeName(example),
    place: placeText(example),
    campaign: `${example.campaign.name} — năm ${example.year}`,
    unitName: example.unitName,
    approvedOn: formatDate(example.approvedAt),
    updatedOn: example.version > 1 ? formatDate(example.updatedAt) : null,
    versionAt: example.updatedAt.toISOString(),
    summary: example.summary,
    story: example.story,
    howItWorks: example.modelHowItWorks,
    impact: IMPACT_KEYS.filter((key) => example.impact[key] !== null).map((key) => ({
      label: IMPACT_LABELS[key],
      value: key === 'startedYear' ? String(example.impact[key]) : formatNumber(example.impact[key]!),
    })),
    commendations: example.commendations.map((c) => ({
      form: c.form,
      issuer: c.issuer,
      decision: `Quyết định số ${c.decisionNumber} ngày ${formatDate(c.decisionDate)}`,
      verifyUrl: `${base}${verifyPath(c.verifyCode)}`,
      code: formatVerifyCode(c.verifyCode),
    })),
    photo: photo ? { id: photo.id, caption: photo.caption } : null,
    pageUrl: `${base}/examples/${example.slug}`,
  };
}
