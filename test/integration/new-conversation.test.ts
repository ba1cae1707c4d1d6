import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, codeOf, ours, workspaceRoot, writeFile } from './helpers.js';

const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
const read = async (uri: vscode.Uri): Promise<string> => decode(await vscode.workspace.fs.readFile(uri));
const create = (args: Record<string, unknown>) => vscode.commands.executeCommand<vscode.Uri | undefined>('careerJournal.newConversation', args);

/**
 * The journal's warnings and errors once it has been linted. A clean journal may publish no
 * diagnostics event at all, so the wait ends on the event or after 1.5 s, whichever is first.
 */
async function warnings(uri: vscode.Uri): Promise<string[]> {
  await new Promise<void>((resolve) => {
    const done = () => { clearTimeout(timer); sub.dispose(); resolve(); };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => { if (e.uris.some((u) => u.toString() === uri.toString())) done(); });
    const timer = setTimeout(done, 1500);
  });
  return ours(uri).filter((d) => d.severity <= vscode.DiagnosticSeverity.Warning).map((d) => `${codeOf(d)}@${d.range.start.line}`);
}

describe('New Career Conversation', () => {
  afterEach(closeAllEditors);

  for (const template of ['worksheet', 'conversation', 'star-log', 'follow-up']) {
    it(`scaffolds the ${template} template into the journal folder, with no warnings`, async () => {
      const uri = await create({ template, manager: 'Alex Kim', date: '2026-12-01' });
      assert.ok(uri, 'the command returns the new file');
      assert.match(uri.path, new RegExp(`/career/2026-12-01-[a-z0-9-]+\\.md$`));
      const text = await read(uri);
      assert.match(text, /^---\ntype: career-journal\n/);
      assert.match(text, /\ndate: 2026-12-01\n/);
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
      assert.deepEqual(await warnings(uri), []);
    });
  }

  it('never overwrites: the same name twice gives a second file and keeps the first byte for byte', async () => {
    const first = await create({ template: 'follow-up', manager: 'Sam', date: '2026-12-02', title: 'Same title' });
    assert.ok(first);
    const before = await read(first);
    const second = await create({ template: 'follow-up', manager: 'Sam', date: '2026-12-02', title: 'Same title' });
    assert.ok(second);
    assert.notEqual(second.toString(), first.toString());
    assert.match(second.path, /2026-12-02-same-title-2\.md$/);
    assert.equal(await read(first), before);
  });

  it('carries the open goals and action items of the latest earlier journal into the agenda', async () => {
    await writeFile('career/2026-09-01-carry-source.md', [
      '---', 'type: career-journal', 'date: 2026-09-01', 'manager: Alex Kim', '---', '',
      '## Goals', '', '- [ ] Write 3 design docs by 2027-04-30', '- [x] Finished goal 2 done', '',
      '## Action items', '', '- [ ] @alex: share the staff rubric', '- [x] @me: book the room', '',
    ].join('\n'));
    const uri = await create({ template: 'conversation', manager: 'Alex Kim', date: '2026-09-15' });
    assert.ok(uri);
    const text = await read(uri);
    const agenda = text.slice(text.indexOf('## Agenda'), text.indexOf('\n## ', text.indexOf('## Agenda') + 1));
    assert.match(agenda, /Write 3 design docs by 2027-04-30/);
    assert.match(agenda, /share the staff rubric/);
    assert.match(agenda, /2026-09-01-carry-source\.md/);
    assert.doesNotMatch(agenda, /Finished goal|book the room/);
  });

  it('offers the templates of careerJournal.templatesFolder, with variables filled', async () => {
    await writeFile('templates/quick-1on1.md', '---\ntype: career-journal\ntitle: "{{title}}"\ndate: {{date}}\nmanager: {{manager}}\n---\n\n# 1:1 with {{manager}} on {{date}}\n\n$CURSOR\n');
    const config = vscode.workspace.getConfiguration('careerJournal', workspaceRoot());
    await config.update('templatesFolder', 'templates', vscode.ConfigurationTarget.Workspace);
    try {
      const uri = await create({ template: 'quick-1on1.md', manager: 'Priya', date: '2026-12-03', title: 'Quick 1:1' });
      assert.ok(uri);
      assert.match(await read(uri), /# 1:1 with Priya on 2026-12-03/);
    } finally {
      await config.update('templatesFolder', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('says what is wrong with a bad date instead of throwing', async () => {
    assert.equal(await create({ template: 'worksheet', manager: 'A', date: 'someday' }), undefined);
  });
});
