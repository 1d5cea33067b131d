// mobx-miniprogram-bindings reads `storeBindings` from Component() options (with
// storeBindingsBehavior in `behaviors`); the WeChat typings do not know that option.
declare namespace WechatMiniprogram.Component {
  interface StoreBindingOption {
    namespace?: string;
    store: unknown;
    fields: string[] | Record<string, string | ((store: never) => unknown)>;
    /** Required by mobx-miniprogram-bindings 3.0.1 (may be empty). */
    actions: string[] | Record<string, string>;
    structuralComparison?: boolean;
  }
  interface OtherOption {
    storeBindings?: StoreBindingOption | StoreBindingOption[];
  }
}
