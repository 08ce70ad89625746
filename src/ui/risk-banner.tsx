import type { ReactNode } from 'react';

export interface RiskBannerFlag {
  id: string;
  title: string;
  detail: string;
  raisedOn: string;
}

interface Props {
  flags: RiskBannerFlag[];
  contacts: { name: string; phone: string }[];
  /** Where the clinician acknowledges (a link or button); the banner itself never blocks. */
  action?: ReactNode;
  /** The statement that a questionnaire item is a screen, not a risk assessment. */
  screenNote: string;
}

/** Open risk flags, shown first on a screen until acknowledged. Inline, never a modal. */
export function RiskBanner({ flags, contacts, action, screenNote }: Props) {
  if (flags.length === 0) return null;
  return (
    <section className="risk-banner" aria-labelledby="risk-banner-title">
      <h2 id="risk-banner-title">
        {flags.length === 1 ? 'Open risk flag' : `${flags.length} open risk flags`}
      </h2>
      <ul>
        {flags.map((f) => (
          <li key={f.id}>
            <strong>{f.title}</strong> ({f.raisedOn}): {f.detail}
          </li>
        ))}
      </ul>
      <p className="risk-banner__note">{screenNote}</p>
      {contacts.length > 0 ? (
        <p>
          Crisis contacts:{' '}
          {contacts.map((c, i) => (
            <span key={`${c.name}-${i}`}>
              {i > 0 ? '; ' : ''}
              {c.name} {c.phone}
            </span>
          ))}
        </p>
      ) : (
        <p>No crisis contacts are set up yet. Add them in Settings.</p>
      )}
      {action ? <div className="no-print">{action}</div> : null}
    </section>
  );
}
