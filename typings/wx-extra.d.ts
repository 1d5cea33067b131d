// WeChat API shapes miniprogram-api-typings 3.12 gets wrong or leaves out. Its
// wx.onNeedPrivacyAuthorization listener takes one GeneralCallbackResult; the real listener
// gets (resolve, eventInfo) — see wx.onNeedPrivacyAuthorization in the WeChat docs. Call it
// through PrivacyWx (an overload on Wx would not type the listener's parameters).
declare namespace WechatMiniprogram {
  interface NeedPrivacyAuthorizationResolveOption {
    event: 'exposureAuthorization' | 'agree' | 'disagree';
    /** id of the <button open-type="agreePrivacyAuthorization"> the user tapped. */
    buttonId?: string;
  }
  interface NeedPrivacyAuthorizationInfo {
    /** The API that asked, e.g. "getClipboardData". */
    referrer: string;
  }
  type NeedPrivacyAuthorizationListener = (
    resolve: (option: NeedPrivacyAuthorizationResolveOption) => void,
    eventInfo: NeedPrivacyAuthorizationInfo,
  ) => void;

  interface PrivacyWx {
    /** Base library 2.32.3+: a privacy-protected API needs the user's consent first. */
    onNeedPrivacyAuthorization(listener: NeedPrivacyAuthorizationListener): void;
  }
}
