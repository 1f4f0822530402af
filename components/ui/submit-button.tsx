'use client';

import { useFormStatus } from 'react-dom';

export function SubmitButton({
  children,
  pendingText,
  variant = 'primary',
}: {
  children: React.ReactNode;
  pendingText: string;
  variant?: 'primary' | 'secondary' | 'danger';
}) {
  const { pending } = useFormStatus();
  const look = {
    primary: 'bg-brand-700 text-white hover:bg-brand-800',
    secondary: 'border border-stone-400 bg-white text-stone-900 hover:bg-stone-50',
    danger: 'border border-red-800 bg-white text-red-800 hover:bg-red-50',
  }[variant];
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={`rounded-md px-4 py-2 text-base font-semibold disabled:opacity-70 ${look}`}>
      {pending ? pendingText : children}
    </button>
  );
}
