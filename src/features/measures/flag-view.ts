/** How a stored flag reads in the banner (same words on every screen of this feature). */
import { formatDay, isoDayOf } from '../../domain/dates';
import { RISK_SOURCE_LABEL } from '../../domain/measures';
import type { RiskFlag } from '../../domain/measures';
import type { RiskBannerFlag } from '../../ui/risk-banner';

export function bannerFlags(flags: readonly RiskFlag[], prefix = ''): RiskBannerFlag[] {
  return flags.map((f) => ({
    id: f.id,
    title: `${prefix}${RISK_SOURCE_LABEL[f.source]}`,
    detail: f.detail,
    raisedOn: whenOf(f.raisedAt),
  }));
}

/** A timestamp as the local day and time: "Mon 2 Mar 2026 09:05". */
export function whenOf(at: string): string {
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return at;
  const hh = String(d.getHours()).padStart(2, '0');
  const mm = String(d.getMinutes()).padStart(2, '0');
  return `${formatDay(isoDayOf(d))} ${hh}:${mm}`;
}
