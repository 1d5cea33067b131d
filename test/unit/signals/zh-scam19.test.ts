// Nineteenth round (zh-scam19.ts): the reader steered at a cash machine, a bank card, account or
// SIM rented out for pay, a credit line cashed out or spent where the caller says, money put in
// to unlock a line "and returned after", and a platform deposit asked on trust or a gain. Texts written for these tests, not taken from the corpus; beside
// them, everyday messages with the same parts that must stay reminder or unrelated.
import { check, scamWith } from '../../helpers/checker';
import type { SignalId } from '../../../miniprogram/core/types';

const GENUINE = /^(reminder|unrelated)$/;

const SCAM: Array<[string, SignalId]> = [
  // At the machine, the caller leading each step.
  ['你现在去附近的ATM机上，按我说的操作', 'pay_to_unofficial_account'],
  ['到了ATM机后把界面调成英文，输入密码后按确认', 'pay_to_unofficial_account'],
  ['把ATM语言改为English，然后选择transfer，输入我发你的号码', 'pay_to_unofficial_account'],
  ['现在插卡，选择转账，输入我给你的卡号，按确认键', 'pay_to_unofficial_account'],
  ['你到取款机以后给我打电话，我一步步教你操作', 'pay_to_unofficial_account'],
  ['去银行ATM机上操作一下就能领取补贴', 'pay_to_unofficial_account'],
  ['您的手机号即将停机，请到附近的ATM机上按照我们的提示操作', 'pay_to_unofficial_account'],
  ['你到了取款机前面告诉我，我说一步你做一步', 'pay_to_unofficial_account'],
  ['现在去自助银行，把卡插进去，选择English，然后按transfer', 'pay_to_unofficial_account'],
  ['請依照我的指示到ATM操作，將語言改為英文', 'pay_to_unofficial_account'],
  // A card, account, code or SIM rented out for pay.
  ['出租银行卡，一张一天300，日结', 'pay_to_unofficial_account'],
  ['长期收购电话卡，一张给200', 'pay_to_unofficial_account'],
  ['高价收购银行卡四件套，一套3000元', 'pay_to_unofficial_account'],
  ['你名下有闲置银行卡吗？借我用几天，给你500块', 'pay_to_unofficial_account'],
  ['你有不用的微信号吗？租给我们，一个月给你300元', 'pay_to_unofficial_account'],
  ['招聘兼职，提供个人收款码帮收款，每天结算，佣金2%', 'pay_to_unofficial_account'],
  ['跑分兼职，用你的收款码收款，每单提成', 'pay_to_unofficial_account'],
  ['帮忙走账，流水日结，手续费5个点', 'pay_to_unofficial_account'],
  ['高價收購存摺、提款卡，一本月租金兩萬', 'pay_to_unofficial_account'],
  ['出租銀行帳戶，每天三千，當天結清', 'pay_to_unofficial_account'],
  ['你只要提供提款卡給我們，每個月給你五萬元報酬', 'pay_to_unofficial_account'],
  ['只需提供一张一类卡，配合走一下流水，轻松日赚千元', 'pay_to_unofficial_account'],
  ['我们做的是跑分业务，你只要把支付宝给我们用，每天有收益', 'pay_to_unofficial_account'],
  ['租你的微信号用一个月，给你800', 'pay_to_unofficial_account'],
  ['急招卡农，一类卡一张2000，U盾一起带来', 'pay_to_unofficial_account'],
  ['不要告诉家人，出租银行卡一天300日结', 'pay_to_unofficial_account'],
  // A credit line cashed out for the reader.
  ['您的借呗额度可以转出来，套现到你的银行卡，免费帮你操作', 'loan_lure'],
  ['专业花呗套现，秒到账，手续费低', 'loan_lure'],
  ['信用卡额度提不出来？我们帮你刷出来，当天到账', 'loan_lure'],
  ['你的花呗有额度吗？我可以帮你套出来，只收5个点', 'loan_lure'],
  // The line spent where the caller says, or taken out to "re-activate" it.
  ['您的花呗额度已经被冻结，需要您把额度刷到我们指定的商家进行激活', 'pay_to_unofficial_account'],
  ['你把信用卡额度转到这个账户上，我们核实后退给你', 'pay_to_unofficial_account'],
  ['您的信用卡分期已经到期，需要把额度转出来重新激活', 'pay_to_unofficial_account'],
  // Money put in to unlock a line, "returned after".
  ['你的额度还没有激活，需要在我们这边做一笔流水，钱会原路返回', 'advance_fee'],
  ['放款前要验证还款能力，请先转入5000元，验证后马上退给你', 'advance_fee'],
  // A cheap game item or account paid for before it is handed over.
  ['这套皮肤我便宜卖给你，你先转钱，我再把账号给你', 'pay_to_unofficial_account'],
  ['金币半价出，先付款后上号', 'pay_to_unofficial_account'],
  // A platform deposit asked by someone close or a "mentor".
  ['我们交往这么久，你不信我吗？这个平台是我舅舅的，你先充十万进去', 'investment_lure'],
  ['宝贝，我叔叔是投资导师，你先在这个平台充值一万试试', 'investment_lure'],
  ['你先注册这个平台，充值5000，老师带你赚', 'investment_lure'],
  ['零风险，你先在这个平台充一万进去，稳赚', 'investment_lure'],
  ['你好，这是我们公司的内部群，老师每天分享股票，进群后先开户入金', 'investment_lure'],
  ['老师在群里推荐股票，大家都赚了，你下载这个软件注册后充值就能跟着买', 'investment_lure'],
];

const BENIGN = [
  // The bank's own notices about its machines, and friends meeting at one.
  '【工商银行】尊敬的客户，因系统维护，12月5日0:00-6:00本行ATM暂停服务，敬请谅解',
  'ATM机取款时请注意遮挡密码，谨防偷窥',
  '我们ATM支持英文界面，外籍客户可切换为English',
  '插卡后请按屏幕提示输入密码，如有疑问请致电95588',
  '【建设银行】您尾号1234的卡在ATM取款2000元，余额5312.5元',
  '我在楼下ATM取钱，你到了给我打电话',
  '你去ATM机帮我取500块钱，密码我微信发你',
  '妈，你到银行柜台了吗？按我说的，让柜员帮你把定期转活期',
  '到银行柜台办理时请携带本人身份证，按工作人员提示操作',
  '妈，我在ATM这，你把卡号再发我一遍，我给你转',
  '爸，你到ATM了吗？插卡以后按我说的，先选取款，再输入2000',
  '你到ATM了吗？插卡以后按我说的，先选取款，再输入500',
  '您好，您可以到我行ATM上，按照我们的提示操作修改密码',
  '新卡请到ATM按照我们的提示激活',
  '【农业银行】您的新卡已寄出，收到后请持卡到我行ATM或网点激活，激活需输入密码',
  '手机卡插进去以后，按我说的步骤设置APN',
  '把卡插进去，按照我说的把设置改一下，就能上网了',
  // Cards lent among family and friends, rentals of other things.
  '我把健身卡借给你用吧，明天去健身房',
  '我的银行卡借给我妈用了，她去买菜',
  '我的支付宝账号借给你用一下，你帮我买个东西',
  '房屋出租，两室一厅，月租2000元，日结也可以谈',
  '出租车一天跑下来能挣三百多',
  '手机卡月租19元，每月送10G流量',
  '回收旧手机，高价上门',
  '收到你的银行卡号了，一会儿把工资转给你',
  '你帮我把这笔报销走账，一会儿财务找你',
  '收到你的银行卡了，一天300日结的那个活我不干了',
  '房租用的银行卡，一个月3000自动扣',
  '把你的微信号给我用一下，我加他',
  '我的支付宝给我妈用了，每月给她转生活费',
  '我每天用支付宝收款，每天收入两三千',
  '卡农这首曲子一张唱片200元',
  '请提供银行卡给我们，工资每月15号发放，月入5000',
  // The lender's own reminders, rules and ATM cash advance.
  '【支付宝】您的花呗本月账单1200元，还款日为12月9日，请按时还款',
  '信用卡套现属于违规行为，银行将降低额度',
  '严禁利用花呗套现，一经发现将关闭服务',
  '您的信用卡可以在ATM取现，取现手续费1%',
  '信用卡取现请在ATM操作，手续费按我行标准收取',
  '可帮您取现，信用卡取现手续费1%',
  '我上个月把花呗额度用完了，这个月要还三千',
  '我帮你把他的话套出来，看看信用卡是谁刷的',
  '【招商银行】您的信用卡额度已提升，可在掌上生活APP查看',
  '请持卡到我行ATM，按屏幕提示操作即可激活新卡',
  '我把花呗额度刷到了淘宝，买了个手机',
  '信用卡额度转到微信零钱了，挺方便的',
  '信用卡刷到这个pos机上，手续费0.6',
  '押金会在退房后原路返回',
  '您申请的退款将原路返回，请注意查收',
  '【招商银行】您的信用卡已激活，如有多缴款项将原路退回',
  '你先转一下房租给我，下个月我退给你',
  '话费充值100元，激活流量包，未使用部分原路返回',
  '【建设银行】您的信用卡已开通，首次存入任意金额即可激活，存入款项可随时取出',
  '兼职招聘：超市理货员，日结工资，一天150元',
  '收银员兼职，日结，一天200，要求会用收款码',
  '我把微信号借给我表弟用几天，他给我买了奶茶',
  '收购二手电话卡的都是骗子，大家小心',
  '不要出租银行卡，一天300的好处不值得坐牢',
  '不要找人帮你套现，信用卡会被封',
  '花呗可以分期吗？我想把额度用出来买电脑',
  '信用卡额度可以转出来到余额吗？客服说不行',
  '你先在闲鱼平台充值买个会员，老师带你学剪辑',
  '你先在闲鱼平台充值100买个会员，老师带你学剪辑',
  '我舅舅在平台上班，工作稳定，你可以先存一点钱进去买东西',
  // Game items bought in the official market, or paid for by the sender.
  '我在官方交易平台上架了装备，你下单付款后系统自动发货',
  '我在藏宝阁上架了一个号，需要的话去官方平台下单',
  '这个皮肤很便宜，你先付款后系统发货，在官方商城买',
  '这个皮肤打折了，我先付了钱再把兑换码给你',
  '你先把饭钱转给我，我再给你发游戏账号密码，咱俩一起玩',
  // Partners and teachers with a platform but no deposit.
  '宝贝，我在这个平台给你充了会员，你去看看',
  '亲爱的，你先在12306上把票买了，我回头转你钱',
  '老公，你也在京东平台买一点年货吧',
  '老师说这个学习平台你可以先充值一个月试试',
  '你先在美团平台充一点钱，下单有优惠',
  '宝贝，你先在美团平台充一点钱，下单有优惠',
  '老师说这个学习平台你可以先充500试试',
  '【华泰证券】新客开户入金即享万1佣金，专业老师指导，回T退订',
  '我们班级群里老师分享了学习资料，家长们下载APP注册即可查看',
  '群里老师推荐的这个学习平台，注册后充值会员能看全部课程',
  '我舅舅在这个平台工作，你可以投简历试试',
  '我舅舅在银行上班，他说定期存款利率要降了，你可以先存一点',
  '我在证券公司开了户，老师说先入金才能交易，你也可以去营业厅开一个',
  '亲爱的，这个理财产品我买了，收益还行，你要不要也在支付宝上买一点',
  '你可以先存一点到银行的理财APP里，收益稳定',
  '你也可以存一些钱到余额宝账户，收益比银行高',
  '亲爱的，这个月的房贷你先转一下，我下周还你',
];

describe('zh-scam19: steered at the machine, cards rented, credit cashed out, money returned after', () => {
  test.each(SCAM)('%s', (t, id) => {
    scamWith(t, id);
  });
  test.each(BENIGN)('%s stays genuine', (t) => {
    expect(check(t).verdict).toMatch(GENUINE);
  });
});
