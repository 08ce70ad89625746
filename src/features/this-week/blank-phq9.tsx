import { PHQ9 } from '../../domain/measures';

/** An empty PHQ-9 for the client to fill in on paper: exact wording and attribution, code only. */
export function BlankPhq9({ who, date }: { who: string; date: string }) {
  return (
    <div className="phq-blank">
      <h2>PHQ-9</h2>
      <p>
        Name or code: {who} · Date: {date}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{PHQ9.stem}</th>
            {PHQ9.options.map((o) => (
              <th key={o.value} scope="col">
                {o.label} ({o.value})
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {PHQ9.items.map((item, i) => (
            <tr key={item}>
              <td>
                {i + 1}. {item}
              </td>
              {PHQ9.options.map((o) => (
                <td key={o.value} className="box" aria-label={`${o.label}`}>
                  ☐
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p>{PHQ9.difficulty.question}</p>
      <p>{PHQ9.difficulty.options.map((o) => `☐ ${o.label}`).join('   ')}</p>
      <p className="hint">{PHQ9.attribution}</p>
    </div>
  );
}
