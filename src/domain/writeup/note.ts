/**
 * The progress note for the practice's record system, in DAP or SOAP layout. Plain text for any
 * EHR, and the same content as simple HTML for editors that keep formatting. The header shows the
 * client by code unless the therapist opted in (privacy.ts); the therapist's own text is quoted
 * exactly as typed (names included: the note panel offers to replace them, issue 12 item 1).
 */
import { formatDay } from '../dates';
import type { SessionScores } from '../course-view';
import type { RiskFlag } from '../measures/risk';
import { clientLabel } from '../privacy';
import type { PrintPrivacy } from '../privacy';
import type { Client, IsoDateTime } from '../types';

import { clinicianLine, riskLines, scoreLines, timeLine } from './note-lines';
import type { Clinician } from './note-lines';
import { effectiveWriteUp } from './record';
import { ATTENDANCE_LABEL, OUTCOME_LABEL } from './types';
import type { NoteFormat, SessionWriteUp } from './types';

export interface NoteContext {
  client: Pick<Client, 'code' | 'fullName'>;
  /** The course length, for "Session 5 of 16". */
  length: number;
  /** "Role dispute (impasse)": the focus in force, in the therapist's words. */
  focus?: string;
  /** The session's PHQ-9 and GAD-7 as of its date (the course view's `sessionScores`). */
  scores?: SessionScores;
  /** The client's risk flags, for the assessment made that day or the latest. */
  flags?: readonly RiskFlag[];
  /** From Settings. */
  clinician?: Clinician;
  /** Formats a timestamp for the reader (the screen passes local time). */
  formatStamp?: (at: IsoDateTime) => string;
}

interface Section {
  heading: string;
  lines: string[];
}

const defaultStamp = (at: IsoDateTime) => `${at.slice(0, 10)} ${at.slice(11, 16)} UTC`;
const typed = (t: string | undefined) => t?.trim() ?? '';

function taskLine(w: SessionWriteUp): string {
  if (!w.taskReview) {
    return w.previousTask ? `Last week’s task (“${w.previousTask}”): not reviewed.` : '';
  }
  const note = typed(w.taskReview.note);
  const set = w.previousTask ? ` (“${w.previousTask}”)` : '';
  return `Last week’s task${set}: ${OUTCOME_LABEL[w.taskReview.outcome].toLowerCase()}${note ? ` — ${note}` : ''}`;
}

function observedLines(w: SessionWriteUp, ctx: NoteContext): string[] {
  const held = w.attendance === 'held';
  const covered = w.agendaCovered.filter((p) => p.covered).map((p) => p.title);
  return [
    `Attendance: ${ATTENDANCE_LABEL[w.attendance]}.`,
    held ? timeLine(w) : '',
    ...(held ? scoreLines(w, ctx.scores) : []),
    held && covered.length > 0 ? `Covered: ${covered.join('; ')}.` : '',
  ];
}

function sectionsOf(w: SessionWriteUp, ctx: NoteContext, format: NoteFormat): Section[] {
  const observed = observedLines(w, ctx);
  const reported = [taskLine(w), typed(w.note)];
  const assessment = [
    ...riskLines(w, ctx.flags, ctx.scores),
    ctx.focus ? `Focus worked on: ${ctx.focus}.` : '',
    typed(w.focusChange?.note) ? `Change of focus: ${typed(w.focusChange?.note)}` : '',
    typed(w.clinicianAssessment) ? `Clinician’s assessment: ${typed(w.clinicianAssessment)}` : '',
  ];
  const plan = [
    typed(w.taskSet) ? `Task agreed for next week: ${typed(w.taskSet)}` : 'No task set.',
    typed(w.plan) ? `Plan: ${typed(w.plan)}` : '',
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

function footerOf(w: SessionWriteUp, ctx: NoteContext): string[] {
  const stamp = ctx.formatStamp ?? defaultStamp;
  const lines = [
    clinicianLine(ctx.clinician),
    w.finalisedAt ? `Finalised ${stamp(w.finalisedAt)}.` : 'Draft, not finalised.',
  ];
  for (const a of w.amendments) {
    lines.push(`Amended ${stamp(a.at)}: ${a.summary}. Reason: ${a.reason}`);
  }
  return lines;
}

function parts(w: SessionWriteUp, ctx: NoteContext, format: NoteFormat, privacy: PrintPrivacy) {
  const current = effectiveWriteUp(w);
  return {
    header: headerOf(current, ctx, privacy),
    sections: sectionsOf(current, ctx, format).filter((s) => s.lines.length > 0),
    footer: footerOf(w, ctx),
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

/**
 * A note's plain text (as `progressNote` lays it out, after any names the therapist chose to
 * replace) as simple HTML: the first line a heading, upper-case lines section headings, "- " lines
 * list items (continuation lines joined with a line break), anything else a paragraph.
 */
export function noteHtml(text: string): string {
  const blocks = text.trim().split(/\n{2,}/);
  const [header = '', ...rest] = blocks;
  const html = [`<h2>${escapeHtml(header)}</h2>`];
  for (const block of rest) {
    const [first = '', ...lines] = block.split('\n');
    if (/^[A-Z]+$/.test(first)) {
      html.push(`<h3>${first.charAt(0)}${first.slice(1).toLowerCase()}</h3>${listOf(lines)}`);
    } else {
      html.push(...[first, ...lines].map((l) => `<p>${escapeHtml(l)}</p>`));
    }
  }
  return html.join('');
}

function listOf(lines: readonly string[]): string {
  const items: string[] = [];
  for (const line of lines) {
    if (line.startsWith('- ') || items.length === 0)
      items.push(escapeHtml(line.replace(/^- /, '')));
    else items[items.length - 1] += `<br>${escapeHtml(line)}`;
  }
  return `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
}

/** The same note as simple HTML (headings and lists) for record systems that keep formatting. */
export function progressNoteHtml(
  w: SessionWriteUp,
  ctx: NoteContext,
  format: NoteFormat,
  privacy: PrintPrivacy,
): string {
  return noteHtml(progressNote(w, ctx, format, privacy));
}
