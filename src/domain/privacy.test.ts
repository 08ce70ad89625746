import { describe, expect, it } from 'vitest';

import {
  DEFAULT_PRIVACY,
  clientLabel,
  findNames,
  personLabel,
  personRole,
  replaceChosen,
} from './privacy';
import type { PrintPrivacy } from './privacy';

const NAMES_ON: PrintPrivacy = { showClientName: false, showPeopleNames: true };
const CLIENT_ON: PrintPrivacy = { showClientName: true, showPeopleNames: false };

describe('DEFAULT_PRIVACY', () => {
  it('prints no names', () => {
    // Given nothing opted in, Then neither the client's nor anyone else's name is shown
    expect(DEFAULT_PRIVACY).toEqual({ showClientName: false, showPeopleNames: false });
    expect(Object.isFrozen(DEFAULT_PRIVACY)).toBe(true);
  });
});

describe('clientLabel', () => {
  it.each([
    ['the code by default', { code: 'K-017', fullName: 'Alex Smith' }, DEFAULT_PRIVACY, 'K-017'],
    [
      'the name when opted in',
      { code: 'K-017', fullName: ' Alex Smith ' },
      CLIENT_ON,
      'Alex Smith',
    ],
    ['the code when opted in without a name', { code: 'K-017' }, CLIENT_ON, 'K-017'],
    ['the code when the name is blank', { code: 'K-017', fullName: '  ' }, CLIENT_ON, 'K-017'],
  ])('shows %s', (_, client, privacy, expected) => {
    // Given a client and the print options, Then the label is as expected
    expect(clientLabel(client, privacy)).toBe(expected);
  });
});

describe('personRole', () => {
  it('is the relationship in lower case, or "someone"', () => {
    // Given relationships with capitals or none, Then the role reads in a sentence
    expect(personRole({ name: 'Sam', relationship: ' Work Colleague ' })).toBe('work colleague');
    expect(personRole({ name: 'Sam', relationship: '' })).toBe('someone');
  });
});

describe('personLabel', () => {
  const sam = { name: 'Sam', relationship: 'Partner' };

  it.each([
    ['screen', DEFAULT_PRIVACY, 'Sam'],
    ['paper', DEFAULT_PRIVACY, 'partner'],
    ['paper', CLIENT_ON, 'partner'],
    ['paper', NAMES_ON, 'Sam'],
  ] as const)('on %s with %o shows %s', (where, privacy, expected) => {
    // Given a person called Sam, the client's partner
    // Then the screen shows the name and paper the role unless names are opted in
    expect(personLabel(sam, privacy, where)).toBe(expected);
  });
});

/** Every occurrence chosen: what the panel prints when the therapist replaces each name. */
function replaceAll(text: string, people: readonly { name: string; relationship: string }[]) {
  const found = findNames(text, people);
  return replaceChosen(text, found, new Set(found.map((_, i) => i)));
}

describe('findNames matching (every occurrence chosen)', () => {
  const people = [
    { name: 'Sam', relationship: 'Partner' },
    { name: 'Anne', relationship: 'sister' },
    { name: 'Anne Marie', relationship: 'friend' },
    { name: 'J.R.', relationship: 'Father' },
    { name: 'Zoë', relationship: 'daughter' },
    { name: '(Bob)', relationship: 'neighbour' },
    { name: 'Maria Fernández-López', relationship: 'aunt' },
    { name: 'A/B', relationship: 'cousin' },
    { name: '  ', relationship: 'unnamed' },
  ];

  it.each([
    ['Argued with Sam again.', 'Argued with partner again.'],
    ['sam and SAM and Sam’s plans', 'partner and partner and partner’s plans'],
    ['Samantha and Samuel went to Sampford', 'Samantha and Samuel went to Sampford'],
    ['Anne Marie visited Anne', 'friend visited sister'],
    ['Anneliese and Marianne', 'Anneliese and Marianne'],
    ['J.R. called; JXR did not', 'father called; JXR did not'],
    ['Zoë rang, Zoëlla did not', 'daughter rang, Zoëlla did not'],
    ['Saw (Bob) today', 'Saw neighbour today'],
    ['Rang Maria Fernández-López on Sunday', 'Rang aunt on Sunday'],
    ['A/B came; AxB did not', 'cousin came; AxB did not'],
  ])('turns %j into %j', (text, expected) => {
    // Given free text that mentions people by name (or by words that merely contain a name)
    // When every occurrence found is chosen for replacement
    // Then whole-word names become roles and other words are untouched
    expect(replaceAll(text, people)).toBe(expected);
  });

  it('never replaces inside a role it has just written', () => {
    // Given a person whose role contains another person's name
    const tricky = [
      { name: 'Mum', relationship: 'Sam’s mother' },
      { name: 'Sam', relationship: 'partner' },
    ];
    // Then each name is replaced once, in a single pass
    expect(replaceAll('Mum and Sam', tricky)).toBe('sam’s mother and partner');
  });

  it('finds nothing when nobody is named', () => {
    // Given no usable names, Then nothing is found and the text is unchanged
    expect(findNames('Argued with Sam', [])).toEqual([]);
    expect(replaceAll('Argued with Sam', [{ name: ' ', relationship: 'partner' }])).toBe(
      'Argued with Sam',
    );
  });

  it('gives a shared name to the first person listed', () => {
    // Given two people called Chris
    const twins = [
      { name: 'Chris', relationship: 'brother' },
      { name: 'chris', relationship: 'boss' },
    ];
    // Then the first listed wins
    expect(replaceAll('Chris said', twins)).toBe('brother said');
  });
});

describe('findNames and replaceChosen (the therapist’s text is never altered unasked)', () => {
  const people = [
    { name: 'Margaret', relationship: 'Mother (died March 2026)' },
    { name: 'Dan', relationship: 'Husband' },
  ];
  const typed = 'After your mother Margaret died in March you have pulled away from Dan.';

  it('marks each occurrence and changes nothing by itself', () => {
    const found = findNames(typed, people);
    expect(found.map((o) => [o.found, typed.slice(o.start, o.end), o.role])).toEqual([
      ['Margaret', 'Margaret', 'mother (died March 2026)'],
      ['Dan', 'Dan', 'husband'],
    ]);
    expect(replaceChosen(typed, found, new Set())).toBe(typed);
  });

  it('replaces only the occurrences the therapist chose, never doubling a role or lowering a month', () => {
    const found = findNames(typed, people);
    const out = replaceChosen(typed, found, new Set([1]));
    expect(out).toBe('After your mother Margaret died in March you have pulled away from husband.');
    expect(out).not.toMatch(/mother mother|march/);
  });

  it('keeps a role typed in capitals as typed', () => {
    expect(personRole({ name: 'Dr Lee', relationship: 'GP' })).toBe('GP');
  });
});
