// Eighteenth round (zh-scam18.ts): one-line scam scripts as news and police bulletins quote them
// — a nameless "new number", a caller who makes the reader guess, a lie coached for the bank, a
// regulator calling, an account "at risk" fixed as the caller asks, a card the reader never had,
// a caller's proof of being real, a cry for help, a hijacked account; task pay advanced, a sure
// gain, a "teacher" leading trades, a chance about to close; a record removed, a lower rate sold,
// a refund that needs a loan, a credit line "closed" for the reader, an app from outside the
// store. Texts written for these tests, not taken from the corpus; beside them, everyday messages
// with the same parts that must stay reminder or unrelated.
import { check, scamWith } from '../../helpers/checker';
import type { SignalId } from '../../../miniprogram/core/types';

const GENUINE = /^(reminder|unrelated)$/;

const SCAM: Array<[string, SignalId]> = [
  ['你把我新手机号存好，一定存好啊，明天见', 'impersonation'],
  ['你知道我是谁吗？', 'impersonation'],
  ['老同学，还记得我吗？', 'impersonation'],
  ['银行工作人员问你就说是给亲戚转账', 'impersonation'],
  ['不要跟银行说是贷款，就说是装修用', 'impersonation'],
  ['千万别跟柜员说是我们让你转的钱', 'impersonation'],
  ['我们是银保监会的工作人员', 'impersonation'],
  ['您好，这里是中国人民银行征信中心', 'impersonation'],
  ['你的微信账号存在违规行为，请配合我们进行认证', 'impersonation'],
  ['你的名下有一张信用卡透支了五万', 'impersonation'],
  ['您的一張信用卡已透支18000元', 'impersonation'],
  ['你要是不信，可以去官网核实我们的电话', 'impersonation'],
  ['请您放心，我是真正的快递客服', 'impersonation'],
  ['我在国外被扣了，救救我', 'impersonation'],
  ['妈，我被人打了，快打点钱过来', 'impersonation'],
  ['我朋友出车祸住院了，急需你的帮助', 'impersonation'],
  ['我的qq号被盗了，你帮我辅助验证一下', 'impersonation'],
  ['再不转账，我就没命了', 'impersonation'],
  ['叔叔，我被人绑了，快拿钱来', 'impersonation'],
  ['第三单需要垫付3000元', 'investment_lure'],
  ['刷单是合法的，完成后立马返款', 'investment_lure'],
  ['你好，我最近在做一个项目，保证赚钱，要不要一起投', 'investment_lure'],
  ['这是一个虚拟币投资平台，老师带你操作', 'investment_lure'],
  ['这次的投资机会非常难得，很多投资者都已经上车了', 'investment_lure'],
  ['逾期记录可以花钱删除', 'credit_repair'],
  ['你的借款利率可以降低，只需要交点手续费', 'advance_fee'],
  ['降低利率请添加专员微信', 'advance_fee'],
  ['退款需要你在备用金里借一笔钱出来', 'advance_fee'],
  ['我们帮你把网贷额度注销掉', 'account_cancellation'],
  ['这是我们公司内部的APP，应用商店下载不了', 'remote_control'],
  ['这是银行合作渠道专用程序，请下载登录', 'remote_control'],
];

const BENIGN = [
  // A name given, a business's own line, a service's confirmation.
  '我是小李，换号了，以后打这个，请惠存',
  // A new number announced with 请惠存 is how people and offices really do it: no scam yet.
  '各位亲友：本人手机号码已更换，原号码停用，请惠存新号码，谢谢！',
  '老师您好，我是李明的家长，这是我的新号码，请惠存。',
  '本人手机号已更换，敬请惠存',
  '【招商银行】尊敬的客户，我行客服热线号码已变更为95555，敬请惠存',
  '您已成功更换绑定手机号，如非本人操作请致电客服',
  '小区物业通知：物业电话已更换，请业主惠存',
  '你知道我是谁吗？我是你大学室友老王，这周末来你家吃饭',
  '你还记得我们小时候一起去的那个公园吗',
  // Warnings, and the bank's own words.
  '警方提醒：如果有人让你对银行工作人员说是给亲戚转账，那一定是诈骗',
  '银行工作人员问你办什么业务，你就说办工资卡',
  '柜员说这笔钱要三天到账',
  '中国人民银行提醒您：征信修复都是骗局，切勿相信',
  '人民银行发布2026年第三季度货币政策报告',
  '【支付宝】您的账户存在安全风险，请登录支付宝App完成身份验证',
  '【工商银行】您的账户存在异常交易，如非本人操作请致电95588',
  '您尾号1234的信用卡本期账单2000元，请于15日前还款',
  '他说他不是骗子，我不太信，你帮我看看',
  '你放心，我不是骗子，我是你同桌小刘',
  // Family life and trouble with no money asked.
  '我儿子住院了，这几天请假',
  '妈，给我转点钱买书',
  '快来帮帮我搬家，东西太多了',
  '我的微信被盗了，大家不要相信任何借钱的消息',
  '我的QQ被盗了，已经找回来了，大家放心',
  // Tasks, advice and adverts.
  '刷单返利都是诈骗，请大家不要相信',
  '今天第三单快递到了',
  '投资有风险，入市需谨慎',
  '我跟着老师学画画，一个月进步很大',
  '这个项目收益很高，但是风险也很大，我不建议你投',
  '专家指导：如何正确理财，防范投资风险',
  // The record's own rules and the lender's own channels.
  '逾期记录在还清欠款后保留五年，到期自动删除',
  '如对征信报告有异议，可以申请异议处理',
  '【XX银行】分期手续费优惠，费率降低至0.3%，详询官方App',
  '您在我行的贷款利率已下调，新利率从下月生效',
  '校园贷账户需要注销的说法都是诈骗',
  '您可以在App设置中关闭自动续费',
  '您可以在应用商店搜索"普惠金融"下载我们的App',
  '公司内部的报销流程改了',
];

describe('zh-scam18: one-line scripts', () => {
  test.each(SCAM)('%s', (t, id) => {
    scamWith(t, id);
  });
  test.each(BENIGN)('%s stays genuine', (t) => {
    expect(check(t).verdict).toMatch(GENUINE);
  });
});
