// The global `wx`, read when a service is called (never at import), so services can be
// imported anywhere and tests can install a fake first.
export type Wx = WechatMiniprogram.Wx;

export function currentWx(): Wx {
  return (globalThis as unknown as { wx: Wx }).wx;
}

/** WeChat's errMsg (or an Error's message) as a string, for classifying failures. */
export function errMsgOf(e: unknown): string {
  const o = e as { errMsg?: unknown; message?: unknown } | null;
  let said: unknown = null;
  if (o) said = o.errMsg != null ? o.errMsg : o.message;
  return String(said != null ? said : e);
}

export function isCancel(e: unknown): boolean {
  return /cancel/i.test(errMsgOf(e));
}
