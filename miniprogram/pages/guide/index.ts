// Placeholder for the guide page (replaced by the page owner).
Component({
  data: {
    title: '收到催款怎么办',
    label: '核实信息、保留证据、理性处理',
  },
});
