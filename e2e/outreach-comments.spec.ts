import { test } from '@playwright/test';
import { moderatorHides, newReader, readerCommentsWithoutJavaScript, warmCommentPage } from './outreach/comment-steps';

// The JavaScript path (comment → publish → shown) runs in the outreach journey (outreach-journey.spec.ts).
// Page loads and axe runs are slow on a 2-core machine with the server on it.
test.describe.configure({ mode: 'serial', timeout: 120_000 });

test('without JavaScript the form posts from the cached page; an admin hides the comment with a reason', async ({ browser, page, request, baseURL }) => {
  const reader = newReader('nojs');
  await warmCommentPage(request);
  await readerCommentsWithoutJavaScript(browser, baseURL!, reader);
  await moderatorHides(page, reader, 'Trùng lặp với một ý kiến đã đăng.');
});
