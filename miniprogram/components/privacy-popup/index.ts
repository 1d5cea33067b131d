// Privacy consent popup. WeChat asks through wx.onNeedPrivacyAuthorization when a protected
// API (clipboard, chat files) is used before the user agreed to the privacy guide; this
// shows what the app does with data and a real <button open-type="agreePrivacyAuthorization">.
// Only one listener is active in WeChat, so every page with the popup registers it on show.
type Resolve = (o: WechatMiniprogram.NeedPrivacyAuthorizationResolveOption) => void;

/** Requests waiting for the user's answer (several APIs can ask at once). */
const pending = new Set<Resolve>();

export {};

function answer(o: WechatMiniprogram.NeedPrivacyAuthorizationResolveOption): void {
  for (const r of pending) {
    try {
      r(o);
    } catch {
      /* a stale request */
    }
  }
  pending.clear();
}

Component({
  options: { addGlobalClass: true },
  data: {
    show: false,
    referrer: '',
  },
  lifetimes: {
    attached() {
      (this as unknown as { listen: () => void }).listen();
    },
  },
  pageLifetimes: {
    show() {
      (this as unknown as { listen: () => void }).listen();
    },
  },
  methods: {
    listen() {
      // Base library 2.32.3+; older clients have no privacy prompt to answer.
      if (
        typeof (wx as unknown as Record<string, unknown>).onNeedPrivacyAuthorization !== 'function'
      )
        return;
      (wx as unknown as WechatMiniprogram.PrivacyWx).onNeedPrivacyAuthorization((resolve, info) => {
        pending.add(resolve);
        this.setData({ show: true, referrer: (info && info.referrer) || '' });
        resolve({ event: 'exposureAuthorization' });
      });
    },
    onAgree() {
      answer({ event: 'agree', buttonId: 'privacy-agree' });
      this.setData({ show: false });
    },
    onDisagree() {
      answer({ event: 'disagree' });
      this.setData({ show: false });
      this.triggerEvent('disagree');
    },
    onOpenContract() {
      try {
        wx.openPrivacyContract({});
      } catch {
        /* older base library: the text in the popup says enough */
      }
    },
    noop() {},
  },
});
