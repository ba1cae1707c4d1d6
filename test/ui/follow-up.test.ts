import * as assert from 'node:assert/strict';
import { STEP_MS, Workbench } from './workbench.js';

describe('Follow-up email and snippets (UI)', function () {
  let workbench: Workbench | undefined;

  before(async function () {
    workbench = await Workbench.start({ name: 'follow-up' });
  });

  afterEach(async function () {
    await workbench?.screenshot(`follow-up ${this.currentTest?.title ?? 'test'}`);
  });

  after(async function () {
    await workbench?.stop();
  });

  it('drafts the follow-up email of the open journal in a new editor', async () => {
    assert.ok(workbench);
    await workbench.quickOpen('career/2026-11-22-career-conversation.md');
    await workbench.runCommand('Draft Follow-up Email');
    await workbench.page.locator('.tabs-container .tab.active', { hasText: 'Untitled' }).waitFor({ timeout: STEP_MS });
    const text = await workbench.editorText();
    assert.match(text, /^Subject: Follow-up: /);
    assert.match(text, /Thank you for the conversation/);
  });

  it('expands the star snippet from the suggestions', async () => {
    assert.ok(workbench);
    await workbench.quickOpen('career/next-steps.md');
    await workbench.typeAtEnd('\nstar');
    await workbench.page.keyboard.press('Control+Space'); // Markdown has no quick suggestions by default
    await workbench.page.locator('.suggest-widget .monaco-list-row', { hasText: 'star' }).first().waitFor({ timeout: STEP_MS });
    await workbench.page.keyboard.press('Enter');
    await workbench.page.locator('.view-line', { hasText: 'Situation:' }).first().waitFor({ timeout: STEP_MS });
    assert.match(await workbench.editorText(), /### STAR: What you achieved/);
  });
});
