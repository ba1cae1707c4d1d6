import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { STEP_MS, Workbench } from './workbench.js';

describe('New Career Conversation (UI)', function () {
  let workbench: Workbench | undefined;

  before(async function () {
    workbench = await Workbench.start({ name: 'new-conversation' });
  });

  afterEach(async function () {
    await workbench?.screenshot(`new-conversation ${this.currentTest?.title ?? 'test'}`);
  });

  after(async function () {
    await workbench?.stop();
  });

  it('F1 → New Career Conversation → a template, a manager, a date → the journal opens', async () => {
    assert.ok(workbench?.workspace);
    const page = workbench.page;
    const input = page.locator('.quick-input-widget input');
    await workbench.startCommand('New Career Conversation');

    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Conversation plan' }).first().click({ timeout: STEP_MS });
    await page.locator('.quick-input-widget', { hasText: "manager's name" }).waitFor({ timeout: STEP_MS });
    await input.fill('Jordan Lee');
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget', { hasText: 'date of the conversation' }).waitFor({ timeout: STEP_MS });
    await input.fill('2027-01-15');
    await page.keyboard.press('Enter');

    await page.locator('.tabs-container .tab.active', { hasText: '2027-01-15-' }).waitFor({ timeout: STEP_MS });
    const text = (await page.locator('.editor-group-container.active .monaco-editor .view-line').allInnerTexts()).join('\n');
    assert.match(text.replace(/\u00a0/g, ' '), /manager: Jordan Lee/);
    const career = join(workbench.workspace, 'career');
    const created = readdirSync(career).find((name) => name.startsWith('2027-01-15-'));
    assert.ok(created && existsSync(join(career, created)), `a new journal in career/: ${readdirSync(career).join(', ')}`);
    assert.match(readFileSync(join(career, created), 'utf8'), /^---\ntype: career-journal\n/);
  });
});
