// The outside anchor, in words a frightened user reads. The chain on the phone proves that
// nothing changed since each entry was saved, but someone holding the phone and this code
// could re-seal an edited chain. Sending the head's short code to the user's own chat (e.g.
// 文件传输助手) puts a copy where WeChat's own message time witnesses it: a re-sealed chain
// gives a different code for the same records. Pure TypeScript.
import { formatDateTime } from './format';
import { maskSensitive } from './mask';
import type { AnchorCheck, Case, ChainHead } from './types';

/** 12 hex digits in groups of four, upper case: easy to compare by eye with the chat message. */
export function anchorCode(digest: string): string {
  return (
    digest
      .slice(0, 12)
      .toUpperCase()
      .match(/.{1,4}/g) || []
  ).join(' ');
}

/** Title of the share card sent to the user's own chat (the chat shows it in full). */
export function anchorShareTitle(head: ChainHead, at: number): string {
  return `防篡改核对码 ${anchorCode(head.digest)}（${formatDateTime(at)} 为止的证据）`;
}

/** A tiny text file with the full code, for wx.shareFileMessage. */
export function anchorFileText(c: Pick<Case, 'title' | 'head'>, at: number): string {
  // The title is masked like every export: the chat keeps it.
  return [
    '催款核验 · 防篡改核对记录',
    `案件：${maskSensitive(c.title)}`,
    `记录时间：${formatDateTime(at)}`,
    '包含记录：到这个时间为止的全部证据',
    `核对码：${anchorCode(c.head.digest)}`,
    `完整核对码：${c.head.digest}`,
    '',
    '这条消息由你自己发到自己的微信里，微信显示的发送时间就是证明：',
    '到这个时间为止的记录，以后只要核对码不变，就说明没有被改动过。',
  ].join('\n');
}

/** One sentence on how the chain compares with the latest anchor (for the badge and the report). */
export function anchorCheckText(a: AnchorCheck | undefined): string {
  if (!a) return '还没有把核对码发到自己的微信聊天里。发一次，以后就能证明这之前的记录没被改过。';
  const when = formatDateTime(a.anchor.at);
  const after = a.after > 0 ? `之后又新增了 ${a.after} 条记录。` : '之后没有新增记录。';
  return a.intact
    ? `${when} 发到聊天里的核对码 ${anchorCode(a.anchor.digest)} 对得上：那时已有的证据都没有被改动过。${after}`
    : `和 ${when} 发到聊天里的核对码 ${anchorCode(a.anchor.digest)} 对不上：那时已有的证据里有内容被改动过。`;
}
