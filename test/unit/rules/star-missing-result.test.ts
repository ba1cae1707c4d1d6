import assert from 'node:assert/strict';
import { applyFix, codesAt, lintMd } from '../helpers.js';

const CODE = 'star-missing-result';

describe(CODE, () => {
  it('flags a STAR heading without a Result, at the heading', () => {
    const md = '# Stories\n\n### STAR: Escalation\n- **Situation:** outage\n- **Task:** rebuild trust\n- **Action:** weekly calls\n';
    assert.deepEqual(codesAt(md, CODE), [3]);
    assert.equal(lintMd(md).find((f) => f.code === CODE)?.severity, 'warning');
  });

  it('flags a Result that is only a placeholder', () => {
    for (const placeholder of ['TODO', 'TBD', '...', '…', '?', '-', 'N/A', '<result>', '<!-- what changed? -->', '']) {
      const md = `### STAR: Intern\n- Situation: no project\n- Task: find one\n- Action: scoped it\n- Result: ${placeholder}\n`;
      assert.deepEqual(codesAt(md, CODE), [1], placeholder);
    }
  });

  it('is quiet when the Result is there, in any form', () => {
    const forms = [
      '### STAR: A\n- Situation: s\n- Task: t\n- Action: a\n- Result: 3 teams use it\n',
      '### STAR: A\n\n**Situation:** s\n\n**Task:** t\n\n**Action:** a\n\n**Result:** 3 teams use it\n',
      '### STAR: A\nSituation: s\nTask: t\nAction: a\nResult: 3 teams use it\n',
      '### A\n#### Situation\ns\n#### Task\nt\n#### Action\na\n#### Result\n3 teams use it\n',
      '## Wins\n\n- Billing migration\n  - Situation: s\n  - Result: 3 teams use it\n',
      '### STAR: A\nSituation: s  \nTask: t  \nAction: a\\\nResult: 3 teams use it\n',
      '### STAR: A\n\n**Situation**: s\n\n**Task**: t\n\n**Action**: a\n\n**Result**: 3 teams use it\n',
      '### STAR: A\n\n*Situation:* s\n\n*Task:* t\n\n*Action:* a\n\n*Result:* 3 teams use it\n',
    ];
    for (const md of forms) assert.deepEqual(codesAt(md, CODE), [], md);
  });

  it('needs the colon after a label, bold or not (the contract): `**Result** -` is no label', () => {
    for (const result of ['**Result** - 3 teams use it', '**Result** 3 teams use it', 'Result - 3 teams use it', '**Result** – 3 teams use it']) {
      const md = `### STAR: A\n\n**Situation:** s\n\n**Task:** t\n\n**Action:** a\n\n${result}\n`;
      assert.deepEqual(codesAt(md, CODE), [1], result);
    }
  });

  it('recognises entries without a STAR heading by two labels', () => {
    const md = '## Billing migration\n\nSituation: old system\nAction: I moved it\n';
    assert.deepEqual(codesAt(md, CODE), [1]);
    assert.deepEqual(codesAt('## Notes\n\nAction: call Alex\n', CODE), []);
  });

  it('reads each list item holding labels as its own entry, not the section', () => {
    const md = '## Achievements\n\n- Billing\n  - Situation: s\n  - Action: a\n- Hiring\n  - Situation: s\n  - Action: a\n  - Result: 4 hires\n';
    assert.deepEqual(codesAt(md, CODE), [3]);
  });

  it('does not treat a STAR section holding several entries as an entry', () => {
    const md = '## STAR stories\n\n### STAR: A\n- Situation: s\n- Task: t\n- Action: a\n- Result: 3 teams\n\n### STAR: B\n- Situation: s\n- Task: t\n- Action: a\n';
    assert.deepEqual(codesAt(md, CODE), [9]);
  });

  it('never reads code blocks or comments', () => {
    const md = '## Notes\n\n```\n### STAR: fake\nSituation: x\nTask: y\n```\n\n<!--\n### STAR: hidden\n-->\n';
    assert.deepEqual(lintMd(md), []);
  });

  it('adds a Result line after the last part in the same style', () => {
    const md = '### STAR: A\n- **Situation:** s\n- **Task:** t\n- **Action:** a\n\n## Next\n';
    const f = lintMd(md).find((x) => x.code === CODE);
    assert.ok(f);
    assert.equal(applyFix(md, f), '### STAR: A\n- **Situation:** s\n- **Task:** t\n- **Action:** a\n- **Result:** X\n\n## Next\n');
  });
});
