import { describe, expect, it } from 'vitest';

import type { RiskFlag } from '../measures';
import { riskLines } from './note-lines';
import type { SessionWriteUp } from './types';

// Session 2 on Mon 9 Mar 2026; the clinician raised a flag for it by hand on Wed 18 Nov 2026
const writeUp = { sessionId: 's2', sessionDate: '2026-03-09' } as SessionWriteUp;
const flag = (over: Partial<RiskFlag> = {}): RiskFlag => ({
  id: 'f1',
  clientId: 'c1',
  courseId: 'k1',
  sessionId: 's2',
  source: 'manual',
  raisedAt: '2026-11-18T12:00:00',
  detail: 'Said she sometimes wishes she were gone.',
  status: 'open',
  ...over,
});

describe('riskLines: a flag linked to the session but recorded later', () => {
  it('belongs to that session’s note, never "No risk flag"', () => {
    const lines = riskLines(writeUp, [flag()]);
    expect(lines).toEqual([
      'Risk flag recorded for this session on Wed 18 Nov 2026, not yet assessed: Said she sometimes wishes she were gone.',
    ]);
  });

  it('says when it was acknowledged', () => {
    const acknowledged = flag({
      status: 'acknowledged',
      acknowledgement: {
        assessed: true,
        safetyPlan: 'not-needed',
        action: 'a',
        note: 'n',
        at: '2026-11-18T12:30:00',
      },
    });
    expect(riskLines(writeUp, [acknowledged]).join('\n')).toContain(
      'Risk flag recorded for this session on Wed 18 Nov 2026, acknowledged Wed 18 Nov 2026:',
    );
  });

  it('leaves out a flag of another session recorded later', () => {
    expect(riskLines(writeUp, [flag({ sessionId: 's7' })])).toEqual([
      'Risk: No risk flag open and no positive item 9 this session.',
    ]);
  });
});
