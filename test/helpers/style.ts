/**
 * Resolved styles of a rendered page, for the accessibility test (text size, contrast, tap
 * targets). jsdom parses the WXSS that miniprogram-simulate injects but computes almost
 * nothing (no custom properties, no inheritance of font-size), so this is a small cascade of
 * our own: selector matching by jsdom, specificity and source order, inline styles, inheritance
 * of colour / font / custom properties, var() with fallbacks, rpx at 375 px (installRpx), rem
 * from the page-meta root font size. app.wxss, which simulate leaves out, is compiled the way
 * simulate compiles page styles (class prefix "main") and added (addAppStyle).
 *
 * It is an estimate, not a layout engine: heights come from height / min-height / line-height
 * plus padding, never from real layout.
 */
import * as fs from 'fs';
import * as path from 'path';
import { MINIPROGRAM_ROOT } from './page';

const nodeRequire = require as unknown as NodeJS.Require;
const WIDTH = 375;

/** WeChat makes 750rpx the screen width; simulate's default turns 1rpx into 1px. */
export function installRpx(): void {
  const utils = nodeRequire('miniprogram-simulate/src/utils') as {
    transformRpx: (css: string) => string;
  };
  utils.transformRpx = (css: string) =>
    css.replace(
      /(-?\d*\.?\d+)rpx/g,
      (_m, n: string) => `${+((parseFloat(n) * WIDTH) / 750).toFixed(2)}px`,
    );
}

/** app.wxss as a <style> (once per document); `page` becomes `.wx-page`. */
export function addAppStyle(): void {
  if (document.getElementById('app-wxss')) return;
  const simWxss = nodeRequire('miniprogram-simulate/src/wxss') as {
    compile: (wxss: string, opts: { prefix: string }) => string;
  };
  const utils = nodeRequire('miniprogram-simulate/src/utils') as {
    transformRpx: (css: string) => string;
  };
  const wxss = fs.readFileSync(path.join(MINIPROGRAM_ROOT, 'app.wxss'), 'utf8');
  const css = utils
    .transformRpx(simWxss.compile(wxss, { prefix: 'main' }))
    .replace(/(^|[{},\s])page(?=\s*[{,.:[>\s])/g, '$1.wx-page');
  const el = document.createElement('style');
  el.id = 'app-wxss';
  el.textContent = css;
  document.head.insertBefore(el, document.head.firstChild);
}

// ------------------------------------------------------------------------------- colours

export type RGBA = [number, number, number, number];

const NAMED: Record<string, RGBA> = {
  white: [255, 255, 255, 1],
  black: [0, 0, 0, 1],
  transparent: [0, 0, 0, 0],
  red: [255, 0, 0, 1],
};

export function parseColor(v: string): RGBA | null {
  const s = v.trim().toLowerCase();
  if (NAMED[s]) return NAMED[s];
  let m = /^#([0-9a-f]{3,8})$/.exec(s);
  if (m) {
    let h = m[1];
    if (h.length === 3 || h.length === 4)
      h = h
        .split('')
        .map((c) => c + c)
        .join('');
    const n = (i: number) => parseInt(h.slice(i, i + 2), 16);
    return [n(0), n(2), n(4), h.length === 8 ? n(6) / 255 : 1];
  }
  m = /^rgba?\(([^)]+)\)$/.exec(s);
  if (m) {
    const p = m[1]
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map(parseFloat);
    return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
  }
  return null;
}

/** The first colour in a value such as `background: #fff url(x) no-repeat`. */
function firstColor(v: string): RGBA | null {
  const m = /#[0-9a-f]{3,8}\b|rgba?\([^)]*\)|\b(?:white|black|transparent|red)\b/i.exec(v);
  return m ? parseColor(m[0]) : null;
}

function over(top: RGBA, below: RGBA): RGBA {
  const a = top[3];
  return [
    top[0] * a + below[0] * (1 - a),
    top[1] * a + below[1] * (1 - a),
    top[2] * a + below[2] * (1 - a),
    1,
  ];
}

function luminance(c: RGBA): number {
  const f = (x: number) => {
    const v = x / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]);
}

export function contrast(a: RGBA, b: RGBA): number {
  const x = luminance(a);
  const y = luminance(b);
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

export function hex(c: RGBA): string {
  return (
    '#' +
    c
      .slice(0, 3)
      .map((n) => Math.round(n).toString(16).padStart(2, '0'))
      .join('')
  );
}

// ------------------------------------------------------------------------------- cascade

interface Decl {
  value: string;
  important: boolean;
  spec: number;
  order: number;
}

interface Rule {
  selector: string;
  spec: number;
  order: number;
  decls: { prop: string; value: string; important: boolean }[];
}

const INHERITED = new Set(['color', 'font-size', 'font-weight', 'line-height', 'white-space']);

function specificity(sel: string): number {
  const ids = (sel.match(/#[\w-]+/g) ?? []).length;
  const classes = (sel.match(/\.[\w-]+|\[[^\]]+\]|:(?!not)[\w-]+/g) ?? []).length;
  const tags = (sel.replace(/\([^)]*\)/g, '').match(/(^|[\s>+~])[a-z][\w-]*/gi) ?? []).length;
  return ids * 10000 + classes * 100 + tags;
}

/** Split a selector list on top-level commas (not inside :not(...)). */
function splitSelectors(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of list) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

function parseInline(style: string): { prop: string; value: string; important: boolean }[] {
  const out: { prop: string; value: string; important: boolean }[] = [];
  for (const part of style.split(';')) {
    const i = part.indexOf(':');
    if (i < 0) continue;
    const prop = part.slice(0, i).trim().toLowerCase();
    let value = part.slice(i + 1).trim();
    const important = /!important$/.test(value);
    value = value.replace(/\s*!important$/, '');
    if (prop) out.push({ prop, value, important });
  }
  return out;
}

/** + - * / and parentheses over plain numbers (what calc() leaves once lengths are px). */
function arithmetic(expr: string): number | undefined {
  const tokens = expr.match(/\d*\.?\d+|[-+*/()]/g);
  if (!tokens || tokens.join('') !== expr.replace(/\s+/g, '')) return undefined;
  let i = 0;
  const atom = (): number => {
    const t = tokens[i++];
    if (t === '(') {
      const v = sum();
      i++;
      return v;
    }
    if (t === '-') return -atom();
    return parseFloat(t);
  };
  const product = (): number => {
    let v = atom();
    while (tokens[i] === '*' || tokens[i] === '/')
      v = tokens[i++] === '*' ? v * atom() : v / atom();
    return v;
  };
  const sum = (): number => {
    let v = product();
    while (tokens[i] === '+' || tokens[i] === '-')
      v = tokens[i++] === '+' ? v + product() : v - product();
    return v;
  };
  const v = sum();
  return Number.isFinite(v) ? v : undefined;
}

/** The classes of a selector's last compound (what an element must have to match at all). */
function keyClasses(sel: string): string[] {
  const last = sel.split(/[\s>+~]+/).pop() ?? '';
  return (last.replace(/:not\([^)]*\)/g, '').match(/\.[\w-]+/g) ?? []).map((c) => c.slice(1));
}

export class Styles {
  private rules: Rule[] = [];
  /** Rules by one class of their last compound; `generic` have none (tags, `*`). */
  private byClass = new Map<string, Rule[]>();
  private generic: Rule[] = [];
  private cache = new Map<Element, Map<string, string>>();
  private fontCache = new Map<Element, number>();

  constructor(
    private readonly rootFontPx: number,
    doc: Document = document,
  ) {
    let order = 0;
    for (const sheet of Array.from(doc.styleSheets)) {
      let rules: CSSRuleList;
      try {
        rules = (sheet as CSSStyleSheet).cssRules;
      } catch {
        continue;
      }
      for (const r of Array.from(rules)) {
        // Only plain style rules: @media (prefers-color-scheme) is covered by .theme-dark,
        // which the pages put on their root view.
        const sr = r as CSSStyleRule;
        if (!sr.selectorText || !sr.style) continue;
        const decls: Rule['decls'] = [];
        for (let i = 0; i < sr.style.length; i++) {
          const prop = sr.style[i];
          decls.push({
            prop,
            value: sr.style.getPropertyValue(prop),
            important: sr.style.getPropertyPriority(prop) === 'important',
          });
        }
        for (const selector of splitSelectors(sr.selectorText)) {
          // Pseudo-elements carry no text of ours; states (:active) are not the resting look.
          if (/::?(before|after|placeholder|active|hover|focus)|::-webkit/i.test(selector))
            continue;
          const rule = { selector, spec: specificity(selector), order: order++, decls };
          this.rules.push(rule);
          const key = keyClasses(selector)[0];
          if (!key) this.generic.push(rule);
          else {
            const list = this.byClass.get(key);
            if (list) list.push(rule);
            else this.byClass.set(key, [rule]);
          }
        }
      }
    }
  }

  /** Only the rules that can match: indexed by class, so a 3,000-node page stays quick. */
  private candidates(el: Element): Rule[] {
    const out = [...this.generic];
    for (const c of Array.from(el.classList)) {
      const list = this.byClass.get(c);
      if (list) out.push(...list);
    }
    return out;
  }

  /** Declared (not yet resolved) values on this element, winner per property. */
  private declared(el: Element): Map<string, string> {
    let map = this.cache.get(el);
    if (map) return map;
    const best = new Map<string, Decl>();
    const put = (prop: string, d: Decl) => {
      const cur = best.get(prop);
      if (
        !cur ||
        (d.important && !cur.important) ||
        (d.important === cur.important &&
          (d.spec > cur.spec || (d.spec === cur.spec && d.order >= cur.order)))
      )
        best.set(prop, d);
    };
    for (const r of this.candidates(el)) {
      let ok = false;
      try {
        ok = el.matches(r.selector);
      } catch {
        ok = false;
      }
      if (!ok) continue;
      for (const d of r.decls) put(d.prop, { ...d, spec: r.spec, order: r.order });
    }
    const inline = el.getAttribute('style');
    if (inline) for (const d of parseInline(inline)) put(d.prop, { ...d, spec: 1e9, order: 1e9 });
    map = new Map([...best].map(([k, v]) => [k, v.value]));
    this.cache.set(el, map);
    return map;
  }

  /** A custom property as the element sees it (declared here, else inherited). */
  custom(el: Element | null, name: string, depth = 0): string | undefined {
    for (let e = el; e; e = e.parentElement) {
      const v = this.declared(e).get(name);
      if (v !== undefined) return depth > 20 ? v : this.resolve(v, e, depth + 1);
    }
    return undefined;
  }

  /** Replace var(--x, fallback) using the custom properties seen at `el`. */
  resolve(value: string, el: Element, depth = 0): string {
    let out = value;
    for (let guard = 0; guard < 20 && out.includes('var('); guard++) {
      const i = out.lastIndexOf('var(');
      let j = i + 4;
      let d = 1;
      while (j < out.length && d > 0) {
        if (out[j] === '(') d++;
        if (out[j] === ')') d--;
        j++;
      }
      const inner = out.slice(i + 4, j - 1);
      const comma = inner.indexOf(',');
      const name = (comma < 0 ? inner : inner.slice(0, comma)).trim();
      const fallback = comma < 0 ? '' : inner.slice(comma + 1).trim();
      const v = this.custom(el, name, depth);
      out = out.slice(0, i) + (v !== undefined && v !== '' ? v : fallback) + out.slice(j);
    }
    return out.trim();
  }

  /** A property's resolved value: declared here, else inherited for inherited properties. */
  value(el: Element, prop: string): string {
    const v = this.declared(el).get(prop);
    if (v !== undefined && v !== 'inherit') return this.resolve(v, el);
    if ((INHERITED.has(prop) || v === 'inherit') && el.parentElement)
      return this.value(el.parentElement, prop);
    return '';
  }

  /** A length in px ('' or unknown → undefined). `basePx` is the font size for em. */
  px(v: string, basePx: number): number | undefined {
    const s = v.trim();
    if (!s) return undefined;
    if (/^calc\(/.test(s)) {
      const expr = s
        .slice(5, -1)
        .replace(/env\([^)]*\)/g, '0px')
        .replace(/(-?\d*\.?\d+)(px|rem|em|%)?/g, (_m, n: string, u?: string) => {
          const x = parseFloat(n);
          if (u === 'rem') return String(x * this.rootFontPx);
          if (u === 'em') return String(x * basePx);
          return String(x);
        });
      return arithmetic(expr);
    }
    const m = /^(-?\d*\.?\d+)(px|rem|em|%)?$/.exec(s);
    if (!m) return undefined;
    const n = parseFloat(m[1]);
    if (m[2] === 'rem') return n * this.rootFontPx;
    if (m[2] === 'em') return n * basePx;
    if (m[2] === '%') return (n / 100) * basePx;
    return n;
  }

  fontPx(el: Element): number {
    const cached = this.fontCache.get(el);
    if (cached !== undefined) return cached;
    const parent = el.parentElement ? this.fontPx(el.parentElement) : this.rootFontPx;
    const d = this.declared(el).get('font-size');
    let px = parent;
    if (d !== undefined && d !== 'inherit') {
      const r = this.resolve(d, el);
      px = this.px(r, parent) ?? parent;
    } else {
      // `font: 14px/1 vant-icon` (a shorthand) sets the size too.
      const font = this.declared(el).get('font');
      const m = font ? /(\d*\.?\d+px)/.exec(this.resolve(font, el)) : null;
      if (m) px = parseFloat(m[1]);
    }
    this.fontCache.set(el, px);
    return px;
  }

  lineHeightPx(el: Element): number {
    const font = this.fontPx(el);
    const v = this.value(el, 'line-height');
    if (!v || v === 'normal') return font * 1.2;
    if (/^\d*\.?\d+$/.test(v)) return parseFloat(v) * font;
    return this.px(v, font) ?? font * 1.2;
  }

  color(el: Element): RGBA {
    const v = this.value(el, 'color');
    return (v && firstColor(v)) || [0, 0, 0, 1];
  }

  /** The element's own background colour (transparent when none). */
  ownBackground(el: Element): RGBA {
    const v = this.value(el, 'background-color') || this.value(el, 'background');
    return (v && firstColor(v)) || [0, 0, 0, 0];
  }

  /** What is painted behind the element's text: its own and its ancestors' backgrounds. */
  background(el: Element): RGBA {
    const layers: RGBA[] = [];
    for (let e: Element | null = el; e; e = e.parentElement) {
      const c = this.ownBackground(e);
      if (c[3] > 0) layers.push(c);
      if (c[3] >= 1) break;
    }
    let out: RGBA = [255, 255, 255, 1];
    for (const c of layers.reverse()) out = over(c, out);
    return out;
  }

  hidden(el: Element): boolean {
    for (let e: Element | null = el; e; e = e.parentElement) {
      if (this.value(e, 'display') === 'none') return true;
      if (this.value(e, 'visibility') === 'hidden') return true;
      const o = this.value(e, 'opacity');
      if (o && parseFloat(o) < 0.6) return true; // disabled controls (WCAG exempts them)
    }
    return false;
  }

  /** Padding-top + padding-bottom in px. */
  private verticalPadding(el: Element): number {
    const font = this.fontPx(el);
    const one = (p: string) => this.px(this.value(el, p), font) ?? 0;
    const sh = this.value(el, 'padding');
    let top = 0;
    let bottom = 0;
    if (sh) {
      const parts = sh.split(/\s+(?![^(]*\))/);
      top = this.px(parts[0], font) ?? 0;
      bottom = this.px(parts[2] ?? parts[0], font) ?? 0;
    }
    if (this.declared(el).has('padding-top')) top = one('padding-top');
    if (this.declared(el).has('padding-bottom')) bottom = one('padding-bottom');
    return top + bottom;
  }

  /** Estimated height of a tap target: the larger of height, min-height and one text line. */
  heightPx(el: Element): number {
    const font = this.fontPx(el);
    const h = this.px(this.value(el, 'height'), font) ?? 0;
    const min = this.px(this.value(el, 'min-height'), font) ?? 0;
    const lines = Math.max(
      1,
      Array.from(el.querySelectorAll('*')).filter((c) =>
        Array.from(c.childNodes).some((n) => n.nodeType === 3 && n.textContent!.trim()),
      ).length,
    );
    const content = this.lineHeightPx(el) * Math.min(lines, 3) + this.verticalPadding(el);
    return Math.max(h, min, content);
  }
}

// ------------------------------------------------------------------------------- audit

export interface AuditOptions {
  minFontPx: number;
  minContrast: number;
  minTargetPx: number;
}

interface WxNode {
  __wxElement?: { __wxEvents?: Record<string, unknown> };
}

function ownText(el: Element): string {
  return Array.from(el.childNodes)
    .filter((n) => n.nodeType === 3)
    .map((n) => n.textContent ?? '')
    .join('')
    .trim();
}

/** Something the user taps: a Vant or native button, a clickable cell, a view with bindtap. */
function isTapTarget(el: Element): boolean {
  const cls = el.getAttribute('class') ?? '';
  // Icons and input controls sit inside the cell or button that is the real target.
  if (/van-icon--van-icon(\s|$)|van-field--van-field|van-field__control/.test(cls)) return false;
  if (/van-button--van-button(\s|$)/.test(cls)) return true;
  if (/van-cell--van-cell--clickable/.test(cls)) return true;
  if (el.tagName === 'WX-BUTTON' && !/van-button--/.test(cls)) return true;
  // A custom component's host (van-transition of a closed popup...): its inner nodes count.
  if (!el.tagName.startsWith('WX-')) return false;
  const events = (el as unknown as WxNode).__wxElement?.__wxEvents;
  return !!events && 'tap' in events && el.tagName !== 'WX-BUTTON';
}

/** Every text and tap target under `root` that is too small or too faint. */
export function audit(root: Element, styles: Styles, o: AuditOptions): string[] {
  const problems: string[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (styles.hidden(el)) continue;
    const text = ownText(el);
    if (text) {
      const size = styles.fontPx(el);
      const label = `"${text.slice(0, 16)}"`;
      if (size < o.minFontPx - 0.01) problems.push(`${label} is ${+size.toFixed(1)}px`);
      const fg = styles.color(el);
      const bg = styles.background(el);
      const ratio = contrast(over(fg, bg), bg);
      if (ratio < o.minContrast)
        problems.push(`${label} ${hex(fg)} on ${hex(bg)} is ${ratio.toFixed(2)}:1`);
    }
    let insideTarget = false;
    for (let p = el.parentElement; p && p !== root; p = p.parentElement)
      if (isTapTarget(p)) insideTarget = true;
    if (isTapTarget(el) && !insideTarget) {
      const h = styles.heightPx(el);
      if (h < o.minTargetPx - 0.5) {
        const t =
          (el.textContent ?? '').trim().slice(0, 16) ||
          `${el.tagName.toLowerCase()}.${el.getAttribute('class')} in .${el.parentElement?.getAttribute('class')}`;
        problems.push(`tap target "${t}" is ${Math.round(h)}px tall`);
      }
    }
  }
  return problems;
}
