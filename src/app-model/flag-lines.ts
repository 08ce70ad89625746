/** How a stored flag reads in the risk banner: the same words and date format on every screen. */
import { formatTimestamp } from '../domain/dates';
import { RISK_SOURCE_LABEL } from '../domain/measures/progress';
import type { RiskFlag } from '../domain/measures';
import type { RiskBannerFlag } from '../ui/risk-banner';

export function bannerFlags(flags: readonly RiskFlag[], prefix = ''): RiskBannerFlag[] {
  return flags.map((f) => ({
    id: f.id,
    title: `${prefix}${RISK_SOURCE_LABEL[f.source]}`,
    detail: f.detail,
    raisedOn: formatTimestamp(f.raisedAt),
  }));
}
