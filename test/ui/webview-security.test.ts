/**
 * Webview security, in the real browser: journals whose goal titles, STAR stories, front matter
 * (`title:`, `manager:`) and file names carry HTML, script, `javascript:` link, CSS and template
 * payloads (test/fixtures/payloads/payloads.ts) show as text in the dashboard and the goal tree,
 * and nothing of them runs or becomes markup.
 *
 * Where the payloads would land. The dashboard's content is a nested iframe (`iframe#active-frame`)
 * inside the webview's host iframe, inside the workbench page. The dashboard's script renders
 * into `main#dashboard` of that inner frame, so a payload rendered as HTML would become elements
 * there and its script would run with that frame's `window`. Each payload that can run script
 * sets `window.cjPwned` to its number (`parent.cjPwned` from its own nested frame: the same
 * window). The test gets Playwright's `Frame` for the inner content frame and looks there, and
 * reads the flag in every frame of the page (workbench, webview host, content) for good measure.
 *
 * The detector, three independent ways to see a payload that was not treated as text:
 * 1. structure — the dashboard draws only a fixed set of elements (HTML `header`, `section`,
 *    `button`…, SVG `g`, `rect`, `text`…) with a fixed set of attributes (`class`, `role`,
 *    `aria-label`, `data-key`…). Any other element or attribute under `main#dashboard` (an `img`,
 *    an `onerror`, a `style`, an `href`, a `script`…) is a trace, and so is any change outside it
 *    (an extra `<script>`, `<style>`, style sheet or frame in the document) compared with the page
 *    before the payload journals existed. Markup a payload creates is caught at once, whether or
 *    not the browser would have let it run.
 * 2. script execution — `window.cjPwned` in any frame.
 * 3. the Content-Security-Policy — the page's policy forbids inline scripts and handlers, so any
 *    attempt by rendered content to run one raises a `securitypolicyviolation` event (recorded in
 *    the frame) and a console message (recorded from the page).
 *
 * Why the structure detector matters: the page's CSP (`script-src 'nonce-…'`) blocks inline
 * handlers and `javascript:` URLs even when markup is injected unsafely, so "the flag stayed unset"
 * alone would not show that the text is escaped. The positive control therefore injects each
 * payload unsafely into that same frame (`insertAdjacentHTML`, the markup a Markdown renderer or an
 * entity decoder would produce) and asserts that the structure detector trips for every one, that
 * the CSP recorded violations (the handlers tried to run and were refused: the second layer works),
 * and that the flag is still unset. It also evaluates each payload's script in that frame, as a
 * template engine or `eval` would, and asserts the flag trips: the flag is read from the window
 * the payloads run in. With all three shown able to trip, "nothing found" after the real render
 * means the dashboard put the journal text in as text.
 *
 * `manager:` and the STAR stories are read but shown nowhere (the dashboard counts stories): for
 * them the test checks only that nothing runs or is injected; the STAR figure counts them.
 *
 * The goal tree is VS Code's own tree in the workbench page: its rows must show the literal
 * titles and paths, its tooltips (Markdown, escaped by goal-tree-items.ts) the literal titles, and
 * the sidebar and hovers must hold no element or handler a payload would create.
 */
import * as assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ConsoleMessage, Frame, FrameLocator, Page } from 'playwright-core';
import {
  FILE_NAME_PAYLOADS, FLAG, PAYLOADS, addDays, fileNameGoalTitle, fileNameJournalPath, goalLine, payloadDeadline, payloadJournalPath,
  payloadWorkspace, type Payload,
} from '../fixtures/payloads/payloads.js';
import { STEP_MS, Workbench } from './workbench.js';

/** The window global where the frame's `securitypolicyviolation` events are recorded. */
const VIOLATIONS = 'cjViolations';
/** The window global holding the positive control's container, to remove it after. */
const CONTROL_BOX = 'cjControlBox';

/** The dashboard page as a FrameLocator: the visible webview's host frame, then its content frame. */
function dashboardLocator(page: Page): FrameLocator {
  return page.frameLocator('iframe.webview.ready >> visible=true').frameLocator('iframe#active-frame');
}

/** Playwright's Frame for the dashboard's content (the inner `iframe#active-frame`), to evaluate in. */
async function dashboardFrame(page: Page): Promise<Frame> {
  const inner = page.locator('iframe.webview.ready >> visible=true').contentFrame().locator('iframe#active-frame');
  await inner.waitFor({ state: 'attached' });
  const frame = await (await inner.elementHandle())?.contentFrame();
  assert.ok(frame, 'the dashboard webview has a content frame');
  await frame.locator('#dashboard').waitFor({ state: 'attached' });
  return frame;
}

/** Polls `check` until it returns true; on time-out fails with `describe()`'s account of what it saw. */
async function eventually(check: () => Promise<boolean>, describe: () => Promise<string>, timeout = STEP_MS): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) assert.fail(`timed out after ${timeout} ms: ${await describe()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** What `inspect` reports from inside the dashboard's frame. */
interface Inspection {
  /** `window.cjPwned`, when a payload ran. */
  readonly ran: unknown;
  /** Elements and attributes under `main#dashboard` that the dashboard never draws. */
  readonly inside: string[];
  /** The document outside `main#dashboard`: one `tag[attributes]` per element, plus style sheet and frame counts. */
  readonly outside: string[];
  /** `securitypolicyviolation` events recorded since the listener was installed. */
  readonly violations: string[];
}

/**
 * The detector, evaluated in the dashboard's frame (self-contained: Playwright serialises it).
 * Allowed: exactly what src/webview/render.ts and elements.ts create.
 */
function inspect([flag, violations]: [string, string]): Inspection {
  const HTML = 'http://www.w3.org/1999/xhtml';
  const SVG = 'http://www.w3.org/2000/svg';
  const tags = new Set([
    'html:header', 'html:h1', 'html:h2', 'html:p', 'html:section', 'html:div', 'html:span', 'html:button', 'html:ol',
    'html:ul', 'html:li', 'html:time',
    'svg:svg', 'svg:rect', 'svg:line', 'svg:g', 'svg:text', 'svg:title',
  ]);
  const attributes = new Set([
    'class', 'role', 'aria-label', 'type', 'data-key', 'datetime', 'tabindex', 'viewBox', 'preserveAspectRatio',
    'width', 'height', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'text-anchor',
  ]);
  const globals = window as unknown as Record<string, unknown>;
  const root = document.getElementById('dashboard');
  const inside: string[] = [];
  const outside: string[] = [];
  if (!root) inside.push('main#dashboard is gone');
  for (const element of Array.from(document.querySelectorAll('*'))) {
    const ns = element.namespaceURI === HTML ? 'html' : element.namespaceURI === SVG ? 'svg' : String(element.namespaceURI);
    const names = Array.from(element.attributes, (attribute) => attribute.name);
    if (root && root !== element && root.contains(element)) {
      if (!tags.has(`${ns}:${element.localName}`)) inside.push(`element <${element.localName}> (${ns})`);
      for (const name of names) if (!attributes.has(name)) inside.push(`attribute ${name} on <${element.localName}>`);
    } else {
      const own = element.localName === 'body' ? names.filter((name) => !name.startsWith('data-vscode-')) : names;
      outside.push(`${ns}:${element.localName}[${own.sort().join(',')}]`);
    }
    for (const name of names) if (/^on/i.test(name)) inside.push(`event handler ${name} on <${element.localName}>`);
  }
  outside.push(`style sheets: ${document.styleSheets.length}`, `frames: ${window.frames.length}`, `location: ${location.pathname}`);
  const recorded = globals[violations];
  return { ran: globals[flag], inside, outside, violations: Array.isArray(recorded) ? recorded.map(String) : [] };
}

/** Starts recording the frame's CSP violations in `window[name]`. */
function recordViolations(name: string): void {
  const globals = window as unknown as Record<string, unknown>;
  if (Array.isArray(globals[name])) return;
  const list: string[] = [];
  globals[name] = list;
  document.addEventListener('securitypolicyviolation', (event) => {
    list.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}${event.sample ? `: ${event.sample}` : ''}`);
  });
}

/** `window.cjPwned` in every frame of the page that has one (frames that went away are skipped). */
async function flagsInAllFrames(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const frame of page.frames()) {
    try {
      const value = await frame.evaluate((flag) => (window as unknown as Record<string, unknown>)[flag], FLAG);
      if (value !== undefined) found.push(`${frame.url().slice(0, 100)}: ${FLAG} = ${String(value)}`);
    } catch {
      // detached while we looked
    }
  }
  return found;
}

/** Lets pending events (image errors, toggles, loads) fire: two animation frames and a task. */
async function settle(frame: Frame): Promise<void> {
  await frame.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 100)))));
}

/** The local date `YYYY-MM-DD`: the extension host's "today" (same machine, same zone). */
function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

const ALL: readonly Payload[] = [...PAYLOADS, ...FILE_NAME_PAYLOADS];

describe('Webview security (UI): hostile journal text is shown as text, never run', function () {
  let workbench: Workbench | undefined;
  /** CSP messages from any frame's console, each marked with the test it came in. */
  const cspConsole: string[] = [];
  let phase = 'start';
  const cspMessagesOf = (name: string): string[] => cspConsole.filter((line) => line.startsWith(`[${name}] `));
  /** The content frame's document before the payload journals existed (outside main#dashboard). */
  let baseline: string[] = [];
  const today = localToday();

  before(async function () {
    workbench = await Workbench.start({ name: 'webview-security' });
    workbench.page.on('console', (message: ConsoleMessage) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) cspConsole.push(`[${phase}] ${message.text().slice(0, 300)}`);
    });
  });

  afterEach(async function () {
    await workbench?.screenshot(`webview-security ${this.currentTest?.title ?? 'test'}`);
  });

  after(async function () {
    await workbench?.stop();
  });

  it('the dashboard page has a strict Content-Security-Policy: a nonce for its one script, no inline script or style', async () => {
    assert.ok(workbench);
    phase = 'csp';
    const { page } = workbench;
    await page.locator('.part.activitybar .action-label[aria-label^="Career Journal"]').waitFor();
    await workbench.runCommand('Career Journal: Show Progress');
    await dashboardLocator(page).getByRole('group', { name: 'Goals done', exact: true }).waitFor();
    const frame = await dashboardFrame(page);
    const shell = await frame.evaluate(() => ({
      policies: Array.from(document.querySelectorAll('meta[http-equiv="Content-Security-Policy" i]'), (meta) => meta.getAttribute('content') ?? ''),
      scripts: Array.from(document.querySelectorAll('script'), (script) => ({ src: script.getAttribute('src'), nonce: script.nonce, inline: !script.src && (script.textContent ?? '').trim().length > 0, id: script.id })),
    }));
    assert.equal(shell.policies.length, 1, 'one CSP meta tag');
    const directives = new Map((shell.policies[0] ?? '').split(';').map((part) => part.trim().split(/\s+/)).filter((words) => words[0]).map(([name = '', ...values]) => [name, values]));
    assert.deepEqual(directives.get('default-src'), ["'none'"], 'nothing is allowed by default');
    const scriptSrc = directives.get('script-src') ?? [];
    const nonces = scriptSrc.filter((value) => /^'nonce-[A-Za-z0-9+/=_-]{16,}'$/.test(value));
    assert.equal(nonces.length, 1, `script-src has one nonce: ${scriptSrc.join(' ')}`);
    assert.deepEqual(scriptSrc, nonces, `script-src is the nonce only: no 'unsafe-inline', 'unsafe-eval', host or scheme (${scriptSrc.join(' ')})`);
    for (const [name, values] of directives) {
      assert.ok(!values.some((value) => /^'unsafe-(inline|eval|hashes)'$|^\*$|^(https?|data|blob):?$/.test(value) && !(name === 'img-src' && value === 'data:')),
        `${name} allows nothing inline or from anywhere: ${values.join(' ')}`);
    }
    const nonce = (nonces[0] ?? '').slice("'nonce-".length, -1);
    const ours = shell.scripts.filter((script) => script.src?.endsWith('/dist/webview/dashboard.js'));
    assert.equal(ours.length, 1, `the dashboard's script: ${JSON.stringify(shell.scripts)}`);
    assert.equal(ours[0]?.nonce, nonce, 'the script carries the policy\'s nonce');
    assert.deepEqual(shell.scripts.filter((script) => script.inline && script.nonce !== nonce && !script.id), [], 'no other inline script');
    await frame.evaluate(recordViolations, VIOLATIONS);
    const clean = await frame.evaluate(inspect, [FLAG, VIOLATIONS] as [string, string]);
    assert.deepEqual(clean.inside, [], 'the detector finds nothing on the sample workspace\'s dashboard');
    assert.equal(clean.ran, undefined);
    baseline = clean.outside;
    assert.deepEqual(cspMessagesOf('csp'), [], 'the page breaks no CSP rule');
  });

  it('shows every payload as text in the dashboard: titles, next check-in, chart, file names; nothing runs or is injected', async () => {
    assert.ok(workbench?.workspace);
    phase = 'dashboard';
    const { page } = workbench;
    const dashboard = dashboardLocator(page);
    const journalCount = async () => Number(/^(\d+) journals? · as of /.exec(await dashboard.locator('header .muted').innerText())?.[1]);
    const journalsBefore = await journalCount();
    const storyCount = async () => Number(/ of (\d+) complete$/.exec(await dashboard.getByRole('group', { name: 'STAR stories', exact: true }).locator('.detail').innerText())?.[1]);
    const storiesBefore = await storyCount();
    const files = payloadWorkspace(today);
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(workbench.workspace, path)), { recursive: true });
      writeFileSync(join(workbench.workspace, path), text);
    }
    await workbench.runCommand('Career Journal: Refresh Goals');
    const goals = dashboard.locator('.timeline li .goal');
    // Goal titles in the deadlines timeline, exactly as written.
    await eventually(async () => {
      const shown = await goals.allTextContents();
      return PAYLOADS.every((payload) => shown.includes(payload.text)) && FILE_NAME_PAYLOADS.every((payload) => shown.includes(fileNameGoalTitle(payload, today)));
    }, async () => `timeline goals:\n${(await goals.allTextContents()).join('\n')}`, STEP_MS * 2);
    for (const payload of PAYLOADS) {
      const button = goals.filter({ hasText: payload.text }).first();
      assert.equal(await button.textContent(), payload.text, `goal ${payload.id} (${payload.name}) as text`);
      assert.equal(await button.getAttribute('data-key'), `goal:${payloadJournalPath(payload)}:${goalLine(files[payloadJournalPath(payload)] ?? '')}`, 'the path is attribute data, quotes and all');
      assert.ok(await button.isVisible(), `goal ${payload.id} is shown`);
    }
    const shownGoals = await goals.allInnerTexts();
    for (const payload of PAYLOADS) assert.ok(shownGoals.includes(payload.text), `innerText of goal ${payload.id}: ${payload.text}`);
    // Journal titles (front matter `title:`), and file names for the journals that have none.
    const journals = await dashboard.locator('.chart .journals li button').allTextContents();
    for (const payload of PAYLOADS) assert.ok(journals.includes(payload.text), `journal title ${payload.id} as text; got:\n${journals.join('\n')}`);
    for (const payload of FILE_NAME_PAYLOADS) assert.ok(journals.includes(fileNameJournalPath(payload)), `file name ${payload.id} as text; got:\n${journals.join('\n')}`);
    // Where each deadline comes from: the path, in the timeline.
    const where = await dashboard.locator('.timeline li .where').allTextContents();
    for (const payload of FILE_NAME_PAYLOADS) {
      const expected = `${fileNameJournalPath(payload)}:5 · by ${payloadDeadline(payload, today)}`;
      assert.ok(where.includes(expected), `"${expected}" in the timeline; got:\n${where.join('\n')}`);
    }
    // The chart: titles in SVG <title> text and aria-label attributes.
    const bars = await dashboard.locator('.chart svg g.bar').evaluateAll((groups) => groups.map((group) => ({
      label: group.getAttribute('aria-label') ?? '', title: group.querySelector('title')?.textContent ?? '', key: group.getAttribute('data-key') ?? '',
    })));
    for (const payload of PAYLOADS) {
      const label = `${payload.text} (undated): 0 of 1 goals done`;
      assert.ok(bars.some((bar) => bar.label === label && bar.title === label && bar.key === `journal:${payloadJournalPath(payload)}`), `chart bar of ${payload.id}: ${label}`);
    }
    for (const payload of FILE_NAME_PAYLOADS) {
      assert.ok(bars.some((bar) => bar.label.startsWith(`${fileNameJournalPath(payload)} (undated)`) && bar.key === `journal:${fileNameJournalPath(payload)}`), `chart bar of file name ${payload.id}`);
    }
    // The next check-in names the first payload's journal.
    const first = PAYLOADS[0];
    assert.ok(first);
    assert.equal(await dashboard.locator('.next button').textContent(), `${addDays(today, 3)} — ${first.text}`);

    // The detector: no foreign element or attribute, the document unchanged outside the dashboard, no script ran, no CSP violation.
    const frame = await dashboardFrame(page);
    await settle(frame);
    const found = await frame.evaluate(inspect, [FLAG, VIOLATIONS] as [string, string]);
    assert.deepEqual(found.inside, [], 'no element or attribute a payload would create');
    assert.deepEqual(found.outside, baseline, 'nothing added to the document outside the dashboard');
    assert.equal(found.ran, undefined, 'no payload ran in the dashboard frame');
    assert.deepEqual(found.violations, [], 'nothing even tried to run an inline script or load a style (CSP events in the frame)');
    assert.deepEqual(await flagsInAllFrames(page), [], 'no payload ran in any frame');
    assert.deepEqual(cspMessagesOf('dashboard'), [], 'no CSP violation in any frame\'s console');
    assert.equal(await journalCount(), journalsBefore + Object.keys(files).length, 'every payload journal is counted');
    assert.equal(await storyCount(), storiesBefore + PAYLOADS.length, 'every payload STAR story is counted');
    await dashboard.locator('.chart .journals').scrollIntoViewIfNeeded();
    await workbench.screenshot('webview-security dashboard chart and file names');
  });

  it('shows every payload as text in the goal tree: labels, file names and tooltips; nothing runs or is injected', async () => {
    assert.ok(workbench);
    phase = 'tree';
    const { page } = workbench;
    const before = await page.evaluate(workbenchTraces);
    await page.locator('.part.activitybar .action-label[aria-label^="Career Journal"]').click();
    const labels = page.locator('.part.sidebar .monaco-list-row .label-name');
    await eventually(async () => {
      const shown = await labels.allTextContents();
      return PAYLOADS.every((payload) => shown.includes(payload.text));
    }, async () => `goal tree labels:\n${(await labels.allTextContents()).join('\n')}`);
    for (const payload of PAYLOADS) {
      const row = page.locator('.part.sidebar .monaco-list-row').filter({ has: page.locator('.label-name').getByText(payload.text, { exact: true }) }).first();
      assert.equal(await row.locator('.label-name').textContent(), payload.text, `tree label ${payload.id} (${payload.name})`);
      assert.equal(await row.locator('.label-name').innerText(), payload.text);
      assert.match(await row.locator('.label-description').textContent() ?? '', new RegExp(`^by ${payloadDeadline(payload, today)} · career/payload-\\d+\\.md$`));
      assert.ok((await row.getAttribute('aria-label'))?.startsWith(`${payload.text}, open, by `), `the row's accessible name starts with the title: ${await row.getAttribute('aria-label')}`);
      // The tooltip: Markdown made of escaped journal text, shown as the literal title.
      await row.hover();
      const hover = page.locator('.monaco-hover').filter({ visible: true }).filter({ hasText: 'Status:' }).last();
      await hover.filter({ hasText: payload.text }).waitFor();
      assert.equal(await hover.locator('strong').first().textContent(), payload.text, `tooltip title ${payload.id}`);
    }
    for (const payload of FILE_NAME_PAYLOADS) {
      const row = page.locator('.part.sidebar .monaco-list-row').filter({ has: page.locator('.label-name').getByText(fileNameGoalTitle(payload, today), { exact: true }) }).first();
      assert.equal(await row.locator('.label-description').textContent(), `by ${payloadDeadline(payload, today)} · ${fileNameJournalPath(payload)}`, `file name ${payload.id} as text in the tree`);
    }
    await page.mouse.move(0, 0);
    const after = await page.evaluate(workbenchTraces);
    assert.deepEqual(after.filter((trace) => !before.includes(trace)), [], 'no element or handler a payload would create in the sidebar or a hover');
    assert.deepEqual(await flagsInAllFrames(page), [], 'no payload ran in any frame');
    assert.deepEqual(cspMessagesOf('tree'), [], 'no CSP violation in any frame\'s console');
  });

  it('positive control: the same payloads injected unsafely into the dashboard frame trip the detector', async () => {
    assert.ok(workbench);
    phase = 'control';
    const { page } = workbench;
    await page.locator('.tabs-container .tab', { hasText: 'Career Progress' }).click();
    const frame = await dashboardFrame(page);
    await frame.evaluate(recordViolations, VIOLATIONS);
    const clean = await frame.evaluate(inspect, [FLAG, VIOLATIONS] as [string, string]);
    assert.deepEqual([clean.inside, clean.ran], [[], undefined], 'clean before the control');
    const tripped: string[] = [];
    for (const payload of ALL) {
      const markup = payload.kind === 'template' ? undefined : payload.html ?? payload.text;
      if (markup !== undefined) {
        // Unsafe rendering, as `innerHTML` would do it, into the dashboard's own root.
        await frame.evaluate(([html, name]) => {
          const box = document.createElement('div');
          document.getElementById('dashboard')?.appendChild(box);
          box.insertAdjacentHTML('beforeend', html);
          (window as unknown as Record<string, unknown>)[name] = box;
        }, [markup, CONTROL_BOX] as [string, string]);
        const found = await frame.evaluate(inspect, [FLAG, VIOLATIONS] as [string, string]);
        const traces = [...found.inside, ...found.outside.filter((line) => !baseline.includes(line))];
        assert.ok(traces.length > 0, `the structure detector trips on payload ${payload.id} (${payload.name}) rendered as HTML`);
        tripped.push(`${payload.id}: ${traces.join('; ')}`);
        await settle(frame);
        await frame.evaluate((name) => ((window as unknown as Record<string, Element | undefined>)[name])?.remove(), CONTROL_BOX);
      }
      if (payload.code !== undefined) {
        // Its script run in the frame, as a template engine or eval would: the flag is where the detector looks.
        await frame.evaluate(payload.code);
        const found = await frame.evaluate(inspect, [FLAG, VIOLATIONS] as [string, string]);
        assert.equal(found.ran, payload.id, `the script-execution detector trips on payload ${payload.id} (${payload.name})`);
        await frame.evaluate((flag) => delete (window as unknown as Record<string, unknown>)[flag], FLAG);
      }
    }
    // The CSP saw the injected handlers, scripts and style sheets try, and refused them all.
    const found = await frame.evaluate(inspect, [FLAG, VIOLATIONS] as [string, string]);
    assert.ok(found.violations.some((line) => /^script-src/.test(line)), `the CSP refused inline script: ${found.violations.join('\n')}`);
    assert.ok(found.violations.some((line) => /^style-src/.test(line)), `the CSP refused the injected style sheet: ${found.violations.join('\n')}`);
    assert.ok(cspMessagesOf('control').length > 0, 'the console recorded the refusals too');
    assert.equal(found.ran, undefined, 'injected unsafely, still no payload ran: the CSP is the second layer');
    assert.deepEqual(found.inside, [], 'the control cleaned up after itself');
    console.log(`      structure traces per payload:\n${tripped.map((line) => `        ${line.slice(0, 160)}`).join('\n')}\n      CSP violations recorded: ${found.violations.length}`);
  });
});

/**
 * Evaluated in the workbench page: elements and handlers in the sidebar and hovers that a payload
 * would create. VS Code draws no images, frames or scripts there, and sets no inline handlers.
 */
function workbenchTraces(): string[] {
  const traces: string[] = [];
  for (const container of Array.from(document.querySelectorAll('.part.sidebar, .monaco-hover'))) {
    for (const element of Array.from(container.querySelectorAll('img, iframe, object, embed, script, details, noscript, a[href^="javascript:" i], svg[onload], b[style]'))) {
      traces.push(`<${element.localName}> ${element.outerHTML.slice(0, 80)}`);
    }
    // Monaco's lists add <style> elements of their own; a payload's would name the attacker's host.
    for (const style of Array.from(container.querySelectorAll('style'))) {
      if (/attacker\.invalid/.test(style.textContent ?? '')) traces.push(`<style> ${(style.textContent ?? '').slice(0, 80)}`);
    }
    for (const element of Array.from(container.querySelectorAll('*'))) {
      for (const attribute of Array.from(element.attributes)) {
        if (/^on/i.test(attribute.name) || attribute.name === 'srcdoc') traces.push(`${attribute.name} on <${element.localName}>`);
      }
    }
  }
  return traces;
}
