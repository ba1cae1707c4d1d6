/// <reference lib="dom" />
/**
 * Draws the dashboard from its data: figures with bars, the deadlines timeline, goals per
 * journal and the next check-in, or a friendly empty state. Journal text is set as text only.
 */
import type { DashboardData, DashboardJournal } from '../protocol/dashboard.js';
import { append, el, linkButton, meter, svg, svgButton } from './elements.js';
import { CHART, bars, chartWidth, daysBetween, percent, ratio, timeline } from './view-model.js';

/** What the page can ask the host for. */
export interface Actions {
  reveal(path: string, line: number): void;
  newConversation(): void;
}

/** Replaces the page's content with the dashboard for `data`, keeping keyboard focus where it was. */
export function render(root: HTMLElement, data: DashboardData, actions: Actions): void {
  const focused = document.activeElement instanceof Element ? document.activeElement.getAttribute('data-key') : null;
  root.replaceChildren(...(data.journals.length === 0 ? [emptyState(actions)] : dashboard(data, actions)));
  if (focused) {
    const again = Array.from(root.querySelectorAll<HTMLElement | SVGElement>('[data-key]')).find((e) => e.dataset.key === focused);
    again?.focus();
  }
}

function emptyState(actions: Actions): HTMLElement {
  const button = el('button', 'primary', 'New Career Conversation');
  button.type = 'button';
  button.addEventListener('click', () => actions.newConversation());
  return append(el('section', 'empty'),
    el('h1', undefined, 'No career journals yet'),
    el('p', undefined, 'Start one before your next conversation with your manager: goals, STAR stories and a preparation worksheet, in plain Markdown.'),
    el('p', 'muted', 'A journal is a Markdown file under career/ (setting careerJournal.folder) or with "type: career-journal" in its front matter.'),
    button);
}

function dashboard(data: DashboardData, actions: Actions): HTMLElement[] {
  const journals = `${data.journals.length} ${data.journals.length === 1 ? 'journal' : 'journals'}`;
  return [
    append(el('header'), el('h1', undefined, 'Career progress'), el('p', 'muted', `${journals} · as of ${data.today}`)),
    figures(data),
    nextCheckIn(data, actions),
    deadlines(data, actions),
    perJournal(data.journals, actions),
  ];
}

function figures(data: DashboardData): HTMLElement {
  const donePercent = percent(ratio(data.done, data.goals));
  const starsComplete = Math.round(data.star * data.stars);
  return append(el('section', 'figures'),
    figure('goals-done', 'Goals done', `${data.done} / ${data.goals}`, data.goals ? `${donePercent}%${data.dropped ? ` · ${data.dropped} dropped` : ''}` : 'no goals yet', donePercent),
    figure(`overdue${data.overdue ? ' alert' : ''}`, 'Overdue', String(data.overdue), data.overdue ? 'past their deadline' : 'nothing overdue'),
    figure(`due-soon${data.dueSoon ? ' warn' : ''}`, 'Due soon', String(data.dueSoon), 'deadline coming up'),
    figure('smart', 'SMART goals', `${percent(data.smart)}%`, 'open goals with a measure and a deadline', percent(data.smart)),
    figure('star', 'STAR stories', `${percent(data.star)}%`, data.stars ? `${starsComplete} of ${data.stars} complete` : 'no stories yet', percent(data.star)));
}

function figure(className: string, label: string, value: string, detail: string, bar?: number): HTMLElement {
  const card = append(el('div', `figure ${className}`),
    el('div', 'label', label),
    el('div', 'value', value),
    bar === undefined ? undefined : meter(bar, `${label}: ${bar}%`),
    el('div', 'detail', detail));
  card.setAttribute('role', 'group');
  card.setAttribute('aria-label', label);
  return card;
}

function nextCheckIn(data: DashboardData, actions: Actions): HTMLElement {
  const section = append(el('section', 'next'), el('span', 'label', 'Next check-in: '));
  if (!data.next) return append(section, el('span', 'muted', 'none planned — add "next: YYYY-MM-DD" to a journal\'s front matter'));
  const { date, path, title } = data.next;
  const days = daysBetween(data.today, date);
  return append(section,
    linkButton(`${date} — ${title}`, `next:${path}`, () => actions.reveal(path, 0)),
    el('span', 'muted', ` (${days === 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`})`));
}

function deadlines(data: DashboardData, actions: Actions): HTMLElement {
  const section = append(el('section', 'timeline'), el('h2', undefined, 'Upcoming deadlines'));
  const items = timeline(data.upcoming, data.today);
  if (items.length === 0) return append(section, el('p', 'muted', 'No open goal has a deadline yet.'));
  const list = el('ol');
  for (const item of items) {
    const row = append(el('li', item.state),
      el('span', 'dot'),
      el('time', 'date', item.date),
      el('span', 'when', item.state === 'dueSoon' ? `${item.when} · soon` : item.when),
      linkButton(item.title, `goal:${item.path}:${item.line}`, () => actions.reveal(item.path, item.line), 'link goal'),
      el('span', 'where', `${item.path}:${item.line + 1} · ${item.words}`));
    row.querySelector('time')?.setAttribute('datetime', item.date);
    list.appendChild(row);
  }
  return append(section, list);
}

function perJournal(journals: readonly DashboardJournal[], actions: Actions): HTMLElement {
  const section = append(el('section', 'chart'), el('h2', undefined, 'Goals per journal'));
  const shown = bars(journals);
  if (shown.length === 0) return append(section, el('p', 'muted', 'No journal has goals yet.'));
  const [countSpace, labelSpace] = [16, 34];
  const width = chartWidth(shown.length);
  const chart = svg('svg', {
    viewBox: `0 ${-countSpace} ${width} ${countSpace + CHART.height + labelSpace}`,
    width,
    height: countSpace + CHART.height + labelSpace,
    role: 'group',
    'aria-label': 'Goals per journal, oldest first',
  });
  chart.appendChild(svg('line', { class: 'axis', x1: 0, x2: width, y1: CHART.height + 0.5, y2: CHART.height + 0.5 }));
  for (const bar of shown) {
    const { journal } = bar;
    const label = `${journal.title} (${journal.date ?? 'undated'}): ${journal.done} of ${journal.goals} goals done`;
    const group = svgButton(svg('g', { class: 'bar' }), label, `journal:${journal.path}`, () => actions.reveal(journal.path, 0));
    const title = svg('title');
    title.textContent = label;
    const cx = bar.x + CHART.barWidth / 2;
    append(group,
      title,
      svg('rect', { class: 'total', x: bar.x, y: bar.y, width: CHART.barWidth, height: bar.height }),
      bar.doneHeight > 0 ? svg('rect', { class: 'done', x: bar.x, y: bar.doneY, width: CHART.barWidth, height: bar.doneHeight }) : undefined,
      text(svg('text', { class: 'count', x: cx, y: bar.y - 4, 'text-anchor': 'middle' }), String(journal.goals)),
      text(svg('text', { class: 'date', x: cx, y: CHART.height + 14, 'text-anchor': 'middle' }), bar.label[0]),
      text(svg('text', { class: 'date', x: cx, y: CHART.height + 28, 'text-anchor': 'middle' }), bar.label[1]));
    chart.appendChild(group);
  }
  const legend = append(el('p', 'legend muted'), el('span', 'swatch total'), el('span', undefined, ' goals  '), el('span', 'swatch done'), el('span', undefined, ' done'));
  const list = el('ul', 'journals');
  for (const journal of journals) {
    list.appendChild(append(el('li'),
      linkButton(journal.title, `journal-link:${journal.path}`, () => actions.reveal(journal.path, 0)),
      el('span', 'muted', ` ${journal.date ?? 'undated'} · ${journal.goals} ${journal.goals === 1 ? 'goal' : 'goals'}, ${journal.done} done`)));
  }
  return append(section, append(el('div', 'chart-scroll'), chart), legend, list);
}

function text<T extends SVGElement>(element: T, value: string): T {
  element.textContent = value;
  return element;
}
