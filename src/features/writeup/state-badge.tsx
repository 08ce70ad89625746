import type { WriteUpState } from '../../domain/writeup';

export const STATE_LABEL: Record<WriteUpState, string> = {
  none: 'Not written up',
  draft: 'Draft',
  final: 'Final',
  amended: 'Final, amended',
};

/** The state of a session's write-up as a badge. */
export function StateBadge({ state }: { state: WriteUpState }) {
  return (
    <span className={`badge writeup-badge writeup-badge--${state}`}>{STATE_LABEL[state]}</span>
  );
}
