// Placeholder for the evidence page (replaced by the page owner).
Component({
  data: {
    description: '还没有保存的证据',
  },
});
