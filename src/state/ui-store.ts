/**
 * UI preferences only (STYLE rule 5: saved clinical data lives in Dexie, not here).
 * Print privacy defaults to codes and roles; the therapist opts in to names.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';

import { DEFAULT_PRIVACY } from '../domain/privacy';
import type { PrintPrivacy } from '../domain/privacy';

export interface UiState {
  privacy: PrintPrivacy;
  weekStartsOn: 0 | 1;
  setPrivacy: (privacy: PrintPrivacy) => void;
  setWeekStartsOn: (day: 0 | 1) => void;
}

export const useUiStore = create<UiState>()(
  persist(
    (set) => ({
      privacy: DEFAULT_PRIVACY,
      weekStartsOn: 1,
      setPrivacy: (privacy) => set({ privacy }),
      setWeekStartsOn: (weekStartsOn) => set({ weekStartsOn }),
    }),
    { name: 'ipt-planner-ui', version: 1 },
  ),
);
