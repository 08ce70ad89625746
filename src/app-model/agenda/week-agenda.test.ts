import { describe, expect, it } from 'vitest';

import { focusText } from './week-agenda';

describe('the focus line of an agenda', () => {
  it('names a grief focus by the death, never as work "with" the person who died', () => {
    const text = focusText({ area: 'grief', personLabel: 'mother', agreed: true });
    expect(text).toBe('Grief, the death of mother');
    expect(text).not.toContain('with mother');
  });

  it('names a dispute by its stage and the other party', () => {
    expect(
      focusText({ area: 'role-dispute', stage: 'impasse', personLabel: 'partner', agreed: true }),
    ).toBe('Role dispute (impasse), with partner');
  });

  it('says "to be agreed" until the therapist agreed the focus, without a person', () => {
    const text = focusText({ area: 'grief', personLabel: 'mother', agreed: false });
    expect(text).toMatch(/^To be agreed \(working hypothesis: Grief\)/);
    expect(text).not.toContain('mother');
  });
});
