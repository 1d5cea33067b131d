// The outside anchor from the evidence pages: send the case's check code to the user's own
// chat (e.g. 文件传输助手) so WeChat's message time witnesses it. Two ways, because a share
// card shows the code at a glance while a tiny file keeps the full code: a share button
// (open-type="share" → onShareAppMessage, whose title carries the code) and
// wx.shareFileMessage (base library ≥ 2.16.1, only from a tap). WeChat no longer reports
// whether a card was really sent, so a card is recorded when it is offered.
import { anchorCheckText, anchorCode } from '../core/evidence/anchor';
import { formatDateTime } from '../core/evidence/format';
import { recordsStore } from '../stores/records';
import { shareFile, toast, writeExportFile } from '../services/viewer';

export const ANCHOR_BUTTON_ID = 'anchor-share';

/** onShareAppMessage: the anchor card for the anchor button, a neutral card otherwise. */
export function shareMessage(res?: { from?: string; target?: { id?: string } }): {
  title: string;
  path: string;
} {
  const neutral = { title: '催款核验：收到催款通知，先核实真假', path: '/pages/check/index' };
  if (!res || res.from !== 'button' || !res.target || res.target.id !== ANCHOR_BUTTON_ID)
    return neutral;
  const offer = recordsStore.anchorOffer();
  if (!offer) return neutral;
  recordsStore.recordAnchor('share_card');
  // The card opens the app's evidence tab, never a case: the chat may be read by others.
  return { title: offer.title, path: '/pages/records/index' };
}

/** Write the anchor file and send it; returns a message to show on failure, or null. */
export async function sendAnchorFile(): Promise<string | null> {
  const offer = recordsStore.anchorOffer();
  if (!offer) return '这个案件还没有证据，先添加一条再发核对码。';
  const written = writeExportFile(`check-code-${Date.now()}.txt`, offer.fileText);
  if (!written.ok) return written.message;
  const r = await shareFile(written.path, `防篡改核对码-${offer.code.replace(/ /g, '')}.txt`);
  if (r.ok) {
    recordsStore.recordAnchor('file');
    toast('已发送，请在聊天里留着这条消息');
    return null;
  }
  return r.cancelled ? null : r.message;
}

/** One line for the page: how the case compares with the code last sent to the chat. */
export function anchorLine(): string {
  const result = recordsStore.integrity.result;
  if (result && result.anchor) return anchorCheckText(result.anchor);
  const a = recordsStore.lastAnchor;
  if (!a) return anchorCheckText(undefined);
  return `上次发到聊天：${formatDateTime(a.at)}，核对码 ${anchorCode(a.digest)}。点“检查”可以看之后有没有改动。`;
}
