/**
 * v7: per-course settings leave the `settings` table. Up to v6 the chosen baseline was stored as
 * `baseline:<courseId>:<kind>` → measure id (or null) and mechanism ratings as
 * `mechanismRatings:<courseId>` → boolean; from v7 each course has one `courseSettings` row, so the
 * client's deletion takes them with it. The same rewrite upgrades an older backup on import.
 */
import type { Transaction } from 'dexie';

type Row = Record<string, unknown>;

export interface CourseSettingsRow {
  courseId: string;
  baselines: Record<string, string>;
  mechanismRatings: boolean;
}

const BASELINE = /^baseline:(.+):(phq9|gad7)$/;
const MECHANISMS = /^mechanismRatings:(.+)$/;

/** Splits v6 settings rows into the rows that stay and one course-settings row per course. */
export function splitCourseSettings(rows: readonly Row[]): {
  settings: Row[];
  courseSettings: CourseSettingsRow[];
  moved: string[];
} {
  const byCourse = new Map<string, CourseSettingsRow>();
  const of = (courseId: string) => {
    const found = byCourse.get(courseId) ?? { courseId, baselines: {}, mechanismRatings: false };
    byCourse.set(courseId, found);
    return found;
  };
  const settings: Row[] = [];
  const moved: string[] = [];
  for (const row of rows) {
    const key = typeof row.key === 'string' ? row.key : '';
    const baseline = BASELINE.exec(key);
    const mechanisms = MECHANISMS.exec(key);
    if (baseline) {
      const [, courseId, kind] = baseline as unknown as [string, string, string];
      if (typeof row.value === 'string' && row.value !== '')
        of(courseId).baselines[kind] = row.value;
      else of(courseId);
      moved.push(key);
    } else if (mechanisms) {
      of(mechanisms[1]!).mechanismRatings = row.value === true;
      moved.push(key);
    } else {
      settings.push(row);
    }
  }
  return { settings, courseSettings: [...byCourse.values()], moved };
}

/** The Dexie upgrade to v7: moves the rows inside the version-change transaction. */
export async function upgradeToV7(tx: Transaction): Promise<void> {
  const rows = (await tx.table('settings').toArray()) as Row[];
  const { courseSettings, moved } = splitCourseSettings(rows);
  await tx.table('courseSettings').bulkPut(courseSettings);
  await tx.table('settings').bulkDelete(moved);
}

/** The same rewrite on a backup's tables (schema version 6 or earlier). */
export function upgradeBackupToV7(tables: Record<string, unknown[]>): Record<string, unknown[]> {
  const settingsRows = (tables.settings ?? []).filter(
    (r): r is Row => typeof r === 'object' && r !== null && !Array.isArray(r),
  );
  if (!Array.isArray(tables.settings)) return tables;
  const { settings, courseSettings } = splitCourseSettings(settingsRows);
  const others = tables.settings.filter((r) => !settingsRows.includes(r as Row));
  return {
    ...tables,
    settings: [...settings, ...others],
    courseSettings: [...(tables.courseSettings ?? []), ...courseSettings],
  };
}
