import { type ReactNode, useId } from 'react';

interface NoticeProps {
  title: string;
  children?: ReactNode;
  actions?: ReactNode;
  tone?: 'info' | 'warning' | 'danger';
  /** Page-level notices are the page's heading; inline ones sit under another heading. */
  level?: 1 | 2;
}

export function Notice({ title, children, actions, tone = 'info', level = 1 }: NoticeProps) {
  const id = useId();
  const Heading = level === 1 ? 'h1' : 'h2';
  return (
    <section className={`notice notice-${tone}`} aria-labelledby={id}>
      <Heading id={id} className="notice-title">
        {title}
      </Heading>
      {children ? <div className="notice-body">{children}</div> : null}
      {actions ? <div className="notice-actions">{actions}</div> : null}
    </section>
  );
}
