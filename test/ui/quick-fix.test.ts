import * as assert from 'node:assert/strict';
import { Workbench } from './workbench.js';

/** The sample journal's goal without a deadline (1-based line, as the Problems panel shows it). */
const SAMPLE = 'career/2026-11-22-career-conversation.md';
const GOAL_LINE = 26;

describe('The quick fix menu (UI)', function () {
  let workbench: Workbench | undefined;

  before(async function () {
    workbench = await Workbench.start({ name: 'quick-fix' });
  });

  afterEach(async function () {
    await workbench?.screenshot(`quick-fix ${this.currentTest?.title ?? 'test'}`);
  });

  after(async function () {
    await workbench?.stop();
  });

  /** Moves the cursor to a 1-based line with Go to Line (Ctrl+G). */
  async function goToLine(line: number): Promise<void> {
    assert.ok(workbench);
    await workbench.page.locator('.editor-group-container.active .monaco-editor .view-lines').click();
    await workbench.page.keyboard.press('Control+G');
    const input = workbench.page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(`:${line}`);
    await workbench.page.keyboard.press('Enter');
    await workbench.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  }

  /**
   * Opens the quick fix menu (Ctrl+.) and picks the entry containing `text` with the arrow keys and
   * Enter, as a keyboard user would (the menu blocks pointer events while it opens).
   */
  async function pickQuickFix(text: string): Promise<void> {
    assert.ok(workbench);
    const page = workbench.page;
    const entry = page.locator('.action-widget .monaco-list-row.action', { hasText: text }).first();
    // The editor learns of new diagnostics a moment after the Problems panel shows them; until
    // then Ctrl+. answers "No code actions available". Ask again until the entry is offered.
    const deadline = Date.now() + 20_000;
    for (;;) {
      await page.keyboard.press('Control+.');
      try {
        await entry.waitFor({ timeout: 2_000 });
        break;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await page.keyboard.press('Escape');
      }
    }
    const focused = page.locator('.action-widget .monaco-list-row.action.focused');
    const seen: string[] = [];
    for (let step = 0; step < 30; step++) {
      const label = (await focused.getAttribute('aria-label')) ?? '';
      if (label.includes(text)) break;
      seen.push(label);
      await page.keyboard.press('ArrowDown');
    }
    assert.ok(((await focused.getAttribute('aria-label')) ?? '').includes(text), `no quick fix '${text}' among: ${seen.join(' | ')}`);
    await page.keyboard.press('Enter');
    await page.locator('.action-widget').waitFor({ state: 'hidden' });
  }

  it('adds a deadline to a goal with Ctrl+. and the Problems panel stops listing it', async () => {
    assert.ok(workbench);
    await workbench.openFromExplorer(SAMPLE);
    await workbench.openProblems();
    await workbench.waitForProblem('smart-missing-deadline');
    await goToLine(GOAL_LINE);
    await pickQuickFix('(end of this quarter)');
    await workbench.page.locator('.editor-group-container.active .view-line', { hasText: 'design docs by ' }).waitFor();
    assert.match(await workbench.editorText(), /^- \[ \] Get better at writing design docs by \d{4}-\d\d-\d\d$/m);
    await workbench.waitForNoProblem('smart-missing-deadline');
    const rows = await workbench.problems();
    assert.ok(rows.some((row) => row.includes('smart-missing-measure') && row.includes(`Ln ${GOAL_LINE}`)),
      `the goal still has no measure:\n${rows.join('\n')}`);
  });

  it('adds a custom deadline typed in words, showing the day it means before it is added', async () => {
    assert.ok(workbench);
    await workbench.runCommand('View: Close All Editors');
    await workbench.quickOpen('career/next-steps.md');
    await workbench.typeAtEnd('- [ ] Run 4 mock interviews');
    await workbench.waitForProblem('smart-missing-deadline');
    await pickQuickFix('custom date…');
    const input = workbench.page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.pressSequentially('nonsense', { delay: 5 });
    await workbench.page.locator('.quick-input-message', { hasText: 'Cannot read' }).waitFor();
    await input.fill('');
    await input.pressSequentially('end of Q2', { delay: 5 });
    const message = workbench.page.locator('.quick-input-message', { hasText: "Adds 'by " });
    await message.waitFor();
    await workbench.screenshot('quick-fix custom date input');
    const day = /by (\d{4}-06-30)/.exec(await message.innerText())?.[1];
    assert.ok(day, `the input box shows the day: ${await message.innerText()}`);
    await workbench.page.keyboard.press('Enter');
    await workbench.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    await workbench.page.locator('.editor-group-container.active .view-line', { hasText: `by ${day}` }).waitFor();
    assert.match(await workbench.editorText(), new RegExp(`^- \\[ \\] Run 4 mock interviews by ${day}$`, 'm'));
    await workbench.waitForNoProblem('smart-missing-deadline');
  });
});
