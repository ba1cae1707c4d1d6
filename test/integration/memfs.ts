/**
 * An in-memory FileSystemProvider for tests of documents that do not come from disk (a virtual
 * workspace's provider, a remote file system an extension contributes). Writable or read-only;
 * counts writes, so a test can tell that nothing was saved.
 */
import * as vscode from 'vscode';

interface Entry {
  type: vscode.FileType;
  data: Uint8Array;
  ctime: number;
  mtime: number;
}

/** The provider; register it with `MemFs.register(scheme, { readonly })`. */
export class MemFs implements vscode.FileSystemProvider, vscode.Disposable {
  private readonly entries = new Map<string, Entry>([['/', { type: vscode.FileType.Directory, data: new Uint8Array(), ctime: Date.now(), mtime: Date.now() }]]);
  private readonly changed = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  private registration: vscode.Disposable | undefined;
  /** How many times VS Code (or anyone) wrote a file through the provider. */
  writes = 0;
  readonly onDidChangeFile = this.changed.event;

  private constructor(readonly scheme: string) {}

  /** Registers a provider for `scheme`; `readonly` makes VS Code open its files read-only. */
  static register(scheme: string, options: { readonly?: boolean } = {}): MemFs {
    const fs = new MemFs(scheme);
    fs.registration = vscode.workspace.registerFileSystemProvider(scheme, fs, { isCaseSensitive: true, isReadonly: options.readonly === true });
    return fs;
  }

  /** The URI of a path on this file system. */
  uri(path: string): vscode.Uri {
    return vscode.Uri.from({ scheme: this.scheme, path: path.startsWith('/') ? path : `/${path}` });
  }

  /** Puts a file (and its folders) on the file system without counting it as a write. */
  seed(path: string, text: string): vscode.Uri {
    const uri = this.uri(path);
    const parts = uri.path.split('/').filter(Boolean);
    for (let i = 1; i < parts.length; i++) {
      const dir = `/${parts.slice(0, i).join('/')}`;
      if (!this.entries.has(dir)) this.entries.set(dir, { type: vscode.FileType.Directory, data: new Uint8Array(), ctime: Date.now(), mtime: Date.now() });
    }
    this.entries.set(uri.path, { type: vscode.FileType.File, data: new TextEncoder().encode(text), ctime: Date.now(), mtime: Date.now() });
    return uri;
  }

  /** The bytes of a file as the provider holds them (not as an editor shows them). */
  bytes(path: string): Uint8Array {
    const entry = this.entries.get(this.uri(path).path);
    if (!entry || entry.type !== vscode.FileType.File) throw new Error(`no file ${path}`);
    return entry.data;
  }

  dispose(): void {
    this.registration?.dispose();
    this.changed.dispose();
  }

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => {});
  }

  stat(uri: vscode.Uri): vscode.FileStat {
    const entry = this.get(uri);
    return { type: entry.type, ctime: entry.ctime, mtime: entry.mtime, size: entry.data.byteLength };
  }

  readDirectory(uri: vscode.Uri): [string, vscode.FileType][] {
    const dir = uri.path.replace(/\/$/, '');
    this.get(uri);
    return [...this.entries].filter(([path]) => path !== '/' && path.slice(0, path.lastIndexOf('/')) === dir)
      .map(([path, entry]) => [path.slice(path.lastIndexOf('/') + 1), entry.type]);
  }

  createDirectory(uri: vscode.Uri): void {
    if (this.entries.has(uri.path)) return;
    this.entries.set(uri.path, { type: vscode.FileType.Directory, data: new Uint8Array(), ctime: Date.now(), mtime: Date.now() });
    this.changed.fire([{ type: vscode.FileChangeType.Created, uri }]);
  }

  readFile(uri: vscode.Uri): Uint8Array {
    const entry = this.get(uri);
    if (entry.type !== vscode.FileType.File) throw vscode.FileSystemError.FileIsADirectory(uri);
    return entry.data;
  }

  writeFile(uri: vscode.Uri, content: Uint8Array, options: { readonly create: boolean; readonly overwrite: boolean }): void {
    const existing = this.entries.get(uri.path);
    if (!existing && !options.create) throw vscode.FileSystemError.FileNotFound(uri);
    if (existing && !options.overwrite) throw vscode.FileSystemError.FileExists(uri);
    this.writes++;
    this.entries.set(uri.path, { type: vscode.FileType.File, data: content, ctime: existing?.ctime ?? Date.now(), mtime: Date.now() });
    this.changed.fire([{ type: existing ? vscode.FileChangeType.Changed : vscode.FileChangeType.Created, uri }]);
  }

  delete(uri: vscode.Uri): void {
    this.get(uri);
    this.entries.delete(uri.path);
    this.changed.fire([{ type: vscode.FileChangeType.Deleted, uri }]);
  }

  rename(from: vscode.Uri, to: vscode.Uri): void {
    const entry = this.get(from);
    this.entries.delete(from.path);
    this.entries.set(to.path, entry);
    this.changed.fire([{ type: vscode.FileChangeType.Deleted, uri: from }, { type: vscode.FileChangeType.Created, uri: to }]);
  }

  private get(uri: vscode.Uri): Entry {
    const entry = this.entries.get(uri.path === '' ? '/' : uri.path);
    if (!entry) throw vscode.FileSystemError.FileNotFound(uri);
    return entry;
  }
}
