import { test } from '@playwright/test';
import {
  cardAndApiCountComments,
  moderatorHides,
  moderatorPublishes,
  newReader,
  publicSeesComment,
  readerComments,
  readerCommentsWithoutJavaScript,
  warmCommentPage,
} from './outreach/comment-steps';

// Page loads and axe runs are slow on a 2-core machine with the server on it.
test.describe.configure({ mode: 'serial', timeout: 120_000 });

test('a reader comments → a reviewer in scope publishes it from the queue → the page, the card and the API show it', async ({ page, request }) => {
  const reader = newReader('js');
  await readerComments(page, request, reader);
  await moderatorPublishes(page, reader);
  await publicSeesComment(page, reader);
  await cardAndApiCountComments(page, request, 1);
});

test('without JavaScript the form posts from the cached page; an admin hides the comment with a reason', async ({ browser, page, request, baseURL }) => {
  const reader = newReader('nojs');
  await warmCommentPage(request);
  await readerCommentsWithoutJavaScript(browser, baseURL!, reader);
  await moderatorHides(page, reader, 'Trùng lặp với một ý kiến đã đăng.');
});
