// One synthetic nomination: who, where, when, what it says, with every derived column computed
// as db/queries/nominations-write.ts would compute it.
import { randomUUID } from 'node:crypto';
import type { nominations } from '../../db/schema';
import { ETHNICITIES } from '../../lib/domain/ethnicities';
import { CONSENT_FORMS, FIELDS, type AdminTree, type Field, type NomineeKind } from '../../lib/domain/vocabulary';
import type { AreaMaps, UnitRow } from './area-maps';
import { creationDate, eventRows, photoRows, SHARE_2025_IN_OLD_TREE, timeline, YEAR_WEIGHTS, type AttachmentRow, type EventRow, type SharedPhoto, type SyntheticStatus } from './lifecycle';
import { describePerson, nomineeOf, titleOf } from './naming';
import { HAMLET_KINDS, HAMLET_NAMES, ROLES, TOPICS } from './phrases';
import type { Rng } from './rng';
import { fastSearchDocument } from './search-text';
import type { SlugAllocator } from './slugs';
import { composeHowItWorks, composeStory, composeSummary, type StoryContext } from './story';

export type NominationRow = typeof nominations.$inferInsert;

export interface UnitRef {
  id: number;
  name: string;
}

export interface GeneratorContext {
  rng: Rng;
  maps: AreaMaps;
  campaignId: number;
  /** Nominating units by "tree:provinceCode". */
  unitsByProvince: Map<string, UnitRef[]>;
  photos: SharedPhoto[];
  slugs: SlugAllocator;
  /** Approved models already written, that later ones may say they replicate. */
  replicable: string[];
}

export interface GeneratedNomination {
  row: NominationRow;
  attachments: AttachmentRow[];
  events: EventRow[];
}

const KIND_WEIGHTS: Record<NomineeKind, number> = { individual: 25, household: 25, collective: 20, model: 30 };
const FIELD_WEIGHTS = Object.fromEntries(FIELDS.map((f, i) => [f, f === 'production' ? 30 : f === 'credit' ? 15 : 10 - (i % 4)])) as Record<Field, number>;

/** "Xã Phú Nghĩa" → "xã Phú Nghĩa": how a place reads mid-sentence. */
export const placeLabel = (u: UnitRow | undefined) => (u ? `${u.type} ${u.name}` : '');

function pickCommune(ctx: GeneratorContext, tree: AdminTree): UnitRow {
  const all = ctx.maps.communes[tree];
  // A quarter of the examples crowd into one commune in twenty: some communes are much busier than others.
  if (ctx.rng.chance(0.25)) return all[ctx.rng.int(0, Math.floor((all.length - 1) / 20)) * 20]!;
  return ctx.rng.pick(all);
}

const roundTo = (value: number, step: number) => Math.max(step, Math.round(value / step) * step);

export function generateNomination(ctx: GeneratorContext, status: SyntheticStatus): GeneratedNomination {
  const { rng, maps } = ctx;
  const id = randomUUID();
  const year = Number(rng.weighted(YEAR_WEIGHTS));
  const tree: AdminTree = year === 2025 && !rng.chance(SHARE_2025_IN_OLD_TREE) ? '2025' : '2024';
  const commune = pickCommune(ctx, tree);
  const area = maps.derive(tree, commune.code);
  const provinceCode = tree === '2024' ? area.provinceCodeOld : area.provinceCodeNew;
  const province = provinceCode ? maps.units[tree].get(provinceCode) : undefined;
  const district = area.districtCode && tree === '2024' ? maps.units['2024'].get(area.districtCode) : undefined;
  const units = ctx.unitsByProvince.get(`${tree}:${provinceCode}`) ?? [...ctx.unitsByProvince.values()][0]!;
  const unit = rng.pick(units);

  const kind = rng.weighted(KIND_WEIGHTS);
  const field = rng.weighted(FIELD_WEIGHTS);
  const topic = rng.pick(TOPICS[field]);
  const place = placeLabel(commune);
  const hamlet = `${rng.pick(HAMLET_KINDS)} ${rng.chance(0.4) ? rng.int(1, 12) : rng.pick(HAMLET_NAMES)}`;
  const person = describePerson(rng, year);
  const nominee = nomineeOf(rng, kind, person, topic, place, hamlet);

  const beneficiaries = rng.int(kind === 'individual' || kind === 'household' ? 3 : 15, kind === 'model' ? 420 : 160);
  const escaped = Math.max(1, Math.round(beneficiaries * (0.1 + rng.next() * 0.5)));
  const story: StoryContext = {
    nominee: nominee.inText,
    place,
    district: district ? placeLabel(district) : placeLabel(province),
    province: placeLabel(province),
    hamlet,
    topic,
    startYear: Math.max(2015, year - rng.int(0, 4)),
    year,
    escaped,
    nearPoorHelped: Math.round(beneficiaries * rng.next() * 0.3),
    beneficiaries,
    jobs: rng.int(0, 120),
    contributionVnd: roundTo(20e6 + rng.next() ** 3 * 3e9, 1e6),
    poorAtStart: rng.int(40, 900),
    incomeFrom: rng.int(18, 40),
    incomeTo: 0,
  };
  story.incomeTo = story.incomeFrom + rng.int(10, 60);

  const title = titleOf(rng, kind, person, nominee.name, topic, place, hamlet, beneficiaries).normalize('NFC');
  const summary = composeSummary(story).normalize('NFC');
  const storyText = composeStory(rng, story).normalize('NFC');
  const personal = kind === 'individual' || kind === 'household';
  const anonymised = personal && rng.chance(0.07);
  const t = timeline(rng, status, creationDate(rng, year, tree));
  const consentDay = new Date(t.createdAt.getTime() - rng.int(1, 9) * 86_400_000).toISOString().slice(0, 10);
  const replicatesId = kind === 'model' && ctx.replicable.length > 0 && rng.chance(0.05) ? rng.pick(ctx.replicable) : null;

  const row: NominationRow = {
    id,
    slug: ctx.slugs.next(title),
    campaignId: ctx.campaignId,
    year,
    communeTree: tree,
    communeCode: commune.code,
    districtCode: area.districtCode,
    provinceCodeOld: area.provinceCodeOld,
    provinceCodeNew: area.provinceCodeNew,
    currentCommuneCodes: area.currentCommuneCodes,
    unitId: unit.id,
    createdBy: null,
    nomineeKind: kind,
    field,
    title,
    nomineeName: nominee.name.normalize('NFC'),
    gender: kind === 'individual' ? person.gender : null,
    birthYear: kind === 'individual' ? person.birthYear : null,
    ethnicity: personal ? (rng.chance(0.6) ? '01' : rng.pick(ETHNICITIES).code) : null,
    nomineeRole: kind === 'individual' ? rng.pick(ROLES) : null,
    collectiveType: kind === 'collective' ? nominee.collectiveType : null,
    collectiveSize: kind === 'collective' ? rng.int(8, 150) : null,
    modelHowItWorks: kind === 'model' ? composeHowItWorks(rng, story).normalize('NFC') : null,
    modelSince: kind === 'model' ? story.startYear : null,
    summary,
    story: storyText,
    contactPhone: `09${rng.int(10, 99)} ${rng.int(100, 999)} ${rng.int(100, 999)}`,
    address: `${hamlet}, ${place}`.normalize('NFC'),
    unitContactPerson: `${describePerson(rng, year).fullName} – cán bộ ${unit.name}`.normalize('NFC'),
    householdsEscaped: escaped,
    nearPoorHelped: rng.chance(0.8) ? story.nearPoorHelped : null,
    beneficiaryHouseholds: beneficiaries,
    ethnicMinorityHouseholds: Math.round(beneficiaries * rng.next() * 0.8),
    jobsCreated: rng.chance(0.85) ? story.jobs : null,
    contributionVnd: rng.chance(0.9) ? story.contributionVnd : null,
    startedYear: story.startYear,
    replicatesId,
    consentGiven: personal ? !anonymised : null,
    consentGivenBy: personal && !anonymised ? person.fullName : null,
    consentDate: personal && !anonymised ? consentDay : null,
    consentForm: personal && !anonymised ? rng.pick(CONSENT_FORMS) : null,
    publishMode: anonymised ? 'anonymised' : 'named',
    status,
    version: t.version,
    submittedAt: t.submittedAt,
    decidedAt: t.decidedAt,
    approvedAt: t.approvedAt,
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
    searchDocument: '',
    isSynthetic: true,
  };
  row.searchDocument = fastSearchDocument({
    title,
    nomineeName: row.nomineeName,
    publishMode: row.publishMode!,
    summary,
    story: storyText,
    placeNames: area.placeNames,
    unitName: unit.name,
  });
  return { row, attachments: photoRows(rng, id, status, ctx.photos, t.createdAt), events: eventRows(id, t) };
}
