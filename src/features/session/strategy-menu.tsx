import { MECHANISM_LABEL } from '../../domain/labels';
import type { StrategyOption } from '../../domain/agenda/types';

interface Props {
  options: StrategyOption[];
  /** Strategy ids already in the agenda. */
  inAgenda: string[];
  onAdd: (option: StrategyOption) => void;
}

/** The fitting strategies for the focus, least recently used first; any can join the agenda. */
export function StrategyMenu({ options, inAgenda, onAdd }: Props) {
  return (
    <section aria-labelledby="menu-title" className="strategy-menu no-print">
      <h3 id="menu-title">Strategy menu</h3>
      <p className="hint">Follow the week&rsquo;s events: least recently used first.</p>
      <ul>
        {options.map((o) => (
          <li key={o.id}>
            <strong>{o.title}</strong>{' '}
            <span className="muted">
              {o.lastUsedWeek === undefined
                ? 'not used yet'
                : `last used: session ${o.lastUsedWeek}`}
              {' · '}
              {o.mechanisms.map((m) => MECHANISM_LABEL[m]).join('; ')}
            </span>{' '}
            {inAgenda.includes(o.id) ? (
              <span className="badge">in this agenda</span>
            ) : (
              <button
                type="button"
                className="link"
                aria-label={`Add to agenda: ${o.title}`}
                onClick={() => onAdd(o)}
              >
                Add to agenda
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
