import type { ReactNode } from 'react';

/** The document's name in bold capitals, with lines under it (the period, the subject) in italics. */
export function DocumentTitle({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="document-title">
      <h1>{title}</h1>
      {children && <div className="document-title__sub">{children}</div>}
    </div>
  );
}
