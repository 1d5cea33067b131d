// Placeholder for the official-channels page (replaced by the page owner).
Component({
  data: {
    title: '官方客服渠道',
    label: '回电前先在这里核对号码',
  },
});
