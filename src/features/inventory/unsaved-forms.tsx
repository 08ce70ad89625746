/**
 * One unsaved-changes guard per screen (react-router honours one blocker at a time): each form
 * that saves on request reports whether it has unsaved changes, and the screen asks once before
 * leaving, naming what is unsaved.
 */
import { useCallback, useEffect, useState } from 'react';

import { UnsavedPrompt, useUnsavedGuard } from '../../app-model/unsaved-guard';

export type ReportDirty = (what: string, dirty: boolean) => void;

/** The screen's guard: `report` for the forms, `prompt` to render near them. */
export function useUnsavedForms() {
  const [unsaved, setUnsaved] = useState<readonly string[]>([]);
  const report = useCallback<ReportDirty>((what, dirty) => {
    setUnsaved((list) => {
      if (list.includes(what) === dirty) return list;
      return dirty ? [...list, what] : list.filter((w) => w !== what);
    });
  }, []);
  const blocker = useUnsavedGuard(unsaved.length > 0);
  const prompt = <UnsavedPrompt blocker={blocker} what={unsaved.join(' and ')} />;
  return { report, prompt };
}

/** Tells the screen's guard whether this form has unsaved changes (cleared when it closes). */
export function useReportDirty(report: ReportDirty | undefined, what: string, dirty: boolean) {
  useEffect(() => {
    report?.(what, dirty);
  }, [report, what, dirty]);
  useEffect(() => () => report?.(what, false), [report, what]);
}
