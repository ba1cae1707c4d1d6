// Generates realistic career journals for the benchmark and the property test: dated check-ins
// with prose, goal lists and goal headings (SMART fields), STAR stories in three styles,
// worksheet sections, tables, quotes, code blocks, pasted links and disable comments.
// Deterministic per seed.

/** A small seeded PRNG (mulberry32), so every run measures the same texts. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PEOPLE = ['Dana', 'Wei', 'Priya', 'Sam', 'Jordan', 'Noor', 'Alex', 'Mateo', 'Keiko', 'Olu', 'Fatima', 'Lars'];
const TEAMS = ['payments', 'search', 'onboarding', 'billing', 'mobile', 'platform', 'data', 'support', 'growth', 'infra'];
const THINGS = ['the release process', 'our on-call rota', 'the design system', 'the hiring loop', 'the quarterly roadmap',
  'the incident reviews', 'the API gateway', 'the analytics pipeline', 'customer onboarding', 'the test suite',
  'the migration to Postgres 16', 'the pricing page', 'the mentoring programme', 'the support macros', 'the build cache'];
const VERBS = ['Ship', 'Lead', 'Reduce', 'Improve', 'Write', 'Run', 'Automate', 'Present', 'Mentor', 'Document', 'Launch', 'Cut', 'Grow', 'Own'];
const MEASURES = ['by 20%', 'from 6 weeks to 3', 'to under 24 hours', 'for at least 4 teams', 'three talks', 'five mentees',
  'a dozen interviews', 'to 99.9% uptime', '$40k in savings', 'by half', 'to zero regressions', 'in 2 teams'];
const DEADLINES = ['by end of Q2 2027', 'by March 2027', 'before the summer', 'by 2027-06-30', 'within 6 months',
  'by the end of the year', 'in H2 2027', 'by next quarter', 'by Friday', 'by 15/04/2027', 'EOY'];
const PERIODS = ['for Q1 2027', 'for H1 2027', '(next 12 months)', 'for 2027', 'this quarter', ''];
const FILLER = ['We talked about', 'I raised', 'Dana asked about', 'Follow up on', 'Still unclear:', 'Good progress on',
  'Worried about', 'Celebrated', 'Agreed to revisit', 'Parked', 'Noted a risk around', 'Got feedback on'];
const ADJ = ['slow', 'flaky', 'confusing', 'under-staffed', 'promising', 'late', 'noisy', 'solid', 'fragile', 'expensive'];
const RESULTS = ['p99 latency went from 480 ms to 120 ms', 'we shipped 6 releases on time', 'tickets dropped 30%',
  'the team adopted it and the complaints stopped', 'we saved $12k a month', 'NPS rose by 9 points',
  'everyone on the rota now uses it', 'onboarding time fell from 3 weeks to 8 days', '...', 'TBD'];
const VALUES = ['Clarity', 'Craft', 'Honesty', 'Curiosity', 'Kindness', 'Ownership', 'Play', 'Focus', 'Fairness', 'Learning'];
const CODE = ['```sql\nSELECT team, count(*) FROM incidents\nWHERE sev <= 2 GROUP BY team;\n```',
  '```ts\nconst budget = errors / requests;\nif (budget > 0.001) page(oncall);\n```',
  '```\n# not a heading, this is code\n- [ ] not a goal either\n```',
  '~~~yaml\nrollout: canary\nsteps: [5, 25, 100]\n~~~'];

/** Builders of one journal's pieces, sharing its random source. */
class Writer {
  constructor(readonly r: () => number) {}

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.r() * list.length)] as T;
  }

  chance(p: number): boolean {
    return this.r() < p;
  }

  sentence(): string {
    const words = [this.pick(FILLER), this.pick(THINGS), 'with', this.pick(PEOPLE) + ';', 'it felt', this.pick(ADJ)];
    if (this.chance(0.4)) words.push('and', this.pick(['we need a plan', 'I owe a doc', 'it is blocked on ' + this.pick(TEAMS), 'nobody owns it']));
    if (this.chance(0.2)) words.push('(see `' + this.pick(TEAMS) + '-' + Math.floor(this.r() * 900 + 100) + '`)');
    if (this.chance(0.15)) words.push('— **' + this.pick(['important', 'follow up', 'ask again']) + '**');
    // Now and then a pasted link or address, which the parser reads as a GFM literal autolink.
    if (this.chance(0.04)) {
      const team = this.pick(TEAMS);
      words.push(this.pick([`(notes: https://wiki.example.com/${team}/${Math.floor(this.r() * 900 + 100)})`, `(see www.example.org/${team})`, `(mail ${team}@example.com)`]));
    }
    return words.join(' ') + '.';
  }

  paragraph(): string {
    const n = 1 + Math.floor(this.r() * 4);
    return Array.from({ length: n }, () => this.sentence()).join(this.chance(0.5) ? ' ' : '\n');
  }

  goalText(): string {
    const parts = [this.pick(VERBS), this.pick(THINGS)];
    if (this.chance(0.6)) parts.push(this.pick(MEASURES));
    if (this.chance(0.55)) parts.push(this.pick(DEADLINES));
    return parts.join(' ');
  }

  goalList(level: number): string {
    const lines = [`${'#'.repeat(level)} ${this.pick(['Goals', 'My goals', 'Team objectives', 'OKRs', 'Short-term goals'])} ${this.pick(PERIODS)}`.trimEnd(), ''];
    const n = 2 + Math.floor(this.r() * 5);
    for (let i = 0; i < n; i++) {
      const box = this.pick(['- [ ] ', '- [x] ', '- ', '* ', '1. ']);
      lines.push(box + this.goalText());
      if (this.chance(0.3)) {
        lines.push(`  - Measurable: ${this.chance(0.7) ? this.pick(MEASURES) : 'TBD'}`);
        if (this.chance(0.5)) lines.push(`  - Deadline: ${this.pick(DEADLINES)}`);
      }
    }
    return lines.join('\n');
  }

  goalHeading(level: number): string {
    const lines = [`${'#'.repeat(level)} ${this.pick(['Goal: ', 'SMART goal - ', 'Goal 2: '])}${this.goalText()}`];
    const style = this.r();
    const bullet = style < 0.5 ? '- ' : '';
    const bold = this.chance(0.4);
    // Fields as sub-headings (`#### Measurable`) in some journals: the goal owns its sub-sections.
    const asHeading = style > 0.85;
    const label = (name: string): string => (asHeading ? `\n${'#'.repeat(Math.min(level + 1, 6))} ${name}\n\n` : bold ? `**${name}:**` : `${name}:`);
    const fields: Array<[string, string]> = [
      ['Specific', `${this.pick(VERBS)} ${this.pick(THINGS)} for the ${this.pick(TEAMS)} team.`],
      ['Measurable', this.chance(0.8) ? this.pick(MEASURES) : 'TBD'],
      ['Achievable', this.sentence()],
      ['Relevant', `${this.pick(PEOPLE)} flagged ${this.pick(THINGS)} as ${this.pick(ADJ)}.`],
      ['Time-bound', this.pick(DEADLINES)],
      ['Status', this.pick(['in progress', 'not started', 'done', 'on track', 'dropped', 'blocked'])],
    ];
    for (const [name, value] of fields) {
      if (this.chance(0.8)) lines.push(`${bullet}${label(name)} ${value}`);
      if (!bullet) lines.push('');
    }
    if (this.chance(0.3)) lines.push('', '- [x] ' + this.sentence(), '- [ ] ' + this.sentence());
    return lines.join('\n');
  }

  star(level: number): string {
    const title = `${this.pick(['STAR: ', 'STAR - ', ''])}${this.pick(VERBS)} ${this.pick(THINGS)}`;
    const parts = ([
      ['Situation', `${this.pick(THINGS)} was ${this.pick(ADJ)} and ${this.pick(PEOPLE)} was worried.`],
      ['Task', `${this.pick(VERBS)} it without freezing feature work.`],
      ['Action', this.paragraph()],
      ['Result', this.pick(RESULTS)],
    ] as Array<[string, string]>).filter(() => this.chance(0.9));
    const style = this.pick(['items', 'paragraphs', 'headings']);
    const spaced = this.chance(0.5);
    const lines = [`${'#'.repeat(level)} ${title}`];
    for (const [name, text] of parts) {
      if (style === 'items') lines.push(`- **${name}:** ${text}`);
      else if (style === 'paragraphs') lines.push(`${this.chance(0.5) ? `**${name}:**` : `${name}:`} ${text}`, '');
      else lines.push(`${'#'.repeat(Math.min(level + 1, 6))} ${name}`, ...(spaced ? ['', text, ''] : [text]));
    }
    return lines.join('\n');
  }

  worksheet(level: number): string {
    const h = '#'.repeat(level);
    const values = Array.from({ length: 3 + Math.floor(this.r() * 4) }, () => `- ${this.pick(VALUES)}`);
    return [
      `${h} Mission`, '', this.chance(0.8) ? this.sentence() : 'TBD', '',
      `${h} Values`, '', ...values, '',
      `${h} Strengths`, '', this.paragraph(), '',
      `${h} Areas for growth`, '', this.chance(0.7) ? this.paragraph() : '?', '',
      `${h} Action plan`, '', `- [ ] ${this.goalText()}`, `- [ ] ${this.goalText()}`,
    ].join('\n');
  }

  table(): string {
    const rows = ['| Metric | Before | After |', '|---|---:|---:|'];
    for (let i = 0; i < 2 + Math.floor(this.r() * 4); i++) rows.push(`| ${this.pick(TEAMS)} ${this.pick(['latency', 'tickets', 'deploys', 'NPS'])} | ${Math.floor(this.r() * 500)} | ${Math.floor(this.r() * 500)} |`);
    return rows.join('\n');
  }

  quote(): string {
    return `> ${this.sentence()}\n> — ${this.pick(PEOPLE)}`;
  }

  notes(): string {
    const blocks = [this.paragraph()];
    const extras = [() => this.table(), () => this.quote(), () => this.pick(CODE), () => this.paragraph(),
      () => `- ${this.sentence()}\n- ${this.sentence()}\n  - ${this.sentence()}`,
      () => `<!-- private: ${this.sentence()} -->`];
    const n = Math.floor(this.r() * 4);
    for (let i = 0; i < n; i++) blocks.push(this.pick(extras)());
    // An inline switch now and then, as people silence a finding they disagree with.
    if (this.chance(0.03)) blocks.push(`<!-- career-journal-disable-next-line smart-missing-measure -->\n- ${this.goalText()}`);
    return blocks.join('\n\n');
  }

  /** One dated entry: a check-in with notes and some of goals, stories, worksheet. */
  entry(date: string): string {
    const parts = [`## ${date} — ${this.pick(['1:1 with', 'Check-in with', 'Career conversation with', 'Skip-level with'])} ${this.pick(PEOPLE)}`, this.notes()];
    const kinds = [() => this.goalList(3), () => this.goalHeading(3), () => this.star(3), () => this.star(3),
      () => `### Notes\n\n${this.notes()}`, () => this.worksheet(3),
      // A goal heading owns its sub-sections; a goal list heading's period reaches the lists below.
      () => `${this.goalHeading(3)}\n\n#### Notes\n\n${this.notes()}\n\n- [x] ${this.sentence()}`,
      () => `### ${this.pick(['Goals', 'Objectives'])} ${this.pick(PERIODS)}\n\n${this.paragraph()}\n\n${this.goalList(4)}\n\n${this.goalList(4)}`];
    const n = 1 + Math.floor(this.r() * 3);
    for (let i = 0; i < n; i++) parts.push(this.pick(kinds)());
    return parts.join('\n\n');
  }
}

function dateOf(day: number): string {
  return new Date(Date.UTC(2019, 0, 1) + day * 86400000).toISOString().slice(0, 10);
}

/** A journal of about `bytes` characters, kept for years: front matter, then dated entries. */
export function journal(bytes: number, seed = 1): string {
  const w = new Writer(random(seed));
  const out = ['---', 'type: career-journal', `title: Career journal ${seed}`, `date: ${dateOf(Math.floor(w.r() * 3000))}`, `manager: ${w.pick(PEOPLE)}`, '---', '',
    `# Career journal`, '', w.paragraph(), ''];
  let size = out.join('\n').length;
  let day = 0;
  let year = 0;
  while (size < bytes) {
    day += 3 + Math.floor(w.r() * 12);
    const y = Math.floor(day / 365);
    let block = '';
    if (y !== year) { year = y; block = `# ${2019 + y}\n\n${w.paragraph()}\n\n`; }
    block += w.entry(dateOf(day)) + '\n';
    out.push(block);
    size += block.length + 1;
  }
  return out.join('\n');
}

/**
 * `count` journals of one or a few conversations each, 1–5 KB (about 3 KB on average; the
 * annotated fixture journals average 2.3 KB), as a workspace of journal files holds them.
 */
export function workspace(count: number, seed = 7): Array<{ path: string; text: string }> {
  const rand = random(seed);
  return Array.from({ length: count }, (_, i) => ({
    path: `career/${dateOf(i * 9)}-conversation-${i}.md`,
    text: journal(1000 + Math.floor(rand() * 4000), seed * 1000 + i),
  }));
}
