// WeChat APIs the app uses that miniprogram-api-typings 3.12 does not declare.
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

  interface Wx {
    /** Base library 2.32.3+: a privacy-protected API needs the user's consent first. */
    onNeedPrivacyAuthorization(listener: NeedPrivacyAuthorizationListener): void;
  }
}
