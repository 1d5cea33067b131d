'use strict';
// Web-page sources have no snapshot to rebuild from: data/quotes/<id>.json holds the verbatim
// quotes with their page address and is the source of truth. A source is one site; several pages
// of it go in `pages`, each with its own url.
function webQuotes(id, split) {
  return {
    id,
    split,
    build(ctx) {
      const q = ctx.quotes(id);
      const pages = q.pages || [q];
      return pages.flatMap((p) =>
        p.messages.map((m) => ({
          text: m.text,
          label: m.label,
          channel: m.channel,
          kind: m.kind,
          url: p.url,
        })),
      );
    },
  };
}

module.exports = { webQuotes };
