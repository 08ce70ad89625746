import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

export interface PersonInput {
  name: string;
  relationship: string;
  ring?: '1 (closest)' | '2 (middle)' | '3 (furthest out)';
  notGood?: string;
  area?: 'Grief' | 'Role dispute' | 'Role transition' | 'Interpersonal deficits / sensitivity';
}

export interface EventInput {
  date: string;
  what: string;
  mood?: 'Mood lower' | 'Mood better';
  person?: string;
}

/** The interpersonal inventory screen: people, the closeness circle and the timeline. */
export class InventoryPage {
  readonly startCircle: Locator;
  readonly ringTable: Locator;
  readonly timeline: Locator;

  constructor(private readonly page: Page) {
    this.startCircle = page.getByRole('img', {
      name: 'Closeness circle at the start of the course',
    });
    this.ringTable = page.getByRole('table', { name: 'Who is on which ring' });
    this.timeline = page.getByRole('list', { name: 'Events in date order' });
  }

  async open() {
    await this.page
      .getByRole('navigation', { name: 'Course sections' })
      .getByRole('link', { name: 'Inventory and formulation' })
      .click();
    await expect(
      this.page.getByRole('heading', { level: 1, name: /Interpersonal inventory for/ }),
    ).toBeVisible();
  }

  async addPerson(p: PersonInput) {
    await this.page.getByRole('button', { name: 'Add a person' }).click();
    await this.page.getByLabel('Name or initials').fill(p.name);
    await this.page.getByLabel('Relationship', { exact: true }).fill(p.relationship);
    if (p.ring) await this.page.getByLabel('Closeness ring').selectOption({ label: p.ring });
    if (p.notGood) await this.page.getByLabel('What is not so good').fill(p.notGood);
    if (p.area)
      await this.page.getByLabel('Candidate problem area').selectOption({ label: p.area });
    await this.page.getByRole('button', { name: 'Add to the inventory' }).click();
    await expect(
      this.page.getByRole('status').filter({ hasText: `Added ${p.name}.` }),
    ).toBeVisible();
  }

  ringOf(name: string): Locator {
    return this.ringTable
      .getByRole('row', { name: new RegExp(`^${name}\\b`) })
      .locator('td')
      .first();
  }

  /** Moves a person one ring in or out with the keyboard alone: focus the button, press Enter. */
  async moveByKeyboard(name: string, direction: 'closer' | 'further out') {
    const button = this.page.getByRole('button', { name: `Move ${name} ${direction}` });
    await button.focus();
    await this.page.keyboard.press('Enter');
    await expect(
      this.page.getByRole('status').filter({ hasText: new RegExp(`${name} is now on ring`) }),
    ).toBeVisible();
  }

  /** Pointer placing: click the person's point in the picture, then a ring. */
  async placeByPointer(name: string, ring: 1 | 2 | 3) {
    await this.startCircle.locator('g', { hasText: name }).locator('circle').click();
    await expect(
      this.page.getByText(`Selected ${name}: click a ring to place them.`),
    ).toBeVisible();
    // The ring's own drawn circle gives its centre and radius on screen.
    const box = await this.startCircle
      .locator('circle.circle-figure__ring')
      .nth(ring - 1)
      .boundingBox();
    if (!box) throw new Error('circle not drawn');
    const radius = box.width / 2;
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2 - radius);
    await expect(
      this.page.getByRole('status').filter({ hasText: `${name} is now on ring ${ring}.` }),
    ).toBeVisible();
  }

  async addEvent(e: EventInput) {
    await this.page.getByRole('button', { name: 'Add an event' }).click();
    await this.page.getByLabel('Date', { exact: true }).fill(e.date);
    if (e.mood) {
      await this.page.getByLabel('Kind of event').selectOption({ label: 'Mood change' });
      await this.page.getByLabel('Which way mood moved').selectOption({ label: e.mood });
    }
    await this.page.getByLabel('What happened').fill(e.what);
    if (e.person)
      await this.page.getByLabel('Person it concerns').selectOption({ label: e.person });
    await this.page.getByRole('button', { name: 'Add to the timeline' }).click();
    await expect(
      this.page.getByRole('status').filter({ hasText: /^Event of .* saved\.$/ }),
    ).toBeVisible();
    await expect(this.timeline.getByText(e.what)).toBeVisible();
  }

  highlightedEvent(): Locator {
    // The badge, case-sensitive: other events carry a "Mark … as nearest to onset" button
    return this.timeline.getByRole('listitem').filter({ hasText: /Nearest to onset/ });
  }
}
