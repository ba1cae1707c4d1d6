#!/usr/bin/env node
// `npm start`: builds, then opens the extension with a copy of the sample career workspace.
//   - desktop VS Code (`code --extensionDevelopmentPath`) when `code` is on PATH;
//   - otherwise (or with --code-server) a local code-server on 127.0.0.1 whose URL it prints,
//     with the extension loaded and a sample journal open, until Ctrl+C.
// Options: --code-server, --port N (default: a free port; also PORT=N), --no-build.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { setup, CODE_SERVER_VERSION, VSCODE_VERSION } from './setup-vscode.mjs';
import { startCodeServer, workbenchUrl } from './lib/code-server.mjs';
import { ROOT, SAMPLE_JOURNAL, copySampleWorkspace } from './lib/sample-workspace.mjs';

function option(name) {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function build() {
  const result = spawnSync(process.execPath, [join(ROOT, 'esbuild.mjs')], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('the build failed (see above)');
}

function openDesktop(workspace) {
  console.log(`Opening VS Code with the extension and the sample workspace (a copy in ${workspace}) ...`);
  const result = spawnSync('code', ['--new-window', `--extensionDevelopmentPath=${ROOT}`, workspace, join(workspace, SAMPLE_JOURNAL)], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`code exited with ${result.status}`);
}

async function serveCodeServer(workspace, removeWorkspace) {
  setup();
  const port = Number(option('--port') ?? process.env.PORT ?? 0);
  const server = await startCodeServer({ port });
  let stopping;
  const stop = (code) => (stopping ??= (async () => {
    console.log('\nStopping code-server ...');
    await server.stop();
    removeWorkspace();
    process.exit(code);
  })());
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));
  server.exited.then((code) => {
    if (stopping) return;
    console.error(`code-server exited (${code}):\n${server.output()}`);
    void stop(1);
  });
  const url = workbenchUrl(server.url, { folder: workspace, extensionDevelopmentPath: ROOT, openFile: join(workspace, SAMPLE_JOURNAL) });
  console.log([
    '',
    `Career Journal is running in VS Code ${VSCODE_VERSION} (code-server ${CODE_SERVER_VERSION}). Open in a browser:`,
    '',
    `  ${url}`,
    '',
    `The workspace is a copy of test/fixtures/workspace in ${workspace} (removed on exit).`,
    'Rebuild after a change with `npm run build` (or `node esbuild.mjs --watch`), then reload the page.',
    'Press Ctrl+C to stop.',
    '',
  ].join('\n'));
}

async function main() {
  if (!process.argv.includes('--no-build')) build();
  const workspace = copySampleWorkspace();
  if (!process.argv.includes('--code-server') && onPath('code')) {
    openDesktop(workspace.path);
    return;
  }
  await serveCodeServer(workspace.path, workspace.remove);
}

main().catch((error) => {
  console.error(`npm start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
