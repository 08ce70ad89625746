import { describe, expect, it } from 'vitest';

import { matchClients, remapClients } from './restore-clients';
import { ROWS } from './schemas/test-fixtures';

const stored = [{ ...ROWS.clients, id: 'here', code: 'AB-12' }];

describe('matchClients', () => {
  it('matches a client whose id is not stored by the same code, ignoring case and spaces', () => {
    const file = [{ ...ROWS.clients, id: 'there', code: ' ab-12' }];
    const match = matchClients(file, stored);
    expect([...match.remap]).toEqual([['there', 'here']]);
    expect(match.matched).toEqual([{ code: 'AB-12', fileId: 'there', hereId: 'here' }]);
    expect(match.problems).toEqual([]);
  });

  it('matches by id first: a stored id is never re-matched by code', () => {
    const file = [{ ...ROWS.clients, id: 'here', code: 'ZZ-99' }];
    expect(matchClients(file, stored).remap.size).toBe(0);
  });

  it('refuses, naming the code, when the stored client is also in the file under another code', () => {
    const file = [
      { ...ROWS.clients, id: 'there', code: 'AB-12' },
      { ...ROWS.clients, id: 'here', code: 'CD-34' },
    ];
    const { problems } = matchClients(file, stored);
    expect(problems.map((p) => p.message)).toEqual([
      'The client code AB-12 in this file belongs here to another client who is also in the file under a different code. Nothing was restored: change one of the codes and restore again.',
    ]);
  });
});

describe('remapClients', () => {
  it('moves the client and every record naming them onto the stored id, leaving others alone', () => {
    const tables = {
      clients: [{ ...ROWS.clients, id: 'there' }, ROWS.clients],
      courses: [{ ...ROWS.courses, clientId: 'there' }, ROWS.courses],
      safetyPlans: [{ ...ROWS.safetyPlans, clientId: 'there' }],
      sessions: [ROWS.sessions],
    };
    const out = remapClients(tables, new Map([['there', 'here']]));
    expect(out.clients!.map((c) => c.id)).toEqual(['here', 'c1']);
    expect(out.courses!.map((c) => c.clientId)).toEqual(['here', 'c1']);
    expect(out.safetyPlans![0]!.clientId).toBe('here');
    expect(out.sessions).toBe(tables.sessions);
    expect(tables.clients[0]!.id).toBe('there');
  });
});
