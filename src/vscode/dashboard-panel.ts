/**
 * The progress dashboard: a webview panel with the workspace's goal figures, upcoming deadlines
 * and goals per journal. It follows the journal index live, restores after a reload, and acts
 * only on messages it has checked (known type, a journal that is in the index).
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { DASHBOARD_VIEW_TYPE, checkWebviewMessage, type HostMessage, type RevealMessage } from '../protocol/dashboard.js';
import { dashboardData } from './dashboard-data.js';
import { dashboardHtml } from './dashboard-html.js';
import type { FeatureContext } from './extension.js';
import type { JournalIndex } from './journal-index.js';
import { today } from './workspace-paths.js';

const TITLE = 'Career Progress';

/** What became of one message from the webview. */
export interface Received {
  /** The message as it arrived, unchecked. */
  readonly message: unknown;
  readonly handled: boolean;
  /** Why it was ignored, when it was. */
  readonly reason?: string;
}

/**
 * What the dashboard exports from `activate` (under `dashboard`). It lets tests see what the
 * host posts and hand it messages; it can do nothing a webview could not already ask for.
 */
export interface DashboardApi {
  /** Fires with every message the host posts to the dashboard's webview. */
  readonly onDidPost: vscode.Event<HostMessage>;
  /** Fires with every message from the webview, once it was handled or ignored. */
  readonly onDidReceive: vscode.Event<Received>;
  /** The last message posted, if a dashboard was ever open. */
  lastPosted(): HostMessage | undefined;
  /** Handles a message as if the open dashboard's webview had sent it. */
  receive(message: unknown): Promise<Received>;
}

/** What a panel needs from the extension. */
interface PanelDeps {
  readonly extensionUri: vscode.Uri;
  readonly log: vscode.LogOutputChannel;
  readonly index: JournalIndex;
  readonly onPost?: (message: HostMessage) => void;
  readonly onReceive?: (received: Received) => void;
}

/** Registers the Show Progress command and the panel serializer; returns the test API. */
export function registerDashboard({ extension, log, index }: FeatureContext): DashboardApi {
  const posted = new vscode.EventEmitter<HostMessage>();
  const received = new vscode.EventEmitter<Received>();
  let last: HostMessage | undefined;
  let current: DashboardPanel | undefined;
  const deps: PanelDeps = {
    extensionUri: extension.extensionUri,
    log,
    index,
    onPost: (message) => {
      last = message;
      posted.fire(message);
    },
    onReceive: (result) => received.fire(result),
  };
  const attach = (panel: vscode.WebviewPanel): void => {
    current?.dispose();
    const opened = new DashboardPanel(panel, deps);
    current = opened;
    panel.onDidDispose(() => {
      if (current === opened) current = undefined;
    });
  };
  const show = (): void => {
    try {
      if (current) current.panel.reveal();
      else attach(createPanel(extension.extensionUri));
    } catch (error) {
      log.error('Could not open the dashboard:', error);
      void vscode.window.showErrorMessage(`Career Journal: could not open the dashboard: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  extension.subscriptions.push(
    posted,
    received,
    vscode.commands.registerCommand('careerJournal.showProgress', show),
    vscode.window.registerWebviewPanelSerializer(DASHBOARD_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel) => {
        try {
          attach(panel);
        } catch (error) {
          log.error('Could not restore the dashboard:', error);
          panel.dispose();
        }
      },
    }),
    { dispose: () => current?.dispose() },
  );
  return {
    onDidPost: posted.event,
    onDidReceive: received.event,
    lastPosted: () => last,
    receive: async (message) => (current ? current.receive(message) : { message, handled: false, reason: 'no dashboard is open' }),
  };
}

/** A new dashboard panel beside the active editor (or in the active column when there is none). */
function createPanel(extensionUri: vscode.Uri): vscode.WebviewPanel {
  const column = vscode.window.activeTextEditor ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
  return vscode.window.createWebviewPanel(DASHBOARD_VIEW_TYPE, TITLE, column, webviewOptions(extensionUri));
}

/** Scripts on; resources only from `media/` and `dist/webview/`; no command links. */
function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return {
    enableScripts: true,
    enableCommandUris: false,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media'), vscode.Uri.joinPath(extensionUri, 'dist', 'webview')],
  };
}

/** One open dashboard: its page, its updates and the messages from its webview. */
export class DashboardPanel implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private disposed = false;

  constructor(readonly panel: vscode.WebviewPanel, private readonly deps: PanelDeps) {
    const webview = panel.webview;
    webview.options = webviewOptions(deps.extensionUri);
    panel.title = TITLE;
    panel.iconPath = vscode.Uri.joinPath(deps.extensionUri, 'media', 'journal.svg');
    webview.html = dashboardHtml({
      cspSource: webview.cspSource,
      nonce: randomBytes(18).toString('base64'),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(deps.extensionUri, 'dist', 'webview', 'dashboard.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(deps.extensionUri, 'media', 'dashboard.css')).toString(),
    });
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      webview.onDidReceiveMessage((message: unknown) => void this.receive(message)),
      deps.index.onDidChange(() => void this.update()),
    );
    void this.update();
  }

  /** Posts fresh figures (after the index's first scan); a failure is logged, never thrown. */
  async update(): Promise<void> {
    try {
      await this.deps.index.ready();
      if (this.disposed) return;
      const message: HostMessage = { type: 'progress', data: dashboardData(this.deps.index.all(), today()) };
      this.deps.onPost?.(message);
      await this.panel.webview.postMessage(message);
    } catch (error) {
      if (!this.disposed) this.deps.log.warn('Dashboard: could not update:', error);
    }
  }

  /** Checks a message from the webview and acts on it; anything unexpected is ignored and logged. */
  async receive(message: unknown): Promise<Received> {
    let result: Received;
    try {
      result = { message, ...(await this.handle(message)) };
    } catch (error) {
      result = { message, handled: false, reason: `failed: ${error instanceof Error ? error.message : String(error)}` };
    }
    if (!result.handled) this.deps.log.warn(`Dashboard: ignored a message from the webview: ${result.reason ?? 'unknown'}`);
    this.deps.onReceive?.(result);
    return result;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    vscode.Disposable.from(...this.disposables.splice(0)).dispose();
    this.panel.dispose();
  }

  private async handle(value: unknown): Promise<{ handled: boolean; reason?: string }> {
    const checked = checkWebviewMessage(value);
    if (!checked.ok) return { handled: false, reason: checked.reason };
    const message = checked.message;
    switch (message.type) {
      case 'ready':
        await this.update();
        return { handled: true };
      case 'newConversation':
        await vscode.commands.executeCommand('careerJournal.newConversation');
        return { handled: true };
      case 'reveal':
        return this.reveal(message);
    }
  }

  /** Opens an indexed journal at a line, in an editor column other than the dashboard's. */
  private async reveal({ path, line }: RevealMessage): Promise<{ handled: boolean; reason?: string }> {
    await this.deps.index.ready();
    const entry = this.deps.index.all().find((candidate) => candidate.path === path);
    if (!entry || !vscode.workspace.getWorkspaceFolder(entry.uri)) {
      return { handled: false, reason: `reveal of ${JSON.stringify(path.slice(0, 200))}, which is not a journal in this workspace` };
    }
    const document = await vscode.workspace.openTextDocument(entry.uri);
    const at = new vscode.Position(Math.min(line, Math.max(document.lineCount - 1, 0)), 0);
    const beside = this.panel.viewColumn === undefined || this.panel.viewColumn === vscode.ViewColumn.One;
    await vscode.window.showTextDocument(document, {
      viewColumn: beside ? vscode.ViewColumn.Beside : vscode.ViewColumn.One,
      selection: new vscode.Range(at, at),
      preview: false,
    });
    return { handled: true };
  }
}
