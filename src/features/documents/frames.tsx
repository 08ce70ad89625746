import './documents.css';

/** The crisis lines configured in settings, printed on every client document. */
export function CrisisLines({
  contacts,
}: {
  contacts: readonly { name: string; phone: string; note?: string }[];
}) {
  if (contacts.length === 0) {
    return <p className="doc-crisis">If you feel unsafe, call your local emergency number.</p>;
  }
  return (
    <div className="doc-crisis">
      <p className="doc-crisis__title">If you need help urgently</p>
      <ul>
        {contacts.map((c) => (
          <li key={`${c.name}-${c.phone}`}>
            {c.name}: {c.phone}
            {c.note ? ` (${c.note})` : ''}
          </li>
        ))}
      </ul>
    </div>
  );
}
