/**
 * A document's diagnostics in bands of at most `BAND_SIZE`, each band its own diagnostic
 * collection. Handing VS Code a thousand diagnostics in one `set` holds the extension host for
 * tens of milliseconds (it converts and sends every one); in bands, only the bands that changed
 * are set, one per turn of the event loop, so no single stretch grows with the journal. VS Code
 * shows the bands of a file together: `getDiagnostics`, the Problems view and quick fixes see
 * one list, in order.
 */
import * as vscode from 'vscode';
import type { Finding } from '../core/types.js';

/** The most diagnostics one `set` hands VS Code. */
export const BAND_SIZE = 200;

/** Keeps which findings each band of each document shows. */
export class DiagnosticBands implements vscode.Disposable {
  private readonly collections: vscode.DiagnosticCollection[] = [];
  /** Per document: the findings each band shows. */
  private readonly shown = new Map<string, (readonly Finding[])[]>();

  constructor(private readonly name: string) {}

  /**
   * Shows `findings` (in document order) for `uri`: sets only the bands whose findings changed
   * (none when a lint found what is shown), yielding to the event loop between them; stops
   * (false) as soon as `current()` is false.
   */
  async show(uri: vscode.Uri, findings: readonly Finding[], toDiagnostic: (finding: Finding) => vscode.Diagnostic, current: () => boolean): Promise<boolean> {
    const key = uri.toString();
    const before = this.shown.get(key) ?? [];
    const bands = Math.ceil(findings.length / BAND_SIZE);
    const after: (readonly Finding[])[] = [];
    let changed = false;
    for (let band = 0; band < Math.max(bands, before.length); band++) {
      const slice = findings.slice(band * BAND_SIZE, (band + 1) * BAND_SIZE);
      after.push(slice);
      if (sameFindings(before[band], slice)) continue;
      if (changed) {
        await new Promise((resolve) => setImmediate(resolve));
        if (!current()) {
          // What was set so far shows the newer findings already; the rest are set by the next lint.
          this.shown.set(key, [...after.slice(0, band), ...before.slice(band)]);
          return false;
        }
      }
      changed = true;
      const collection = this.collection(band);
      if (slice.length === 0) collection.delete(uri);
      else collection.set(uri, slice.map(toDiagnostic));
    }
    this.shown.set(key, after.slice(0, bands));
    return true;
  }

  /** Clears a document's diagnostics from every band. */
  delete(uri: vscode.Uri): void {
    for (const collection of this.collections) collection.delete(uri);
    this.shown.delete(uri.toString());
  }

  dispose(): void {
    for (const collection of this.collections) collection.dispose();
    this.collections.length = 0;
    this.shown.clear();
  }

  /** Band `index`'s collection; VS Code keys diagnostics by collection name, so each has its own. */
  private collection(index: number): vscode.DiagnosticCollection {
    while (this.collections.length <= index) {
      const n = this.collections.length;
      this.collections.push(vscode.languages.createDiagnosticCollection(n === 0 ? this.name : `${this.name}#${n + 1}`));
    }
    return this.collections[index] as vscode.DiagnosticCollection;
  }
}

/** True when two lints found the same things at the same places (as their diagnostics show them). */
export function sameFindings(a: readonly Finding[] | undefined, b: readonly Finding[]): boolean {
  if (!a || a.length !== b.length) return false;
  return a.every((x, i) => {
    const y = b[i] as Finding;
    return x.code === y.code && x.severity === y.severity && x.message === y.message
      && x.range.start.line === y.range.start.line && x.range.start.column === y.range.start.column
      && x.range.end.line === y.range.end.line && x.range.end.column === y.range.end.column;
  });
}
