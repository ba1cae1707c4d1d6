import * as assert from 'node:assert/strict';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { ROOT } from '../../scripts/lib/sample-workspace.mjs';
import { Workbench } from './workbench.js';

const GROUP = /^(Overdue|Due soon|Open|Done|Dropped) \(\d+\)$/;
/** A sample goal with no deadline: it is in Open whatever the date. */
const VAGUE_GOAL = 'Get better at writing design docs';

describe('Career Journal goal tree (UI)', function () {
  let workbench: Workbench | undefined;

  before(async function () {
    // The desktop default: in the browser VS Code saves after a delay, which would hide that the command never saves.
    workbench = await Workbench.start({ name: 'goal-tree', settings: { 'files.autoSave': 'off' } });
  });

  afterEach(async function () {
    await workbench?.screenshot(`goal tree ${this.currentTest?.title ?? 'test'}`);
  });

  after(async function () {
    await workbench?.stop();
  });

  /** The rows of the Goals view. */
  function rows(text?: string | RegExp): Locator {
    assert.ok(workbench);
    return workbench.page.locator('.part.sidebar .monaco-list-row', text === undefined ? {} : { hasText: text });
  }

  it('shows the sample workspace\'s goals, grouped, from the Career Journal icon in the activity bar', async () => {
    assert.ok(workbench);
    await workbench.page.locator('.part.activitybar .action-label[aria-label^="Career Journal"]').click();
    await rows(VAGUE_GOAL).first().waitFor();
    await rows('Mentor a new engineer on the team').first().waitFor();
    const groups = (await workbench.page.locator('.part.sidebar .monaco-list-row[aria-level="1"]').allInnerTexts())
      .map((text) => text.replace(/\s+/g, ' ').trim())
      .filter((text) => !text.startsWith('Next check-in'));
    assert.ok(groups.length >= 2 && groups.every((text) => GROUP.test(text)), `groups with counts, got:\n${groups.join('\n')}`);
    assert.ok(groups.some((text) => /^Open \(\d+\)$/.test(text)) && groups.some((text) => text === 'Done (1)'), groups.join('\n'));
    assert.equal(await rows('Keep the checkout flow fast').count(), 0, 'the project README is no journal');
    const row = await rows(VAGUE_GOAL).first().innerText();
    assert.match(row, /no deadline · career\/2026-11-22-career-conversation\.md/);
  });

  it('clicking a goal shows its line in the editor, and the status bar sums up the journal', async () => {
    assert.ok(workbench);
    await rows(VAGUE_GOAL).first().click();
    const page = workbench.page;
    await page.locator('.tabs-container .tab.active', { hasText: '2026-11-22-career-conversation.md' }).waitFor();
    await page.locator('.statusbar-item', { hasText: /Ln 26, Col \d+ \(\d+ selected\)/ }).waitFor();
    await page.locator('.editor-group-container.active .view-line', { hasText: VAGUE_GOAL }).waitFor();
    const status = page.locator('.statusbar-item', { hasText: /\d+ open/ });
    await status.waitFor();
    assert.match(await status.innerText(), /3 open/);
  });

  it('the inline check ticks the goal\'s checkbox in the editor', async () => {
    assert.ok(workbench);
    const row = rows(VAGUE_GOAL).first();
    await row.hover();
    await row.locator('.action-label[aria-label^="Mark Goal Done"]').click();
    await workbench.page.locator('.editor-group-container.active .view-line', { hasText: `[x] ${VAGUE_GOAL}` }).waitFor();
    assert.match(await workbench.editorText(), new RegExp(`^- \\[x\\] ${VAGUE_GOAL}$`, 'm'));
    await rows('Done (2)').first().waitFor();
    await workbench.page.locator('.tabs-container .tab.active.dirty', { hasText: '2026-11-22-career-conversation.md' }).waitFor();
  });

  it('refresh picks up a journal written outside the editor (screenshot for the README)', async () => {
    assert.ok(workbench?.workspace);
    writeFileSync(join(workbench.workspace, 'career', '2026-10-05-check-in.md'), checkInJournal());
    const page = workbench.page;
    await page.locator('.part.sidebar .action-label[aria-label="Refresh Goals"]').filter({ visible: true }).click();
    await rows(/^Overdue \(\d+\)/).first().waitFor();
    await rows(/^Due soon \(\d+\)/).first().waitFor();
    await rows('Publish the on-call runbook').first().click();
    await page.locator('.tabs-container .tab.active', { hasText: '2026-10-05-check-in.md' }).waitFor();
    // Wide enough for the titles and deadlines, as a reader of the README would size it.
    const sidebar = await page.locator('.part.sidebar').boundingBox();
    assert.ok(sidebar);
    await page.mouse.move(sidebar.x + sidebar.width + 1, sidebar.y + sidebar.height / 2);
    await page.mouse.down();
    await page.mouse.move(sidebar.x + sidebar.width + 300, sidebar.y + sidebar.height / 2, { steps: 5 });
    await page.mouse.up();
    // The tooltip: what the engine understood of the goal.
    await rows('Be more visible in the architecture forum').first().hover();
    await page.locator('.monaco-hover', { hasText: 'Not SMART yet: no measure, no deadline' }).filter({ visible: true }).first().waitFor();
    const path = await workbench.screenshot('goal-tree-readme');
    copyFileSync(path, join(ROOT, 'docs', 'goal-tree.png'));
  });
});

/** A check-in with an overdue and a due-soon goal, dated relative to today. */
function checkInJournal(): string {
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  return [
    '---', 'type: career-journal', 'title: Check-in with Alex', '---', '', '# Check-in with Alex', '', '## Goals', '',
    `- [ ] Publish the on-call runbook for 4 services by ${day(-6)}`,
    `- [ ] Pair with 2 new joiners on their first release by ${day(12)}`,
    '- [ ] Be more visible in the architecture forum',
    '',
  ].join('\n');
}
