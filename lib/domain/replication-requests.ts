// A request to learn from and replicate an example (đăng ký học tập, nhân rộng). It is not a nomination:
// its status has its own small machine, applied by db/queries/replication-requests.ts.

export const REQUEST_STATUSES = ['new', 'contacted', 'visit_arranged', 'replicated'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const REQUEST_STATUS_LABELS: Record<RequestStatus, string> = {
  new: 'Mới',
  contacted: 'Đã liên hệ',
  visit_arranged: 'Đã hẹn tham quan',
  replicated: 'Đã nhân rộng',
};

export const REQUESTER_KINDS = ['citizen', 'unit'] as const;
export type RequesterKind = (typeof REQUESTER_KINDS)[number];

export const REQUEST_MESSAGE_MAX_CHARS = 1000;
/**
 * One address may send this many requests an hour, over all examples: a commune office behind one address
 * may ask about several models in a sitting, and mobile networks put many people behind one address.
 */
export const REQUESTS_PER_ADDRESS_PER_HOUR = 10;
/** One example takes this many requests an hour, from everyone together: a flood from many addresses stops here. */
export const REQUESTS_PER_EXAMPLE_PER_HOUR = 30;

/**
 * Forward only, one step or more: an official may skip "visit arranged" when the learners came on their
 * own. Nothing goes back, because the public count and the unit's follow-up read the furthest step
 * reached; a mistaken step is corrected by moving on, not by undoing it.
 */
export function canMoveRequest(from: RequestStatus, to: RequestStatus): boolean {
  return REQUEST_STATUSES.indexOf(to) > REQUEST_STATUSES.indexOf(from);
}

/** The steps offered from a status, nearest first. */
export function nextRequestStatuses(from: RequestStatus): RequestStatus[] {
  return REQUEST_STATUSES.filter((to) => canMoveRequest(from, to));
}

export function isRequestStatus(value: string): value is RequestStatus {
  return (REQUEST_STATUSES as readonly string[]).includes(value);
}
