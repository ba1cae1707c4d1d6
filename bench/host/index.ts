/**
 * The extension-host part of `npm run bench`, run inside a real VS Code (code-server) as
 * `extensionTestsPath` by bench/host.mjs. Measures, with the event loop's delay histogram:
 * activation, opening a 1 MB journal until its diagnostics show, and typing into its middle
 * (a character every 40 ms, a pause after each word) until the diagnostics catch up. Writes the
 * figures as JSON to CAREER_JOURNAL_BENCH_OUT. A benchmark: it measures, it asserts nothing.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import * as path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { journal } from '../generate.js';

const EXTENSION_ID = 'career-journal.career-journal';
const SIZE = 1_000_000;
const WORDS = ['Follow', 'up', 'with', 'Sam', 'about', 'the', 'pricing', 'page', 'by', 'Friday'];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The longest stretch the event loop was held while `work` ran, and its 99th percentile. */
async function blocking<T>(work: () => Promise<T>): Promise<{ value: T; maxMs: number; p99Ms: number; ms: number }> {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  const start = performance.now();
  histogram.enable();
  try {
    const value = await work();
    return { value, maxMs: histogram.max / 1e6, p99Ms: histogram.percentile(99) / 1e6, ms: performance.now() - start };
  } finally {
    histogram.disable();
  }
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly url: string; readonly functionName: string };
  readonly children?: readonly number[];
}

interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/**
 * The extension host's own time in our code while `work` runs, from a CPU profile of the host
 * thread (sampled every 0.1 ms): the longest uninterrupted stretch whose stack holds a frame of
 * our bundles (dist/*.js of this extension: what we call, such as getText, counts as ours), and
 * the total. The event loop's delay (above) also counts VS Code's own work and a starved CPU;
 * this counts only ours.
 */
async function ownTime<T>(bundles: string, work: () => Promise<T>): Promise<{ value: T; maxStretchMs: number; totalMs: number; maxStretchTop: string[] }> {
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object): Promise<unknown> =>
    new Promise((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 100 });
  await post('Profiler.start');
  try {
    const value = await work();
    const { profile } = (await post('Profiler.stop')) as { profile: Profile };
    return { value, ...stretches(profile, bundles) };
  } finally {
    session.disconnect();
  }
}

/** `bundles`: the folder of our bundles (the extension's dist/). */
function stretches(profile: Profile, bundles: string): { maxStretchMs: number; totalMs: number; maxStretchTop: string[] } {
  const ours = (url: string): boolean => url.replace(/^file:\/\//, '').startsWith(bundles);
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const inOurs = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = inOurs.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    const answer = (node !== undefined && ours(node.callFrame.url)) || (up !== undefined && isOurs(up));
    inOurs.set(id, answer);
    return answer;
  };
  let run = 0;
  let max = 0;
  let total = 0;
  let current: number[] = [];
  let longest: number[] = [];
  profile.samples.forEach((id, i) => {
    // A sample's delta is the time since the previous one: it belongs to this sample's stack.
    // A garbage collection inside a stretch of ours counts as ours (it pauses our code).
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    if (isOurs(id) || (run > 0 && byId.get(id)?.callFrame.functionName === '(garbage collector)')) {
      run += ms;
      total += ms;
      current.push(i);
      if (run > max) {
        max = run;
        longest = current;
      }
    } else {
      run = 0;
      current = [];
    }
  });
  return { maxStretchMs: max, totalMs: total, maxStretchTop: topFunctions(profile, longest, byId, parent, ours) };
}

/** Where the longest stretch went: the innermost function of ours in each sample, by time. */
function topFunctions(profile: Profile, samples: readonly number[], byId: ReadonlyMap<number, ProfileNode>, parent: ReadonlyMap<number, number>, ours: (url: string) => boolean): string[] {
  const time = new Map<string, number>();
  for (const i of samples) {
    let id: number | undefined = profile.samples[i];
    let leaf = byId.get(id ?? -1)?.callFrame.functionName || '(anonymous)';
    while (id !== undefined && !ours(byId.get(id)?.callFrame.url ?? '')) id = parent.get(id);
    const own = id === undefined ? '(garbage collector)' : byId.get(id)?.callFrame.functionName || '(anonymous)';
    if (own === leaf) leaf = '';
    const key = leaf ? `${own} > ${leaf}` : own;
    time.set(key, (time.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
  return [...time].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([name, ms]) => `${name}: ${ms.toFixed(1)} ms`);
}

/** Resolves when our diagnostics of `uri` change (or are there already, with `now`). */
function diagnosticsOf(uri: vscode.Uri, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`no diagnostics within ${timeoutMs} ms`));
    }, timeoutMs);
    const listener = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString()) && vscode.languages.getDiagnostics(uri).length > 0) {
        clearTimeout(timer);
        listener.dispose();
        resolve();
      }
    });
  });
}

/** Resolves when our diagnostics on `line` show the typed goal's final text: findings, none of a missing deadline. */
function finalDiagnostics(uri: vscode.Uri, line: number, timeoutMs: number): Promise<void> {
  const codesOnLine = (): string[] => vscode.languages.getDiagnostics(uri)
    .filter((d) => d.source === 'career-journal' && d.range.start.line === line)
    .map((d) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code)));
  const done = (): boolean => {
    const codes = codesOnLine();
    return codes.length > 0 && !codes.includes('smart-missing-deadline');
  };
  return new Promise((resolve, reject) => {
    if (done()) {
      resolve();
      return;
    }
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`diagnostics not up to date within ${timeoutMs} ms`));
    }, timeoutMs);
    const listener = vscode.languages.onDidChangeDiagnostics(() => {
      if (!done()) return;
      clearTimeout(timer);
      listener.dispose();
      resolve();
    });
  });
}

/** Opens `uri`, waits (for our diagnostics when it is a journal), then types a sentence into its middle. */
async function session(uri: vscode.Uri, text: string, isJournal: boolean, bundles: string) {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const openOwn = await ownTime(bundles, () => blocking(async () => {
    const shown = isJournal ? diagnosticsOf(uri, 180_000) : sleep(5_000);
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await shown;
    return editor;
  }));
  const open = openOwn.value;
  const editor = open.value;
  // A goal list of its own in the middle of the journal; the goal is typed on its own line.
  const line = Math.floor(editor.document.lineCount / 2) + 3;
  await editor.edit((edit) => edit.insert(new vscode.Position(line - 3, 0), '\n## Goals\n\n- [ ] \n\n'));
  await sleep(2_000);
  let edits = 0;
  const typingOwn = await ownTime(bundles, () => blocking(async () => {
    let column = 6;
    for (const word of WORDS) {
      for (const character of `${word} `) {
        await editor.edit((edit) => edit.insert(new vscode.Position(line, column), character), { undoStopBefore: false, undoStopAfter: false });
        column++;
        edits++;
        await sleep(40);
      }
      await sleep(400); // a pause after each word: the debounce fires and the journal is linted again
    }
    const caughtUp = performance.now();
    // Up to date once the typed goal (`… by Friday`) has findings and none says its deadline is missing.
    if (isJournal) await finalDiagnostics(uri, line, 30_000).catch(() => undefined);
    return performance.now() - caughtUp;
  }));
  const typing = typingOwn.value;
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  return {
    openMs: open.ms, openMaxBlockMs: open.maxMs,
    typingEdits: edits, typingMaxBlockMs: typing.maxMs, typingP99BlockMs: typing.p99Ms,
    lastEditToDiagnosticsMs: isJournal ? typing.value : null,
    // Our code alone on the host thread (CPU profile): longest stretch and total.
    openOwnMaxStretchMs: openOwn.maxStretchMs, openOwnTotalMs: openOwn.totalMs,
    typingOwnMaxStretchMs: typingOwn.maxStretchMs, typingOwnTotalMs: typingOwn.totalMs,
    openOwnMaxStretchTop: openOwn.maxStretchTop, typingOwnMaxStretchTop: typingOwn.maxStretchTop,
  };
}

export async function run(): Promise<void> {
  const out = process.env.CAREER_JOURNAL_BENCH_OUT;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!out || !folder || !extension) throw new Error('run by bench/host.mjs, with a workspace and the extension');

  const activation = await blocking(async () => extension.activate());
  const text = journal(SIZE, 2026);
  // The same text as plain notes (not a journal): what VS Code and its built-in Markdown support cost alone.
  const bundles = path.join(extension.extensionPath, 'dist') + path.sep;
  const baseline = await session(vscode.Uri.joinPath(folder, 'notes', 'bench-1mb.md'), text.replace('type: career-journal', 'type: notes'), false, bundles);
  const ours = await session(vscode.Uri.joinPath(folder, 'career', 'bench-1mb.md'), text, true, bundles);
  const figures = { vscode: vscode.version, bytes: text.length, activationMs: activation.ms, activationMaxBlockMs: activation.maxMs, baseline, ours };
  writeFileSync(out, JSON.stringify(figures));
}
