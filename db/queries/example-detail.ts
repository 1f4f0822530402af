import { and, asc, desc, eq, ne, not, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { attachments, campaigns, commendations, exampleFollowUps, exampleSupport, exampleVersions, nominations, replicationRequests, units } from '../schema';
import { commendationPublicColumns } from './commendations';
import { cardColumns, toCards, type ExampleCard } from './examples';
import type { ExampleLiving } from './example-living';
import { listPublicSupport } from './example-support';
import { listPublicFollowUps, type PublicFollowUp } from './follow-ups';
import { isUuid } from '@/lib/domain/ids';
import { preparedOnce } from '../prepared';

export interface ExamplePhoto {
  id: string;
  caption: string;
  width: number | null;
  height: number | null;
}

export interface ExampleDetail extends ExampleCard, ExampleLiving {
  story: string;
  nomineeRole: string | null;
  ethnicity: string | null;
  collectiveType: string | null;
  collectiveSize: number | null;
  modelHowItWorks: string | null;
  modelSince: number | null;
  photos: ExamplePhoto[];
  /** `verifyCode` is public: /verify/[code] answers for it (lib/domain/verify-code.ts). */
  commendations: { form: string; issuer: string; decisionNumber: string; decisionDate: string; verifyCode: string }[];
  replicates: { slug: string; title: string } | null;
  replications: { slug: string; title: string; communeName: string; year: number }[];
  /** Confirmed yearly follow-ups, newest year first. */
  followUps: PublicFollowUp[];
}

const exists = (table: SQL, where: SQL) => sql<boolean>`EXISTS (SELECT 1 FROM ${table} WHERE ${where})`;

/**
 * What an example has besides its own row, asked in its own query: one index probe each, where a query per
 * part cost a page more than the part (most examples have no honours, support, follow-ups or later versions,
 * and each query is a round trip: a socket write, a parse, a bind and an execute).
 */
const holds = {
  hasHonours: exists(sql`${commendations}`, sql`${commendations.nominationId} = ${nominations.id}`),
  hasReplications: exists(sql`nominations r`, sql`r.replicates_id = ${nominations.id} AND r.status = 'approved'`),
  hasSupport: exists(sql`${exampleSupport}`, sql`${exampleSupport.nominationId} = ${nominations.id}`),
  hasFollowUps: exists(sql`${exampleFollowUps}`, sql`${exampleFollowUps.nominationId} = ${nominations.id} AND ${exampleFollowUps.state} = 'confirmed'`),
  hasVersions: exists(sql`${exampleVersions}`, sql`${exampleVersions.nominationId} = ${nominations.id}`),
  replicationRequests: sql<number | string>`(SELECT count(*) FROM ${replicationRequests} WHERE ${replicationRequests.nominationId} = ${nominations.id})`,
};

/** Which of an example's parts have rows (holds); a part without any is not asked for. */
export interface ExampleParts {
  versions: boolean;
}

/** A published example; null for every other state, whoever asks. */
export async function getPublishedExampleBySlug(db: Db, { slug }: { slug: string }): Promise<ExampleDetail | null> {
  return (await findPublishedExample(db, { slug }))?.example ?? null;
}

/** A published example and which of its parts have rows; null for every other state, whoever asks. */
export async function findPublishedExample(db: Db, { slug }: { slug: string }): Promise<{ example: ExampleDetail; parts: ExampleParts } | null> {
  const [row] = await preparedOnce(db, 'example-by-slug', (statement) =>
    db
      .select({
        ...cardColumns,
        story: nominations.story,
        nomineeRole: nominations.nomineeRole,
        ethnicity: nominations.ethnicity,
        collectiveType: nominations.collectiveType,
        collectiveSize: nominations.collectiveSize,
        modelHowItWorks: nominations.modelHowItWorks,
        modelSince: nominations.modelSince,
        replicatesId: nominations.replicatesId,
        ...holds,
      })
      .from(nominations)
      .innerJoin(campaigns, eq(campaigns.id, nominations.campaignId))
      .innerJoin(units, eq(units.id, nominations.unitId))
      .where(and(eq(nominations.slug, sql.placeholder('slug')), eq(nominations.status, 'approved')))
      .prepare(statement),
  ).execute({ slug });
  if (!row) return null;
  const [card] = await toCards(db, [row]);
  const anonymised = row.publishMode === 'anonymised';

  const id = row.id;
  const none = Promise.resolve([]);
  const [photos, honours, origin, replications, support, followUps] = await Promise.all([
    anonymised
      ? none
      : preparedOnce(db, 'example-photos', (statement) =>
          db
            .select({ id: attachments.id, caption: attachments.caption, width: attachments.width, height: attachments.height })
            .from(attachments)
            .where(and(eq(attachments.nominationId, sql.placeholder('id')), eq(attachments.kind, 'photo'), eq(attachments.isPublic, true)))
            .orderBy(asc(attachments.position))
            .prepare(statement),
        ).execute({ id }),
    row.hasHonours
      ? preparedOnce(db, 'example-honours', (statement) =>
          db
            .select(commendationPublicColumns)
            .from(commendations)
            .where(eq(commendations.nominationId, sql.placeholder('id')))
            .orderBy(asc(commendations.decisionDate), asc(commendations.createdAt))
            .prepare(statement),
        ).execute({ id })
      : none,
    row.replicatesId
      ? preparedOnce(db, 'example-origin', (statement) =>
          db
            .select({ slug: nominations.slug, title: nominations.title })
            .from(nominations)
            .where(and(eq(nominations.id, sql.placeholder('id')), eq(nominations.status, 'approved')))
            .prepare(statement),
        ).execute({ id: row.replicatesId })
      : none,
    row.hasReplications
      ? preparedOnce(db, 'example-replications', (statement) =>
          db
            .select({
              slug: nominations.slug,
              title: nominations.title,
              communeName: sql<string>`(SELECT full_name FROM admin_units au WHERE au.tree = ${nominations.communeTree} AND au.code = ${nominations.communeCode})`,
              year: nominations.year,
            })
            .from(nominations)
            .where(and(eq(nominations.replicatesId, sql.placeholder('id')), eq(nominations.status, 'approved')))
            .orderBy(asc(nominations.year), asc(nominations.title), asc(nominations.id))
            .prepare(statement),
        ).execute({ id })
      : none,
    row.hasSupport ? listPublicSupport(db, { nominationId: id }) : none,
    row.hasFollowUps ? listPublicFollowUps(db, { nominationId: id }) : none,
  ]);
  const living: ExampleLiving = { support, replicationRequests: Number(row.replicationRequests) };
  const example: ExampleDetail = {
    ...card!,
    story: row.story,
    nomineeRole: anonymised ? null : row.nomineeRole,
    ethnicity: anonymised ? null : row.ethnicity,
    collectiveType: row.collectiveType,
    collectiveSize: row.collectiveSize,
    modelHowItWorks: row.modelHowItWorks,
    modelSince: row.modelSince,
    photos,
    commendations: honours,
    replicates: origin[0] ?? null,
    replications: replications.map((r) => ({ ...r, year: Number(r.year) })),
    ...living,
    // An anonymised example shows no photos, its follow-ups' included.
    followUps: anonymised ? followUps.map((f) => ({ ...f, photoId: null, photoCaption: null })) : followUps,
  };
  return { example, parts: { versions: Boolean(row.hasVersions) } };
}

/** Same commune first, then the same field. */
export async function listRelatedExamples(db: Db, { example, limit }: { example: ExampleCard; limit: number }) {
  const sameCommune = () => and(eq(nominations.communeTree, sql.placeholder('tree')), eq(nominations.communeCode, sql.placeholder('code')))!;
  const others = () => and(eq(nominations.status, 'approved'), ne(nominations.id, sql.placeholder('id')))!;
  // Two newest-first queries, each on an index, rather than one sort of every example of the field.
  const newest = (name: string, where: () => SQL) =>
    preparedOnce(db, name, (statement) =>
      db
        .select(cardColumns)
        .from(nominations)
        .innerJoin(campaigns, eq(campaigns.id, nominations.campaignId))
        .innerJoin(units, eq(units.id, nominations.unitId))
        .where(where())
        .orderBy(desc(nominations.approvedAt), desc(nominations.id))
        .limit(sql.placeholder('n'))
        .prepare(statement),
    );
  const values = { tree: example.commune.tree, code: example.commune.code, id: example.id };
  const near = await newest('related-near', () => and(others(), sameCommune())!).execute({ ...values, n: limit });
  const sameField =
    near.length < limit
      ? await newest('related-field', () => and(others(), eq(nominations.field, sql.placeholder('field')), not(sameCommune()))!).execute({
          ...values,
          field: example.field,
          n: limit - near.length,
        })
      : [];
  return toCards(db, [...near, ...sameField]);
}

/** The id of a published example, by its slug or id; null when there is none (or it is not public). */
export async function getPublishedExampleId(db: Db, slugOrId: string): Promise<string | null> {
  const byId = isUuid(slugOrId);
  const [row] = await db
    .select({ id: nominations.id })
    .from(nominations)
    .where(and(byId ? eq(nominations.id, slugOrId) : eq(nominations.slug, slugOrId), eq(nominations.status, 'approved')));
  return row?.id ?? null;
}
