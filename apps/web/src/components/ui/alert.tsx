import type { ReactNode } from 'react';

/** An error that needs attention now: announced at once by screen readers. */
export function ErrorAlert({ children, id }: { children: ReactNode; id?: string }) {
  return (
    <div role="alert" id={id} className="alert alert--error">
      {children}
    </div>
  );
}

/** A calm confirmation or piece of information: announced politely. */
export function Notice({ children, id }: { children: ReactNode; id?: string }) {
  return (
    <div role="status" id={id} className="alert alert--info">
      {children}
    </div>
  );
}
