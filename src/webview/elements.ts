/// <reference lib="dom" />
/**
 * Small DOM builders for the dashboard. Text always goes in through `textContent` and values
 * through attributes, so journal text is never parsed as HTML.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An HTML element with an optional class and text. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}

/** An SVG element with attributes (numbers and strings, set with `setAttribute`). */
export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number> = {}): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  return element;
}

/** Appends children, skipping `undefined`, and returns the parent. */
export function append<T extends Node>(parent: T, ...children: ReadonlyArray<Node | undefined>): T {
  for (const child of children) if (child) parent.appendChild(child);
  return parent;
}

/** A horizontal bar of `value` percent (an SVG, so no inline style is needed under the CSP). */
export function meter(value: number, label: string, className = ''): SVGSVGElement {
  const bar = svg('svg', {
    class: `meter ${className}`.trim(),
    viewBox: '0 0 100 6',
    preserveAspectRatio: 'none',
    role: 'img',
    'aria-label': label,
  });
  const clamped = Math.min(100, Math.max(0, value));
  return append(bar, svg('rect', { class: 'track', width: 100, height: 6 }), clamped > 0 ? svg('rect', { class: 'fill', width: clamped, height: 6 }) : undefined);
}

/** A button that looks like a link and runs `action`; `key` lets focus survive a re-render. */
export function linkButton(text: string, key: string, action: () => void, className = 'link'): HTMLButtonElement {
  const button = el('button', className, text);
  button.type = 'button';
  button.dataset.key = key;
  button.addEventListener('click', action);
  return button;
}

/** Makes an SVG element act as a button: focusable, and Enter or Space run `action`. */
export function svgButton<T extends SVGElement>(element: T, label: string, key: string, action: () => void): T {
  element.setAttribute('role', 'button');
  element.setAttribute('tabindex', '0');
  element.setAttribute('aria-label', label);
  element.dataset.key = key;
  element.addEventListener('click', action);
  element.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      action();
    }
  });
  return element;
}
