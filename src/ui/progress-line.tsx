import { useId } from 'react';

/** A progress bar with the count of records, for the long steps of a backup or a restore. */
export function ProgressLine({
  label,
  done,
  total,
}: {
  label: string;
  done: number;
  total: number;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <progress id={id} max={Math.max(total, 1)} value={Math.min(done, total)} />
      <span>
        {done.toLocaleString('en-GB')} of {total.toLocaleString('en-GB')} records
      </span>
    </div>
  );
}
