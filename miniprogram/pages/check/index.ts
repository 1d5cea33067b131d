// Placeholder for the check page (replaced by the page owner). Built with Component()
// so miniprogram-simulate can render it in tests.
Component({
  data: {
    title: '核验催款通知',
    hint: '粘贴或转发收到的短信、微信消息，先核验再回电。',
  },
  methods: {
    onStart() {
      // The real page starts a check here.
    },
  },
});
