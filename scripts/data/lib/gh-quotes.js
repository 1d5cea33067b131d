'use strict';
// GitHub files quoted through the search tool's look-ups (read_file / find_string), never from a
// `fetch` snapshot: data/quotes/<id>.json holds each quoted string with the file's pinned address
// and is the source of truth. A source is one repository; several files of it go in `files`.
// A message is either verbatim `text`, or a verbatim `template` that is filled here: `replace`
// swaps the source's own literal stand-ins (XXX, ***, regex groups) for neutral values, then ctx.fill() fills
// %s / {0} / ${x} / {Name} placeholders with the fixed fillers of scripts/data/fill.js.
// A `replace` value may be a list: successive occurrences of the stand-in take successive values
// (a regex template with several ([\d]+) groups for a phone, a year, a month, a day).
function fillTemplate(ctx, m) {
  let t = m.template;
  for (const [from, to] of Object.entries(m.replace || {})) {
    const parts = t.split(from);
    t = Array.isArray(to)
      ? parts.reduce((acc, part, i) => acc + to[Math.min(i - 1, to.length - 1)] + part)
      : parts.join(to);
  }
  return ctx.fill(t, m.fill || {});
}

function ghQuotes(id, split) {
  return {
    id,
    split,
    build(ctx) {
      const q = ctx.quotes(id);
      return q.files.flatMap((f) =>
        f.messages.map((m) => ({
          text: m.template === undefined ? m.text : fillTemplate(ctx, m),
          template: m.template,
          label: m.label,
          channel: m.channel,
          kind: m.kind,
          url: f.url,
        })),
      );
    },
  };
}

module.exports = { ghQuotes };
