import * as assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FrameLocator, Locator } from 'playwright-core';
import { ROOT } from '../../scripts/lib/sample-workspace.mjs';
import { STEP_MS, Workbench } from './workbench.js';

const DOCS = join(ROOT, 'docs');
const JOURNAL = '2026-11-22-career-conversation.md';

/** The dashboard page: webviews are nested iframes, the outer host frame and the page's active frame. */
function dashboardFrame(workbench: Workbench): FrameLocator {
  return workbench.page.frameLocator('iframe.webview.ready >> visible=true').frameLocator('iframe#active-frame');
}

/** The figure card with a label, e.g. "Goals done". */
function figure(frame: FrameLocator, label: string): Locator {
  return frame.getByRole('group', { name: label, exact: true });
}

/** Picks a colour theme the way a person does: F1, "Preferences: Color Theme", its name. */
async function pickColorTheme(workbench: Workbench, theme: string): Promise<void> {
  const { page } = workbench;
  const option = (name: string) => page.locator('.quick-input-list').getByRole('option', { name: new RegExp(`^${name}`) }).first();
  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget input').fill('>Preferences: Color Theme');
  // Clicked, not Enter: "Browse Color Themes in Marketplace" is listed first.
  await option('Preferences: Color Theme').click();
  await option('Light High Contrast').waitFor();
  await page.locator('.quick-input-widget input').fill(theme);
  await option(theme).click();
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

describe('Dashboard (UI)', function () {
  let workbench: Workbench | undefined;
  const refused: string[] = [];

  before(async function () {
    workbench = await Workbench.start({ name: 'dashboard' });
    workbench.page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
    });
  });

  afterEach(async function () {
    await workbench?.screenshot(`dashboard ${this.currentTest?.title ?? 'test'}`);
  });

  after(async function () {
    await workbench?.stop();
  });

  it('shows the sample workspace\'s progress after "Career Journal: Show Progress"', async () => {
    assert.ok(workbench);
    // The palette lists what is registered when it opens: wait until the extension's contributions are in.
    await workbench.page.locator('.part.activitybar .action-label[aria-label^="Career Journal"]').waitFor();
    await workbench.runCommand('Career Journal: Show Progress');
    await workbench.page.locator('.tabs-container .tab.active', { hasText: 'Career Progress' }).waitFor();
    const frame = dashboardFrame(workbench);
    const done = figure(frame, 'Goals done');
    await done.waitFor();
    // 5 goals in the two sample journals (4 + 1), 1 checked; 2 of 4 open goals are SMART; 1 of 2 STAR stories complete.
    assert.equal(await done.locator('.value').innerText(), '1 / 5');
    assert.equal(await figure(frame, 'SMART goals').locator('.value').innerText(), '50%');
    assert.equal(await figure(frame, 'STAR stories').locator('.value').innerText(), '50%');
    assert.match(await figure(frame, 'STAR stories').innerText(), /1 of 2 complete/);
    assert.match(await figure(frame, 'Overdue').locator('.value').innerText(), /^\d+$/);
    const goals = await frame.locator('.timeline li .goal').allInnerTexts();
    assert.deepEqual(goals, ['Give 3 talks about our payments platform at internal meetups by 2027-06-30', 'Lead the ledger migration'], 'soonest deadline first');
    assert.match(await frame.locator('.next').innerText(), /Next check-in: 2027-02-20 — Career conversation with Alex/);
    assert.equal(await frame.locator('.chart svg .bar').count(), 2, 'one bar per journal with goals');
    mkdirSync(DOCS, { recursive: true });
    await workbench.page.screenshot({ path: join(DOCS, 'dashboard.png') });
    assert.deepEqual(refused, [], 'the page breaks no Content-Security-Policy rule');
  });

  it('opens the journal at a goal\'s line when the goal is clicked', async () => {
    assert.ok(workbench);
    await dashboardFrame(workbench).getByRole('button', { name: 'Lead the ledger migration' }).click();
    await workbench.page.locator('.tabs-container .tab.active', { hasText: JOURNAL }).waitFor();
    const position = workbench.page.locator('.statusbar-item', { hasText: /^Ln \d+, Col \d+/ }).first();
    await position.filter({ hasText: 'Ln 29, Col 1' }).waitFor();
    assert.match(await workbench.editorText(), /## Goal: Lead the ledger migration/);
  });

  it('updates while the journal is typed in', async () => {
    assert.ok(workbench);
    await workbench.typeAtEnd('\n## Goal: Ship 2 internal tools by 2026-10-01\n\n- Status: done\n');
    await figure(dashboardFrame(workbench), 'Goals done').locator('.value', { hasText: '2 / 6' }).waitFor();
  });

  it('comes back with its figures after the window reloads', async () => {
    assert.ok(workbench);
    await workbench.page.keyboard.press('Control+S');
    await workbench.page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached' });
    await workbench.runCommand('Developer: Reload Window');
    const tab = workbench.page.locator('.tabs-container .tab', { hasText: 'Career Progress' });
    await tab.waitFor({ timeout: 60_000 });
    await tab.click();
    await figure(dashboardFrame(workbench), 'Goals done').locator('.value', { hasText: '2 / 6' }).waitFor({ timeout: STEP_MS * 2 });
  });

  it('follows the colour theme: dark', async () => {
    assert.ok(workbench);
    await pickColorTheme(workbench, 'Dark Modern');
    const frame = dashboardFrame(workbench);
    await frame.locator('body.vscode-dark').waitFor();
    const color = await figure(frame, 'Goals done').locator('.value').evaluate((element) => getComputedStyle(element).color);
    const [r = 0, g = 0, b = 0] = (color.match(/\d+/g) ?? []).map(Number);
    assert.ok(r + g + b > 3 * 128, `figures are light on a dark theme, got ${color}`);
    await workbench.page.screenshot({ path: join(DOCS, 'dashboard-dark.png') });
  });

  it('follows the colour theme: high contrast', async () => {
    assert.ok(workbench);
    await pickColorTheme(workbench, 'Dark High Contrast');
    const frame = dashboardFrame(workbench);
    await frame.locator('body.vscode-high-contrast').waitFor();
    const border = await figure(frame, 'Goals done').evaluate((element) => getComputedStyle(element).borderTopColor);
    const contrast = await frame.locator('body').evaluate((body) => getComputedStyle(body).getPropertyValue('--vscode-contrastBorder').trim());
    assert.ok(contrast, 'the theme defines a contrast border');
    assert.notEqual(border, 'rgba(0, 0, 0, 0)', 'figures are outlined in high contrast');
  });
});
