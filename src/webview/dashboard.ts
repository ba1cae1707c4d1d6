/// <reference lib="dom" />
/**
 * The dashboard's page script (bundled to dist/webview/dashboard.js). It draws what the host
 * sends, keeps the last figures in the webview state so a reload shows them at once, and asks
 * the host, by message only, to open a journal or start a new conversation.
 */
import { isProgressMessage, type DashboardData, type WebviewMessage } from '../protocol/dashboard.js';
import { render, type Actions } from './render.js';

/** The API VS Code gives a webview page (once). */
interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('dashboard');

const actions: Actions = {
  reveal: (path, line) => vscode.postMessage({ type: 'reveal', path, line }),
  newConversation: () => vscode.postMessage({ type: 'newConversation' }),
};

function show(data: DashboardData): void {
  if (!root) return;
  try {
    render(root, data, actions);
  } catch (error) {
    root.replaceChildren();
    const message = document.createElement('p');
    message.textContent = `The dashboard could not be drawn: ${error instanceof Error ? error.message : String(error)}`;
    root.appendChild(message);
  }
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (!isProgressMessage(event.data)) return;
  vscode.setState(event.data);
  show(event.data.data);
});

const saved = vscode.getState();
if (isProgressMessage(saved)) show(saved.data);
vscode.postMessage({ type: 'ready' });
