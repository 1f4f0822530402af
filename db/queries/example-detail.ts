import { and, asc, desc, eq, ne, not, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { attachments, campaigns, commendations, nominations, units } from '../schema';
import { commendationPublicColumns } from './commendations';
import { cardColumns, toCards, type ExampleCard } from './examples';
import { getExampleLiving, type ExampleLiving } from './example-living';
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

/** A published example; null for every other state, whoever asks. */
export async function getPublishedExampleBySlug(db: Db, { slug }: { slug: string }): Promise<ExampleDetail | null> {
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
  const [photos, honours, origin, replications, living, followUps] = await Promise.all([
    anonymised
      ? Promise.resolve([])
      : preparedOnce(db, 'example-photos', (statement) =>
          db
            .select({ id: attachments.id, caption: attachments.caption, width: attachments.width, height: attachments.height })
            .from(attachments)
            .where(and(eq(attachments.nominationId, sql.placeholder('id')), eq(attachments.kind, 'photo'), eq(attachments.isPublic, true)))
            .orderBy(asc(attachments.position))
            .prepare(statement),
        ).execute({ id }),
    preparedOnce(db, 'example-honours', (statement) =>
      db
        .select(commendationPublicColumns)
        .from(commendations)
        .where(eq(commendations.nominationId, sql.placeholder('id')))
        .orderBy(asc(commendations.decisionDate), asc(commendations.createdAt))
        .prepare(statement),
    ).execute({ id }),
    row.replicatesId
      ? preparedOnce(db, 'example-origin', (statement) =>
          db
            .select({ slug: nominations.slug, title: nominations.title })
            .from(nominations)
            .where(and(eq(nominations.id, sql.placeholder('id')), eq(nominations.status, 'approved')))
            .prepare(statement),
        ).execute({ id: row.replicatesId })
      : Promise.resolve([]),
    preparedOnce(db, 'example-replications', (statement) =>
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
    ).execute({ id }),
    getExampleLiving(db, { nominationId: id }),
    listPublicFollowUps(db, { nominationId: id }),
  ]);
  return {
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
