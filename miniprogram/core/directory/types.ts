// The directory of official channels: one entry per institution, every fact sourced.

export type InstitutionKind = 'lender' | 'bank' | 'payment' | 'regulator' | 'police' | 'complaint';

/** C1: official text itself. C2: reputable secondary source. U: unconfirmed (never ships a number). */
export type Confidence = 'C1' | 'C2' | 'U';

export interface Hotline {
  /** Digits only, the way it is dialled in mainland China, e.g. "95384", "01012321", "4008308003". */
  number: string;
  /** Chinese label, e.g. "客服热线", "信用卡中心". */
  label: string;
  hours?: string;
  /** Same number listed under more than one entry on purpose (e.g. group line). */
  shared?: boolean;
  /** Confidence of this number specifically (C1/C2 only ship). */
  confidence: Confidence;
  /** Other sourced written forms that reach this same line, e.g. "+86 571 95017" (matched after normalisation). */
  altForms?: string[];
  /** Caller ID may legitimately show "area code + number" (sourced for 96110: "区号+96110"). */
  areaCodePrefixOk?: boolean;
  /** Any other prefix or suffix (+, 00, extension) marks an impersonation (sourced for 96110). */
  strictForm?: boolean;
}

/** A number published for this institution by an unreliable page and known to be wrong. */
export interface WrongNumber {
  /** Digits only. */
  number: string;
  /** What it was claimed to be, e.g. "微众银行客服". */
  claimedAs: string;
  source: string;
}

export interface DirectoryEntry {
  id: string;
  name: string;
  /** Simplified and traditional names, product names, short forms. */
  aliases: string[];
  kind: InstitutionKind;
  hotlines: Hotline[];
  /** Registrable domains, lower case, e.g. "webank.com". */
  domains: string[];
  /** How to reach the official service inside apps, e.g. "微信 → 我 → 服务 → 微粒贷借钱". */
  entryPoints: string[];
  /** SMS signatures the institution really uses, e.g. "【微众银行】". */
  smsSignatures: string[];
  notes: string[];
  /** What it is for (help channels) — shown on the directory page. */
  purpose?: string;
  /** When no number ships: where the user finds the real one. */
  whereToFindNumber?: string;
  confidence: Confidence;
  sources: string[];
  /** Aliases that are ordinary words too (e.g. "平安", "分付" in "部分付款"): matched by name lookup, but in running text only next to a finance context word or inside 【】. */
  weakAliases?: string[];
  /** Latin brand tokens for look-alike links (e.g. "webank", "jd"). Tokens of 3 letters or fewer only match a whole hyphen- or dot-separated label part. */
  brandTokens?: string[];
  /** Numbers wrongly published for this institution (SEO pages); looking one up says "not official". */
  wrongNumbers?: WrongNumber[];
  /** SMS signatures that the sources say the institution does NOT use (e.g. 【微粒贷】): a notice signed so is suspect. */
  suspectSmsSignatures?: string[];
  /**
   * Apps the sources say do not exist (e.g. "微粒贷": WeBank has no standalone app, facts.md §1):
   * a message that sends the reader to download or open one sends them to a copy.
   */
  missingApps?: string[];
  /** ISO date the entry was last checked against its sources. */
  verified: string;
}

export interface LookupAnswer {
  query: string;
  kind: 'number' | 'link' | 'name';
  /** true: official for `entry`; false: known not official (e.g. look-alike, or wrong number for the named brand); null: unknown. */
  official: boolean | null;
  entry: DirectoryEntry | null;
  lookalike_of: string | null;
}
