import type { RestorePreview } from '../../db/restore';
import { VERDICT_LABEL, VERDICTS } from '../../domain/restore-preview';
import { RECORD_LABEL } from '../../domain/schemas/keys';

/** What the file holds against what is stored, one row per table, one column per verdict. */
export function PreviewTable({ preview }: { preview: RestorePreview }) {
  return (
    <table className="backup-preview">
      <caption>What the file holds, compared with what is stored here</caption>
      <thead>
        <tr>
          <th scope="col">Records</th>
          {VERDICTS.map((v) => (
            <th key={v} scope="col">
              {VERDICT_LABEL[v]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {preview.previews.map((p) => (
          <tr key={p.table}>
            <th scope="row">{RECORD_LABEL[p.table]}</th>
            {VERDICTS.map((v) => (
              <td key={v}>{p.counts[v]}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The clients matched by code, and the first records kept as they are here, with why. */
export function PreviewNotes({ preview }: { preview: RestorePreview }) {
  const kept = preview.previews.flatMap((p) =>
    p.kept.map((k) => `${RECORD_LABEL[p.table]} ${k.key}: ${k.why}`),
  );
  return (
    <>
      {preview.matched.map((m) => (
        <p key={m.fileId}>
          Client {m.code} in the file is taken as client {m.code} here (same code, another id);
          their records are added to that client.
        </p>
      ))}
      {kept.length > 0 ? (
        <details>
          <summary>{kept.length} records kept as they are here by “Add what is new”</summary>
          <ul>
            {kept.slice(0, 50).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
