/**
 * The progress note for the practice's record system, in DAP or SOAP layout. Plain text for any
 * EHR, and the same content as simple HTML for editors that keep formatting. The client appears by
 * code and other people by role unless the therapist opted in (privacy.ts).
 */
import { formatDay } from '../dates';
import { clientLabel, redactNames } from '../privacy';
import type { PrintPrivacy } from '../privacy';
import type { Client, IsoDateTime } from '../types';

import { effectiveWriteUp } from './record';
import { ATTENDANCE_LABEL, OUTCOME_LABEL, RISK_LABEL } from './types';
import type { NoteFormat, SessionWriteUp } from './types';

export interface NoteContext {
  client: Pick<Client, 'code' | 'fullName'>;
  /** The course length, for "Session 5 of 16". */
  length: number;
  /** "Role dispute (impasse)": the focus in force, in the therapist's words. */
  focus?: string;
  people?: readonly { name: string; relationship: string }[];
  /** Formats a timestamp for the reader (the screen passes local time). */
  formatStamp?: (at: IsoDateTime) => string;
}

interface Section {
  heading: string;
  lines: string[];
}

const defaultStamp = (at: IsoDateTime) => `${at.slice(0, 10)} ${at.slice(11, 16)} UTC`;

function sectionsOf(
  w: SessionWriteUp,
  ctx: NoteContext,
  format: NoteFormat,
  clean: (t: string) => string,
): Section[] {
  const held = w.attendance === 'held';
  const scores = [
    w.scores.phq9 === undefined ? '' : `PHQ-9 ${w.scores.phq9}`,
    w.scores.gad7 === undefined ? '' : `GAD-7 ${w.scores.gad7}`,
  ].filter(Boolean);
  const covered = w.agendaCovered.filter((p) => p.covered).map((p) => p.title);
  const task = w.taskReview
    ? `Last week’s task${w.previousTask ? ` (“${clean(w.previousTask)}”)` : ''}: ${OUTCOME_LABEL[w.taskReview.outcome].toLowerCase()}${w.taskReview.note.trim() ? ` — ${clean(w.taskReview.note.trim())}` : ''}.`
    : '';
  const attendance = `Attendance: ${ATTENDANCE_LABEL[w.attendance]}${held && w.minutes ? `, ${w.minutes} minutes` : ''}.`;
  const observed = [
    attendance,
    scores.length > 0 ? `Scores: ${scores.join(', ')}.` : '',
    held && covered.length > 0 ? `Covered: ${covered.join('; ')}.` : '',
  ];
  const reported = [task, w.note.trim() ? clean(w.note.trim()) : ''];
  const assessment = [
    `Risk: ${RISK_LABEL[w.risk]}.`,
    ctx.focus ? `Focus: ${ctx.focus}.` : '',
    w.focusChange?.note.trim() ? `Change of focus: ${clean(w.focusChange.note.trim())}.` : '',
  ];
  const plan = [
    w.taskSet?.trim() ? `Task for next week: ${clean(w.taskSet.trim())}.` : 'No task set.',
  ];
  const keep = (lines: string[]) => lines.filter((l) => l !== '');
  if (format === 'DAP') {
    return [
      { heading: 'Data', lines: keep([...observed, ...reported]) },
      { heading: 'Assessment', lines: keep(assessment) },
      { heading: 'Plan', lines: keep(plan) },
    ];
  }
  return [
    { heading: 'Subjective', lines: keep(reported) },
    { heading: 'Objective', lines: keep(observed) },
    { heading: 'Assessment', lines: keep(assessment) },
    { heading: 'Plan', lines: keep(plan) },
  ];
}

function headerOf(w: SessionWriteUp, ctx: NoteContext, privacy: PrintPrivacy): string {
  const number =
    w.sessionNumber === null ? 'Appointment' : `Session ${w.sessionNumber} of ${ctx.length}`;
  return `IPT progress note — ${clientLabel(ctx.client, privacy)} — ${formatDay(w.sessionDate)} — ${number}`;
}

function footerOf(w: SessionWriteUp, ctx: NoteContext, clean: (t: string) => string): string[] {
  const stamp = ctx.formatStamp ?? defaultStamp;
  const lines = [w.finalisedAt ? `Finalised ${stamp(w.finalisedAt)}.` : 'Draft, not finalised.'];
  for (const a of w.amendments) {
    lines.push(`Amended ${stamp(a.at)}: ${clean(a.summary)}. Reason: ${clean(a.reason)}.`);
  }
  return lines;
}

function parts(w: SessionWriteUp, ctx: NoteContext, format: NoteFormat, privacy: PrintPrivacy) {
  const clean = (t: string) => redactNames(t, ctx.people ?? [], privacy);
  const current = effectiveWriteUp(w);
  return {
    header: headerOf(current, ctx, privacy),
    sections: sectionsOf(current, ctx, format, clean).filter((s) => s.lines.length > 0),
    footer: footerOf(w, ctx, clean),
  };
}

/** The note as plain text: a header line, one block per section, then finalisation and amendments. */
export function progressNote(
  w: SessionWriteUp,
  ctx: NoteContext,
  format: NoteFormat,
  privacy: PrintPrivacy,
): string {
  const { header, sections, footer } = parts(w, ctx, format, privacy);
  const blocks = sections.map((s) =>
    [`${s.heading.toUpperCase()}`, ...s.lines.map((l) => `- ${l}`)].join('\n'),
  );
  return [header, `Format: ${format}`, ...blocks, footer.join('\n')].join('\n\n') + '\n';
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** The same note as simple HTML (headings and lists) for record systems that keep formatting. */
export function progressNoteHtml(
  w: SessionWriteUp,
  ctx: NoteContext,
  format: NoteFormat,
  privacy: PrintPrivacy,
): string {
  const { header, sections, footer } = parts(w, ctx, format, privacy);
  const body = sections
    .map(
      (s) =>
        `<h3>${escapeHtml(s.heading)}</h3><ul>${s.lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`,
    )
    .join('');
  const foot = footer.map((l) => `<p>${escapeHtml(l)}</p>`).join('');
  return `<h2>${escapeHtml(header)}</h2>${body}${foot}`;
}
