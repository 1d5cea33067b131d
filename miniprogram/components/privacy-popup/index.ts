// Privacy consent popup, one on every page. The app has a single
// wx.onNeedPrivacyAuthorization listener (services/privacy); it asks the popup of the page
// in front, so the question is always on the screen the user is looking at. The popup says
// what this request is for and shows a real <button open-type="agreePrivacyAuthorization">.
import {
  answerPrivacy,
  hostHidden,
  hostShown,
  installPrivacyListener,
  PrivacyHost,
  privacyUseOf,
} from '../../services/privacy';

interface PopupThis {
  host: PrivacyHost;
  setData(d: Record<string, unknown>): void;
  triggerEvent(name: string): void;
}

Component({
  options: { addGlobalClass: true },
  data: {
    show: false,
    /** What this request is for, e.g. "读取剪贴板：粘贴你复制的消息来核验". */
    use: '',
  },
  lifetimes: {
    attached(this: PopupThis) {
      this.host = {
        ask: (referrer) => this.setData({ show: true, use: privacyUseOf(referrer) }),
        dismiss: () => this.setData({ show: false }),
      };
      installPrivacyListener();
      hostShown(this.host);
    },
    detached(this: PopupThis) {
      if (this.host) hostHidden(this.host);
    },
  },
  pageLifetimes: {
    show(this: PopupThis) {
      installPrivacyListener();
      if (this.host) hostShown(this.host);
    },
    hide(this: PopupThis) {
      if (!this.host) return;
      hostHidden(this.host);
      this.setData({ show: false });
    },
  },
  methods: {
    onAgree(this: PopupThis) {
      this.setData({ show: false });
      answerPrivacy('agree');
    },
    onDisagree(this: PopupThis) {
      this.setData({ show: false });
      answerPrivacy('disagree');
      this.triggerEvent('disagree');
    },
    onOpenContract() {
      try {
        wx.openPrivacyContract({});
      } catch (_e) {
        /* older base library: the text in the popup says enough */
      }
    },
    noop() {},
  },
});
