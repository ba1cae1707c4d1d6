/**
 * Drives a real VS Code workbench (code-server + headless Chromium) like a person: explorer,
 * quick open, command palette, typing, the Problems panel, screenshots. One Workbench per
 * `describe`: `before` starts it, `afterEach` screenshots, `after` stops it (also on failure).
 */
import { mkdirSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import {
  launchChromium, startCodeServer, workbenchUrl, type CodeServer,
} from '../../scripts/lib/code-server.mjs';
import { ROOT, copySampleWorkspace } from '../../scripts/lib/sample-workspace.mjs';

/** Where screenshots and logs go (git-ignored). */
export const RESULTS = join(ROOT, 'test-results');
const SCREENSHOTS = join(RESULTS, 'screenshots');
const LOGS = join(RESULTS, 'logs');

/** How long a UI step waits for the workbench to react. */
export const STEP_MS = 20_000;

/** How to start a workbench. */
export interface StartOptions {
  /** Names the log files under test-results/logs. */
  readonly name: string;
  /** Load this repository as the extension under development (default true). */
  readonly withExtension?: boolean;
  /** A file to open at start, relative to the workspace. */
  readonly openFile?: string;
  /** An extensions dir to use (e.g. with a .vsix installed); default a fresh empty one. */
  readonly extensionsDir?: string;
  /** Extra VS Code user settings. */
  readonly settings?: Record<string, unknown>;
}

/** A started (or attached) workbench page and what it takes to stop it. */
export class Workbench {
  private constructor(
    readonly page: Page,
    /** Absolute path of the workspace shown (a temp copy of the sample workspace), if known. */
    readonly workspace: string | undefined,
    private readonly cleanups: Array<() => Promise<void> | void>,
  ) {}

  /** Starts code-server on a copy of the sample workspace and opens it in Chromium. */
  static async start(options: StartOptions): Promise<Workbench> {
    const cleanups: Array<() => Promise<void> | void> = [];
    try {
      mkdirSync(LOGS, { recursive: true });
      const copy = copySampleWorkspace();
      cleanups.push(() => copy.remove());
      const server: CodeServer = await startCodeServer({
        logFile: join(LOGS, `${options.name}.code-server.log`),
        settings: options.settings ?? {},
        ...(options.extensionsDir ? { extensionsDir: options.extensionsDir } : {}),
      });
      cleanups.unshift(() => server.stop());
      const url = workbenchUrl(server.url, {
        folder: copy.path,
        ...(options.withExtension === false ? {} : { extensionDevelopmentPath: ROOT }),
        ...(options.openFile ? { openFile: join(copy.path, options.openFile) } : {}),
      });
      const workbench = await Workbench.attach(url, options.name, cleanups, copy.path);
      return workbench;
    } catch (error) {
      await runAll(cleanups);
      throw error;
    }
  }

  /** Opens an already running workbench URL (e.g. the one `npm start` prints). */
  static async open(url: string, name: string, workspace?: string): Promise<Workbench> {
    return Workbench.attach(url, name, [], workspace);
  }

  private static async attach(url: string, name: string, cleanups: Array<() => Promise<void> | void>, workspace?: string) {
    mkdirSync(LOGS, { recursive: true });
    let browser: Browser | undefined;
    try {
      browser = await launchChromium();
      const opened = browser;
      cleanups.unshift(() => opened.close());
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      const consoleLog = join(LOGS, `${name}.console.log`);
      writeFileSync(consoleLog, '');
      page.on('console', (message) => appendFileSync(consoleLog, `[${message.type()}] ${message.text()}\n`));
      page.on('pageerror', (error) => appendFileSync(consoleLog, `[pageerror] ${error.message}\n`));
      page.setDefaultTimeout(STEP_MS);
      await page.goto(url);
      await page.locator('.monaco-workbench .part.editor').waitFor({ timeout: 60_000 });
      await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
      return new Workbench(page, workspace, cleanups);
    } catch (error) {
      await runAll(cleanups);
      throw error;
    }
  }

  /** Stops Chromium and code-server and removes the workspace copy; safe to call twice. */
  async stop(): Promise<void> {
    await runAll(this.cleanups.splice(0));
  }

  /** Saves a screenshot as test-results/screenshots/<name>.png and returns its path. */
  async screenshot(name: string): Promise<string> {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const path = join(SCREENSHOTS, `${name.replace(/[^\w.-]+/g, '-').replace(/^-|-$/g, '')}.png`);
    await this.page.screenshot({ path });
    return path;
  }

  /** Opens a file by clicking through the explorer tree (`career/x.md`). */
  async openFromExplorer(relativePath: string): Promise<void> {
    const parts = relativePath.split('/');
    for (const [index, part] of parts.entries()) {
      const row = this.page.locator(`.explorer-folders-view .monaco-list-row[aria-level="${index + 1}"]`, { hasText: part }).first();
      await row.waitFor();
      const isFolder = index < parts.length - 1;
      if (isFolder && (await row.getAttribute('aria-expanded')) === 'true') continue;
      await row.click();
    }
    await this.waitForActiveTab(parts[parts.length - 1] ?? relativePath);
  }

  /** Opens a file with Quick Open (Ctrl+P), typing its path. */
  async quickOpen(relativePath: string): Promise<void> {
    await this.page.keyboard.press('Control+P');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(relativePath);
    const fileName = relativePath.split('/').pop() ?? relativePath;
    await this.page.locator('.quick-input-list .monaco-list-row', { hasText: fileName }).first().waitFor();
    await this.page.keyboard.press('Enter');
    await this.waitForActiveTab(fileName);
  }

  /** Runs a command from the command palette (F1) by its label, e.g. "View: Focus Problems". */
  async runCommand(label: string): Promise<void> {
    await this.startCommand(label);
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  }

  /**
   * Picks a command in the command palette (F1) and leaves whatever it asks open. Reopens the
   * palette while the command is not listed yet: right after start-up the extension's
   * contributions may still be loading, and an open palette does not refresh its list.
   */
  async startCommand(label: string, timeout = STEP_MS): Promise<void> {
    const input = this.page.locator('.quick-input-widget input');
    const row = this.page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first();
    const deadline = Date.now() + timeout;
    for (;;) {
      await this.page.keyboard.press('F1');
      await input.waitFor();
      await input.fill(`>${label}`);
      try {
        await row.waitFor({ timeout: 2_000 });
        break;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await this.page.keyboard.press('Escape');
      }
    }
    await this.page.keyboard.press('Enter');
  }

  /** Puts the cursor at the end of the active editor's text and types, key by key. */
  async typeAtEnd(text: string): Promise<void> {
    await this.focusEditor();
    await this.page.keyboard.press('Control+End');
    await this.page.keyboard.type(text, { delay: 5 });
  }

  /** The active editor's visible text (Monaco renders lines with non-breaking spaces). */
  async editorText(): Promise<string> {
    const lines = await this.page.locator('.editor-group-container.active .monaco-editor .view-line').allInnerTexts();
    return lines.join('\n').replace(/\u00a0/g, ' ');
  }

  /** Opens the Problems panel with its keyboard shortcut (Ctrl+Shift+M). */
  async openProblems(): Promise<void> {
    await this.page.keyboard.press('Control+Shift+M');
    await this.page.locator('.markers-panel').waitFor();
  }

  /** The rows of the Problems panel as text: message, source, code and position. */
  async problems(): Promise<string[]> {
    const rows = this.page.locator('.markers-panel .monaco-list-row');
    return (await rows.allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
  }

  /** Waits until a Problems row contains the text (the panel must be open). */
  async waitForProblem(text: string, timeout = STEP_MS): Promise<void> {
    await this.page.locator('.markers-panel .monaco-list-row', { hasText: text }).first().waitFor({ timeout });
  }

  /** Waits until no Problems row contains the text. */
  async waitForNoProblem(text: string, timeout = STEP_MS): Promise<void> {
    await this.page.locator('.markers-panel .monaco-list-row', { hasText: text }).first().waitFor({ state: 'detached', timeout });
  }

  private async focusEditor(): Promise<void> {
    await this.page.locator('.editor-group-container.active .monaco-editor .view-lines').click();
  }

  private async waitForActiveTab(fileName: string): Promise<void> {
    await this.page.locator('.tabs-container .tab.active', { hasText: fileName }).waitFor();
    await this.page.locator('.editor-group-container.active .monaco-editor .view-lines').waitFor();
  }
}

async function runAll(cleanups: Array<() => Promise<void> | void>): Promise<void> {
  for (const cleanup of cleanups.splice(0)) {
    try {
      await cleanup();
    } catch (error) {
      console.error('cleanup failed:', error);
    }
  }
}
