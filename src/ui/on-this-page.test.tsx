import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';

import { WithContents } from './on-this-page';

function Screen({ sections }: { sections: string[] }) {
  const [extra, setExtra] = useState(false);
  return (
    <WithContents>
      {sections.map((s, i) => (
        <section key={s}>
          <h2 id={`s${i}`}>{s}</h2>
          <p>Text of {s}</p>
        </section>
      ))}
      <h2>A heading without an id</h2>
      {extra ? <h2 id="later">Amendments</h2> : null}
      <button type="button" onClick={() => setExtra(true)}>
        Show amendments
      </button>
    </WithContents>
  );
}

describe('On this page', () => {
  it('links to each section with an id, in page order', async () => {
    render(<Screen sections={['Attendance', 'Note', 'Finalise']} />);
    const nav = await screen.findByRole('navigation', { name: 'On this page' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual(['Attendance', 'Note', 'Finalise']);
    expect(links.map((l) => l.getAttribute('href'))).toEqual(['#s0', '#s1', '#s2']);
  });

  it('moves keyboard focus to the section followed', async () => {
    const user = userEvent.setup();
    render(<Screen sections={['Attendance', 'Note', 'Finalise']} />);
    const nav = await screen.findByRole('navigation', { name: 'On this page' });
    await user.click(within(nav).getByRole('link', { name: 'Note' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Note' })).toHaveFocus();
  });

  it('adds a section that appears later', async () => {
    const user = userEvent.setup();
    render(<Screen sections={['Attendance', 'Note', 'Finalise']} />);
    await user.click(screen.getByRole('button', { name: 'Show amendments' }));
    const nav = screen.getByRole('navigation', { name: 'On this page' });
    expect(await within(nav).findByRole('link', { name: 'Amendments' })).toBeVisible();
  });

  it('shows nothing on a short screen (fewer than three sections)', () => {
    render(<Screen sections={['Attendance', 'Note']} />);
    expect(screen.queryByRole('navigation', { name: 'On this page' })).not.toBeInTheDocument();
  });
});
