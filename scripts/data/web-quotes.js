'use strict';
// Web-page sources have no snapshot to rebuild from: data/quotes/<id>.json holds each page's
// verbatim quotes with its URL and is the source of truth. One source per outlet, so a split
// never holds two pages of the same site.

/** An extractor module for a quotes file: { id, split, build(ctx) }. */
function webSource(id, split) {
  return {
    id,
    split,
    build(ctx) {
      const q = ctx.quotes(id);
      return q.messages.map((m) => ({
        text: m.text,
        label: m.label,
        channel: m.channel,
        kind: m.kind,
        url: m.url || q.url,
      }));
    },
  };
}

module.exports = { webSource };
