// Shared contracts of the checker (see DESIGN.md "The checker's contract").

export type Channel = 'sms' | 'wechat' | 'call' | 'visit' | 'letter' | 'other';
export type Borrowed = 'yes' | 'no' | 'unsure';
export type Verdict = 'scam' | 'abusive' | 'reminder' | 'unrelated';

/** [start, end) in UTF-16 code units of the ORIGINAL text the user gave. */
export type Span = [number, number];

export type SignalId =
  | 'pay_to_unofficial_account'
  | 'credential_request'
  | 'remote_control'
  | 'unofficial_link'
  | 'unofficial_number'
  | 'account_cancellation'
  | 'credit_repair'
  | 'advance_fee'
  | 'authority_threat'
  | 'contact_exposure'
  | 'intimidation'
  | 'urgency'
  | 'debt_relief_agency'
  | 'unknown_debt'
  | 'impersonation'
  | 'night_collection'
  | 'fake_reward'
  | 'loan_lure'
  | 'fund_recovery'
  | 'fake_emergency'
  | 'investment_lure'
  | 'service_suspension'
  /** From the learned second opinion (core/model), not a rule. */
  | 'scam_script';

export interface NoticeInput {
  text: string;
  channel?: Channel;
  sender?: string;
  borrowed?: Borrowed;
}

export interface Signal {
  id: SignalId;
  /** Short Chinese title, e.g. "要求转账到非官方账户". */
  title: string;
  /** Plain Chinese: what it is and why it matters. */
  explanation: string;
  spans: Span[];
}

export type EntityKind =
  'phone' | 'link' | 'amount' | 'date' | 'bank_card' | 'wechat_id' | 'qq' | 'email' | 'institution';

/** How a number or link in the message relates to the directory. */
export type OfficialStatus = 'official' | 'unverified' | 'unofficial' | 'lookalike';

export interface Entity {
  kind: EntityKind;
  /** Exactly as written in the original text. */
  text: string;
  /** Normalised value: digits of a number, lower-case host of a link, yuan of an amount, entry id of an institution. */
  value: string;
  span: Span;
  /** Numbers and links only. */
  status?: OfficialStatus;
  /** Directory entry id the number/link belongs to or imitates. */
  entryId?: string;
  /** Extra detail, e.g. phone subtype ("mobile", "landline", "service", "sms_port", "intl"). */
  detail?: string;
}

export interface NextStep {
  id: string;
  text: string;
  /** A directory number to offer as one-tap call, if any (never a number from the message). */
  call?: { entryId: string; number: string; label: string };
}

export interface CheckResult {
  verdict: Verdict;
  risk: number;
  /** One plain sentence for the verdict card. */
  summary: string;
  signals: Signal[];
  entities: Entity[];
  next_steps: NextStep[];
  /** Set when the input was longer than the cap and only a prefix was checked. */
  truncated?: { checkedChars: number; totalChars: number };
}
