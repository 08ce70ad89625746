/**
 * The strategy menu of a middle-phase week and the strategies the generator picks from it.
 */
import type { Mechanism, ProblemArea } from '../types';
import { areaContent } from './content';
import type { MiddleStep, StrategyItem } from './content-types';
import type { AgendaFocus, StrategyOption } from './types';

export interface MenuEntry {
  item: StrategyItem;
  area: ProblemArea;
  lastUsedWeek?: number;
}

/** How many emphasised mechanisms a strategy serves. */
export function emphasisOf(
  mechanisms: readonly Mechanism[],
  emphasised: readonly Mechanism[],
): number {
  return mechanisms.filter((m) => emphasised.includes(m)).length;
}

/**
 * The fitting strategies for the focus at a step: the lead area's first, then the other area's.
 * Ordered least recently used first (never used before all others); ties go to strategies serving
 * more emphasised mechanisms, then to the lead area, then to library order.
 */
export function strategyMenu(
  focus: AgendaFocus,
  step: MiddleStep,
  lead: ProblemArea,
  emphasised: readonly Mechanism[],
  use: Readonly<Record<string, number>> = {},
): MenuEntry[] {
  const areas = [focus.area, ...(focus.secondaryArea ? [focus.secondaryArea] : [])];
  const entries = areas.flatMap((area) =>
    areaContent(area, focus.stage).steps[step].strategies.map((item) => {
      const used = use[item.id];
      return used === undefined ? { item, area } : { item, area, lastUsedWeek: used };
    }),
  );
  const rank = (e: MenuEntry, i: number) => ({ e, i, used: e.lastUsedWeek ?? -Infinity });
  return entries
    .map(rank)
    .sort(
      (a, b) =>
        a.used - b.used ||
        emphasisOf(b.e.item.mechanisms, emphasised) - emphasisOf(a.e.item.mechanisms, emphasised) ||
        Number(b.e.area === lead) - Number(a.e.area === lead) ||
        a.i - b.i,
    )
    .map(({ e }) => e);
}

/** The menu as the agenda shows it. */
export function toOptions(menu: readonly MenuEntry[]): StrategyOption[] {
  return menu.map(({ item, area, lastUsedWeek }) => ({
    id: item.id,
    title: item.title,
    area,
    mechanisms: [...item.mechanisms],
    ...(lastUsedWeek === undefined ? {} : { lastUsedWeek }),
  }));
}

/**
 * Picks a strategy of `area` from the menu: skip any used last session when possible, then prefer
 * the first serving an emphasised mechanism, else take the first in menu order.
 */
export function pickStrategy(
  menu: readonly MenuEntry[],
  area: ProblemArea,
  emphasised: readonly Mechanism[],
  sessionNumber: number,
  exclude: readonly string[] = [],
): MenuEntry | undefined {
  const ofArea = menu.filter((e) => e.area === area && !exclude.includes(e.item.id));
  const fresh = ofArea.filter(
    (e) => e.lastUsedWeek === undefined || e.lastUsedWeek < sessionNumber - 1,
  );
  const pool = fresh.length > 0 ? fresh : ofArea;
  return pool.find((e) => emphasisOf(e.item.mechanisms, emphasised) > 0) ?? pool[0];
}
