// Character folding shared by the number, link and name lookups (pure, no wx / Node APIs).

/** Full-width ASCII (！..～) and the ideographic space become their ASCII forms. */
export function toHalfWidth(s: string): string {
  let out = '';
  let changed = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) {
      out += String.fromCharCode(c - 0xfee0);
      changed = true;
    } else if (c === 0x3000) {
      out += ' ';
      changed = true;
    } else {
      out += s[i];
    }
  }
  return changed ? out : s;
}
