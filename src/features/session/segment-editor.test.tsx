import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';

import type { SegmentDraft } from '../../domain/agenda/edit';

import { SegmentEditor } from './segment-editor';

const PART: SegmentDraft = {
  id: 'opening',
  title: 'Scores and the week',
  minutes: 10,
  content: ['Review the PHQ-9'],
  techniques: [],
  mechanisms: [],
};

function Harness() {
  const [segment, setSegment] = useState(PART);
  return (
    <ul>
      <SegmentEditor
        segment={segment}
        index={1}
        count={3}
        onChange={setSegment}
        onMove={() => undefined}
        onRemove={() => undefined}
      />
    </ul>
  );
}

describe('SegmentEditor', () => {
  it('names its toggle for what pressing it does: Edit part 2, then Done editing part 2', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const toggle = screen.getByRole('button', { name: 'Edit part 2' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAccessibleName('Done editing part 2');
    expect(toggle).toHaveTextContent('Done');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByLabelText('Title of part 2')).toHaveValue('Scores and the week');
    await user.click(toggle);
    expect(toggle).toHaveAccessibleName('Edit part 2');
    expect(screen.queryByLabelText('Title of part 2')).not.toBeInTheDocument();
  });
});
