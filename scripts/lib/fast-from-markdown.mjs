// A build-time change to mdast-util-from-markdown (remark's parser), applied by esbuild.mjs and
// the benchmark's bundles. Its compiler hands every handler of every micromark event a fresh
// copy of its context (`{...context, sliceSerialize}`): about a million nine-property objects
// for a 1 MB journal, a seventh of a fresh process's full lint. No handler (of the library, of
// the GFM and front-matter utilities we use) writes to `this` or keeps it: all state lives in
// the shared `stack`, `tokenStack` and `data`. So one object serves every event, with only
// `sliceSerialize` set per event. Same trees: test/unit/fast-from-markdown.test.ts compares the
// patched parser with the library as published, on every fixture and on fuzzed texts.
//
// When the library changes so that the loop is not found, the build fails with the reason
// (check the new version's loop, then update or drop this change), never silently.

/** The compile loop of mdast-util-from-markdown 2.x (lib/index.js), as published. */
const PUBLISHED = `    events = prepared;
    index = -1;
    while (++index < events.length) {
      const handler = config[events[index][0]];
      if (events[index][0] === 'enter' && config.beforeEnter.length > 0) {
        callListeners(config.beforeEnter, {
          ...context,
          sliceSerialize: events[index][2].sliceSerialize
        }, events[index][1]);
      }
      if (own.call(handler, events[index][1].type)) {
        // Note: spread first, V8 has optimizations for object shape cloning.
        handler[events[index][1].type].call({
          ...context,
          sliceSerialize: events[index][2].sliceSerialize
        }, events[index][1]);
      }
      if (events[index][0] === 'exit' && config.afterExit.length > 0) {
        callListeners(config.afterExit, {
          ...context,
          sliceSerialize: events[index][2].sliceSerialize
        }, events[index][1]);
      }
    }`;

/** The same loop with one context object for all events. */
const PATCHED = `    events = prepared;
    index = -1;
    // career-journal: one context object for every event (scripts/lib/fast-from-markdown.mjs).
    const shared = {...context, sliceSerialize: undefined};
    while (++index < events.length) {
      const handler = config[events[index][0]];
      shared.sliceSerialize = events[index][2].sliceSerialize;
      if (events[index][0] === 'enter' && config.beforeEnter.length > 0) {
        callListeners(config.beforeEnter, shared, events[index][1]);
      }
      if (own.call(handler, events[index][1].type)) {
        handler[events[index][1].type].call(shared, events[index][1]);
      }
      if (events[index][0] === 'exit' && config.afterExit.length > 0) {
        callListeners(config.afterExit, shared, events[index][1]);
      }
    }`;

/** The marker the patched source carries (tests look for it in bundles). */
export const MARKER = 'career-journal: one context object for every event';

/** mdast-util-from-markdown's lib/index.js with the change; throws when the loop is not there. */
export function patchFromMarkdown(source) {
  const text = source.replace(/\r\n/g, '\n');
  if (text.includes(MARKER)) return text;
  const at = text.indexOf(PUBLISHED);
  if (at < 0 || text.indexOf(PUBLISHED, at + 1) >= 0) {
    throw new Error('mdast-util-from-markdown changed: its compile loop is not the one scripts/lib/fast-from-markdown.mjs rewrites. Check the new loop, then update or drop the change.');
  }
  return text.slice(0, at) + PATCHED + text.slice(at + PUBLISHED.length);
}

/** The esbuild plugin: every bundle that includes mdast-util-from-markdown gets the change. */
export const fastFromMarkdown = {
  name: 'fast-from-markdown',
  setup(build) {
    build.onLoad({ filter: /[\\/]mdast-util-from-markdown[\\/]lib[\\/]index\.js$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      return { contents: patchFromMarkdown(await readFile(args.path, 'utf8')), loader: 'js' };
    });
  },
};
