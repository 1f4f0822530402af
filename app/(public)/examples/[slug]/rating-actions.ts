'use server';

import { cookies, headers } from 'next/headers';
import { getDb } from '@/db/index';
import { isSameOrigin } from '@/lib/auth/action-guard';
import { sessionCookiePolicy } from '@/lib/auth/cookie-policy';
import { requestInfo } from '@/lib/auth/request-info';
import { authSecret } from '@/lib/auth/secret';
import { now } from '@/lib/clock';
import { RATING_MESSAGES, type RatingState } from '@/lib/outreach/rating-rules';
import { forgetReaderFigures } from '@/lib/outreach/reader-figures';
import { rateExample } from '@/lib/outreach/ratings';
import { newReaderCookie, READER_COOKIE_MAX_AGE_SECONDS, readerCookieName } from '@/lib/outreach/reader-identity';
import { siteUrl } from '@/lib/site';

/**
 * A reader's star rating, with or without JavaScript. The example page is cached and sets no cookie, so
 * the reader cookie is handed out here: a browser without one gets it with a "confirm" answer and the same
 * choice goes through on the next submit (the form does that by itself when JavaScript runs). A script
 * that keeps no cookies is answered "confirm" forever, and nothing is written.
 */
export async function rateExampleAction(_prev: RatingState, formData: FormData): Promise<RatingState> {
  const h = await headers();
  if (!isSameOrigin(h)) return { status: 'invalid', stars: null, message: RATING_MESSAGES.badRequest };
  const jar = await cookies();
  const name = readerCookieName(siteUrl());
  const secret = authSecret();
  const exampleId = String(formData.get('exampleId') ?? '');
  const result = await rateExample(getDb(), {
    exampleId,
    stars: formData.get('stars'),
    readerCookie: jar.get(name)?.value ?? null,
    address: requestInfo(h).ipAddress,
    secret,
    now: now(),
  });
  switch (result.status) {
    case 'needs_cookie': {
      // Asked to confirm and still without a cookie: the browser refuses cookies; say so instead of looping.
      const repeated = formData.get('confirming') === '1';
      jar.set(name, newReaderCookie(secret), {
        httpOnly: true,
        sameSite: 'lax',
        secure: sessionCookiePolicy({ siteUrl: siteUrl(), production: process.env.NODE_ENV === 'production' }).secure,
        path: '/',
        maxAge: READER_COOKIE_MAX_AGE_SECONDS,
      });
      return { status: 'confirm', stars: result.stars, repeated, message: repeated ? RATING_MESSAGES.cookiesBlocked : RATING_MESSAGES.confirm(result.stars) };
    }
    case 'refused':
      return { status: 'invalid', stars: result.stars, message: result.message, notFound: result.notFound };
    case 'saved': {
      forgetReaderFigures(exampleId);
      const { stars, previous } = result;
      const message =
        previous === null ? RATING_MESSAGES.saved(stars) : previous === stars ? RATING_MESSAGES.unchanged(stars) : RATING_MESSAGES.changed(previous, stars);
      return { status: 'ok', stars, message, figures: result.figures };
    }
  }
}
