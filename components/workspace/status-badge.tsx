import { STATUS_LABELS, type NominationStatus } from '@/lib/domain/vocabulary';

const LOOK: Record<NominationStatus, string> = {
  draft: 'bg-stone-100 text-stone-800 border-stone-300',
  submitted: 'bg-sky-50 text-sky-900 border-sky-300',
  in_notice: 'bg-violet-50 text-violet-900 border-violet-300',
  returned: 'bg-amber-50 text-amber-900 border-amber-300',
  approved: 'bg-green-50 text-green-900 border-green-300',
  rejected: 'bg-red-50 text-red-900 border-red-300',
  unpublished: 'bg-stone-100 text-stone-700 border-stone-300',
};

export function StatusBadge({ status }: { status: NominationStatus }) {
  return <span className={`inline-block rounded border px-2 py-0.5 text-xs font-semibold ${LOOK[status]}`}>{STATUS_LABELS[status]}</span>;
}
