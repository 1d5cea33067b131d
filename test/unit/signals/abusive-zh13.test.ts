// Thirteenth round, abusive collection in Chinese (simplified and traditional) as behaviour
// frames: a party of the reader's (family, contacts, employer, neighbours), an act on them or on
// the reader (tell, visit, send people, send letters, post, ring, hurt), and what ties it to a debt
// (a debt word, a collector persona, or a condition: 不还 / 再不还 / 今天之内). Beside each frame,
// the lender's lawful notice or the everyday message with the same words, which must not fire.
// Every sentence here was written for this test; none is corpus data.
import { abusiveWith, check, ids, notAbusive } from '../../helpers/checker';

const verdictOf = (t: string) => check(t).verdict;

describe('妳 and 姊 are read as 你 and 姐 (Taiwanese forms)', () => {
  test.each([
    ['妳爸媽知道妳欠錢嗎', 'contact_exposure'],
    ['我們正派人去找妳', 'intimidation'],
    ['再不還錢，我們就通知妳姊姊和妳的同事', 'contact_exposure'],
    ['錢不還，我們的外訪人員已經到妳家門口了', 'intimidation'],
  ] as const)('%s', (t, id) => {
    abusiveWith(t, id);
  });
  test.each(['妳家人知道妳要結婚了嗎？恭喜', '妳姊姊說晚上一起吃飯', '妳的包裹已送到社區管理室'])(
    'everyday text with 妳 stays quiet: %s',
    (t) => {
      notAbusive(t, 'contact_exposure', 'intimidation');
    },
  );
});

describe('a collection or legal letter sent to the family or the employer', () => {
  test.each([
    '催收函明天会寄给你爸妈',
    '起诉书会送到你公司，让你领导看看',
    '我司将向您的亲友发送协催函',
    '你的欠款不处理，律师函会抄送你的工作单位',
    '您多次拒绝还款，公司决定向您的家人及单位发出律师函',
    '您长期拖欠借款，我司将给予家庭/单位寄送催收函',
  ])('%s', (t) => {
    abusiveWith(t, 'contact_exposure');
  });
  test.each([
    '法院将向您的户籍地址送达传票',
    '律师函已寄至贵公司，请查收',
    '您好，我司将于近期向您户籍所在地邮寄律师函，请注意查收',
    '如遇催收方向您的家人发送律师函，可向监管部门投诉',
    '我方已向对方公司发出律师函',
    '您的借款已逾期，我司已向您发出律师函，请尽快处理',
  ])('%s does not', (t) => {
    notAbusive(t, 'contact_exposure');
  });
});

describe('the family named as who pays, or summoned to answer', () => {
  test.each([
    '你欠的钱不还，那就让你爸妈还',
    '欠的钱你还还是你老婆来还？',
    '再不还钱就找你儿子要，父债子还',
    '欠錢不還，叫你全家出來面對',
  ])('%s', (t) => {
    abusiveWith(t, 'contact_exposure');
  });
  test.each([
    '别担心，房贷爸妈会帮你还的',
    '你还钱还是我来还？',
    '防骗提示：对方称不还钱就让你家人还，这是违规催收，可以投诉',
    '您的借款已逾期，如有困难可与家人协商还款计划',
  ])('%s does not', (t) => {
    notAbusive(t, 'contact_exposure');
  });
});

describe("the family's phones rung", () => {
  test.each([
    '今天再不还钱，我们就打爆你家人的电话',
    '欠款不处理，你爸妈的手机都会被打爆',
    '你的欠款再拖，我们就打你同事电话',
  ])('%s', (t) => {
    abusiveWith(t, 'contact_exposure');
  });
  test.each(['亲情号设置成功，您可免费拨打家人电话', '记得打你爸妈电话，问问他们过年回不回来'])(
    '%s does not',
    (t) => {
      notAbusive(t, 'contact_exposure');
    },
  );
});

describe("someone else's debt told to the reader, who is asked to pass it on", () => {
  test.each([
    '你是李四的同学吧？他欠我们平台的钱，请你帮忙催一下',
    '李四，身份证尾号1234，此人在某某分期借款至今未还，烦请转告',
  ])('%s', (t) => {
    expect(ids(check(t))).toContain('contact_exposure');
  });
  test.each(['他欠我的书还没还，你帮忙催一下他', '帮我催一下他，报名表还没交'])(
    '%s does not',
    (t) => {
      notAbusive(t, 'contact_exposure');
    },
  );
});

describe("the reader's photo already doctored and held", () => {
  test.each(['你的照片已经P好了，不还就发', '欠款再不还，你的遗照我们已经做好了'])('%s', (t) => {
    abusiveWith(t, 'contact_exposure');
  });
  test.each(['你的照片已经P好了，发你微信', '证件照做好了，明天来取'])('%s does not', (t) => {
    notAbusive(t, 'contact_exposure');
  });
});

describe('harm to the body, the home, the life or the freedom of the reader, over a debt', () => {
  test.each([
    '欠债还钱，不然就断你手脚',
    '不还钱就烧你家',
    '再不还，让你死得很难看',
    '还不上就把你押走',
    '不還錢，就淋你紅油',
    '不還錢要你全家陪葬',
    '你全家等着被砍',
    '你家门口的油漆看到了吧，下次就不是油漆了',
    '欠钱不还，你就给我小心点',
    '欠錢唔還，小心你個仔',
  ])('%s', (t) => {
    abusiveWith(t, 'intimidation');
  });
  test.each([
    '这道菜要断生，火候不能太大',
    '新闻：男子被催收人员威胁打断腿，警方已介入',
    '你等着挨揍吧，作业还没写完',
    '小心路滑，注意安全',
    '你家门口的油漆干了，明天可以贴春联',
  ])('%s does not', (t) => {
    notAbusive(t, 'intimidation');
  });
});

describe("the collector's people at the reader's place, or already sent", () => {
  test.each([
    '钱准备好，我们的催收员已到达你所在的小区',
    '欠款不还，我们已经到你家楼下了',
    '我们已派人前往你家',
  ])('%s', (t) => {
    abusiveWith(t, 'intimidation');
  });
  test.each([
    '我们已经到你家楼下了，下来吧',
    '我们的工作人员已到达您所在的小区，请您下楼取件',
    '我们已派人前往您家安装宽带',
    '尊敬的客户，我行客户经理将于明日上门为您办理业务',
  ])('%s does not', (t) => {
    notAbusive(t, 'intimidation');
  });
});

describe("the family's whereabouts claimed, or asked after, over a debt", () => {
  test.each([
    '你爸是不是在钢厂上班，我们明天去找他',
    '欠的钱什么时候还？你老婆孩子在家吧？',
    '你老婆在哪裡上班，我們都查清楚了',
    '我知道你女儿在哪个幼儿园',
    '我們知道你住哪裡，錢快還',
  ])('%s', (t) => {
    abusiveWith(t, 'intimidation');
  });
  test.each([
    '你爸是不是在电厂上班，我们明天去找他玩',
    '你老婆孩子在家吧？晚上来吃饭',
    '你女儿在哪个幼儿园？我想给孩子报名',
  ])('%s does not', (t) => {
    notAbusive(t, 'intimidation');
  });
});

describe('the reader warned off the law with ruin for all', () => {
  test.each(['你敢起诉我们，谁也别想好过', '要是去报警，大家都别想过日子'])('%s', (t) => {
    abusiveWith(t, 'intimidation');
  });
  test.each(['若要提告，可以先咨询律师', '如果大家都去投诉，商家就别想营业了'])(
    '%s does not',
    (t) => {
      notAbusive(t, 'intimidation');
    },
  );
});

describe('the reader taunted as a fugitive', () => {
  test.each(['欠钱不还，就算你跑到天涯海角我们也能找到你', '要债的又来了，你躲得了吗'])(
    '%s',
    (t) => {
      abusiveWith(t, 'intimidation');
    },
  );
  test.each(['你躲得了吗？哈哈，捉迷藏', '我跑到天涯海角也要找到你，爱你'])('%s does not', (t) => {
    notAbusive(t, 'intimidation');
  });
});

describe('short lines: the whole message asks whether they know, or demands', () => {
  test.each([
    ['你女朋友知道你在外面借钱吗', 'contact_exposure'],
    ['你单位知道你网贷逾期吗？', 'contact_exposure'],
    ['骗子！还钱！', 'intimidation'],
  ] as const)('%s', (t, id) => {
    abusiveWith(t, id);
  });
  test.each(['你女朋友知道你要来吗', '你单位知道你请假吗？', '骗子！'])('%s does not', (t) => {
    notAbusive(t, 'contact_exposure', 'intimidation');
  });
});

describe('a collector persona in place of a debt word', () => {
  test.each(['地下錢莊：我們已經到妳家樓下了', '收数公司：再唔出嚟，就搵你屋企人'])('%s', (t) => {
    expect(verdictOf(t)).toBe('abusive');
  });
  test('a report about an underground bank is no threat', () => {
    notAbusive('地下錢莊暴力討債，警方逮捕嫌犯');
  });
});

describe('advice and warnings that describe abuse do not fire', () => {
  test.each([
    '警惕！有人冒充催收，威胁爆通讯录，请勿转账',
    '如遇暴力催收，请及时报警或向12378投诉',
    '催收人员不得骚扰借款人的家人、同事',
  ])('%s', (t) => {
    notAbusive(t, 'contact_exposure', 'intimidation');
  });
});

describe("lenders' lawful reminders stay reminders", () => {
  test.each([
    '您的借款已逾期，逾期将影响征信，请尽快还款',
    '您的借款已逾期3天，如仍未还款，我司将依法提起诉讼',
    '您的账单已逾期，若继续拖欠，我司将委托第三方催收机构进行催收',
    '开通家庭套餐，家人共享流量',
  ])('%s', (t) => {
    expect(verdictOf(t)).toMatch(/^(reminder|unrelated)$/);
  });
});

describe('a police or court persona asking for money stays a scam', () => {
  test.each([
    '我是公安局的，你涉嫌洗钱，马上把钱转到安全账户，否则通知你的家人和单位',
    '【法院】你的网贷案件已立案，今天交保证金到指定账户，不然我们派人去你家',
  ])('%s', (t) => {
    expect(verdictOf(t)).toBe('scam');
  });
});

describe('a third person named and shamed for a debt, to whoever reads it', () => {
  test.each([
    '○○○欠錢不還',
    '〇〇〇欠債不還，大家小心',
    '某某不要再欠別人錢',
    '○○○出來面對',
    '欠錢不還的人，不得好死',
    '张三欠款不还，现已委托我司处理，望其亲友转告',
  ])('%s', (t) => {
    expect(verdictOf(t)).toBe('abusive');
  });
  test.each([
    '○○○出來面對媒體，說明政策',
    '张某某被评为优秀员工，大家祝贺',
    '防诈提示：某某欠款不还被曝光？别信陌生链接',
    '天理难容的事情不要做',
  ])('%s does not', (t) => {
    notAbusive(t, 'contact_exposure', 'intimidation');
  });
});

describe('harm promised in so many words', () => {
  test.each([
    ['我會讓你很難看', 'intimidation'],
    ['要讓你全家死光光', 'intimidation'],
    ['把你打到殘廢', 'intimidation'],
    ['欠債不還，追到你死為止', 'intimidation'],
    ['不还钱就呼死你', 'intimidation'],
    ['我们会用软件轰炸你的手机', 'intimidation'],
    ['不还钱，你女儿就危险了', 'intimidation'],
    ['你是不是想死，欠的钱赶紧还', 'intimidation'],
    ['欠的钱不还，让你走不出这个城市', 'intimidation'],
  ] as const)('%s', (t, id) => {
    abusiveWith(t, id);
  });
  test.each([
    '这个迷宫会让你走不出去',
    '把你打到残血，游戏太难了',
    '追到你死心为止，我就是喜欢你',
    '你是不是想死我了，好久不见',
    '孩子有危险请拨打110',
    '呼死你软件是违法的，请勿使用',
    '短信轰炸是违法行为，遇到请报警',
  ])('%s does not', (t) => {
    notAbusive(t, 'intimidation');
  });
});

describe("a lender's template that tells a contact of the debt, with its hotline or a mobile", () => {
  const TPL =
    '李四，身份证尾号1234，此人于2024年5月1日在仁仁分期购买商品，至今未还款，烦请转告。若有疑问请致电';
  test('the official hotline offered beside the mobile: the collector is rude, not a scammer', () => {
    // 仁仁分期's directory hotline.
    const r = check(`${TPL}4007800087或13900000000`);
    expect(r.verdict).toBe('abusive');
    expect(ids(r)).toContain('contact_exposure');
  });
  test.each([
    '【工商银行】您的信用卡已逾期，请联系专员13800000000处理，否则通知您的家人。客服电话95588',
    '【微粒贷】您的借款逾期，请加专员微信abc123还款，否则通知你的通讯录。客服95188',
  ])('a private line as the route to settle stays a scam: %s', (t) => {
    expect(verdictOf(t)).toBe('scam');
  });
});

describe('a contact told of the debtor named after a colon, and asked to tell them', () => {
  test('您的亲属/朋友：X …请您通知其', () => {
    const r = check(
      '您好，您的亲属/朋友：李四，在某某贷的借款已经逾期20天。为避免催收给您的生活带来不便，请您通知其尽快还款。',
    );
    expect(r.verdict).toBe('abusive');
    expect(ids(r)).toContain('contact_exposure');
    // "为避免催收…" is the lender's "to avoid", no agency offering "免催收".
    expect(ids(r)).not.toContain('debt_relief_agency');
  });
  test('an agency that promises 免催收 is still one', () => {
    expect(ids(check('专业团队帮您协商，停息挂账，免催收，先交服务费'))).toContain(
      'debt_relief_agency',
    );
  });
  test.each(['您的朋友：李四邀请您加入家庭群', '请您通知其本人尽快回电，谢谢'])(
    '%s does not',
    (t) => {
      notAbusive(t, 'contact_exposure');
    },
  );
});

describe('the debtor taunted, warned or summoned over money owed', () => {
  test.each([
    '你在躲什麼？錢呢',
    '錢還不還？我的耐心是有限的',
    '你最好給我出來還錢',
    '欠錢的人還敢封鎖我',
    '把錢吐出來',
    '你要是敢不還，我就讓你家雞犬不寧',
    '不还钱，你试试看',
    '赶紧还钱，不然有你好果子吃',
  ])('%s', (t) => {
    abusiveWith(t, 'intimidation');
  });
  test.each([
    '你在躲什么？快出来吃饭',
    '我的耐心是有限的，别再迟到了',
    '把作业拿出来给我看看',
    '这道题你试试看',
    '你别躲了，出来玩吧',
  ])('%s does not', (t) => {
    notAbusive(t, 'intimidation');
  });
  test('the whole family told tomorrow, the debt put as "not repaid today"', () => {
    abusiveWith('今天沒還，明天你全家就知道', 'contact_exposure');
  });
});

describe("the reader's secrecy withdrawn, or the employer visited to ask about them", () => {
  test.each([
    '您的借款已逾期，我司将不再为您保密逾期信息',
    '若今日仍未处理，将安排专员对您的工作单位进行走访',
  ])('%s', (t) => {
    abusiveWith(t, 'contact_exposure');
  });
  test.each(['我们承诺为您保密个人信息', '公司将对您的工作单位进行背景调查，请配合'])(
    '%s does not',
    (t) => {
      notAbusive(t, 'contact_exposure');
    },
  );
});

describe("Taiwan's words for the same acts", () => {
  test.each([
    ['不還錢就把你的照片公布在臉書', 'contact_exposure'],
    ['你欠錢的事，我們會在LINE群組公布', 'contact_exposure'],
    ['再不還錢，我們就去找你們里長', 'contact_exposure'],
    ['你欠錢不還，我們會跟你大樓管理員說', 'contact_exposure'],
    ['再不還錢，就開車撞你', 'intimidation'],
  ] as const)('%s', (t, id) => {
    abusiveWith(t, id);
  });
  test.each([
    '社區管理員通知：明天停水',
    '里長說下週要辦活動，你要不要參加',
    '不好意思，剛剛開車差點撞到你',
    '你的新作品我們會在臉書粉專公布，謝謝投稿',
  ])('%s does not', (t) => {
    notAbusive(t, 'contact_exposure', 'intimidation');
  });
});

describe("Hong Kong's spelling of the same acts", () => {
  test.each([
    ['唔還錢就塞你鎖匙孔', 'intimidation'],
    ['欠債還錢，唔還就掟雞蛋落你屋企', 'intimidation'],
    ['再唔還錢，我哋會喺你屋企門口寫大字', 'intimidation'],
    ['我哋知道你個仔喺邊間學校讀書', 'intimidation'],
    ['欠錢唔還，小心你個仔', 'intimidation'],
  ] as const)('%s', (t, id) => {
    abusiveWith(t, id);
  });
  test.each([
    '你個女好得意，幾時帶佢出嚟玩',
    '我知道你儿子在哪所学校读书，我们是同学的家长',
    '呢個屋苑好靚',
  ])('%s does not', (t) => {
    notAbusive(t, 'contact_exposure', 'intimidation');
  });
});
