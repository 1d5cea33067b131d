// Threat acts: prohibited collection recognised as a behaviour — an act (coming to the reader,
// telling their circle, posting them in public, harming their body, property or name, hounding
// them with calls) aimed at a target (the reader, the people and places around them), said as a
// threat (a condition, an announcement, a deadline, or already under way), in talk about a debt
// that may be only implied ("钱准备好", "借的钱呢"). Each act is a verb class and a target class,
// not a sentence, so "下午我们去你单位门口蹲你" and "明天到你学校找你" are the same behaviour.
// Matched on the normalised text (simplified, lower case), so traditional wording is covered.

import type { Context } from '../engine/context';
import { collecting, conditioned, deadlined, friendly, IN, sentenceOf } from '../engine/frames';
import { gateOpen, matchAll } from '../engine/regex-plan';
import { reportedAbroad, verifyingAbroad } from './abuse-lexicon';
import { scan } from './degrading-acts';

type Pos = { s: number; e: number };

export const YOU = '(你|您)(们)?(的|家的?|家)?';
/** The people around the reader. */
const CIRCLE =
  '(爸妈|父母|爸爸|妈妈|老爸|老妈|爹妈|辅导员|老婆|老公|媳妇|对象|丈夫|妻子|孩子|小孩|女儿|儿子|闺女|家人|家里人|家属|亲人|亲戚|亲友|亲朋好友|朋友|好友|同事|领导|老板|上司|人事|邻居|街坊|同学|老师|班主任|室友|房东|岳父|岳母|丈母娘|公婆|兄弟姐妹|哥哥|姐姐|弟弟|妹妹|通讯录|联系人|紧急联系人|担保人|全家|微信好友|群友|客户|经理|主管|合伙人|老丈人|丈人|公公|婆婆|村委会|居委会|村支书|村长|村干部|里长|邻长|管理员|姐夫|妹夫|嫂子|弟媳|姑父|姨父|前女友|前男友|前妻|前夫|身边的人|妈|爸|爹|娘)';
/** The places the reader is found at. */
const PLACE =
  '(家门口|家楼下|家里|老家|父母家|爸妈家|公司|单位|学校|宿舍|小区|门口|楼下|村里|村口|店里|店|工地|厂里|办公室|工位|座位|住处|住所|住的地方|地址|县城|镇上|车间|教会|教堂|食堂|村|家)';

/** Where the reader belongs, as a crowd that can be told: workplace, school, village, building. */
const TOLD_PLACE =
  '(单位|公司|学校|老家|村里|村子|小区|整栋楼|楼里|楼上楼下|厂里|店里|办公室|宿舍|班上|全村|全公司|整个小区|整个单位|村)';

// Coming to the reader: "去你单位", "到你学校", "上你家", and lying in wait there ("在你家楼下等你").
export const COME = new RegExp(
  `(去|到|来|上|找到|杀到|冲到|堵到|跑到|赶到|闹到|敲|踹|砸)${YOU}${PLACE}` +
    `|(在|到|去)${YOU}${PLACE}${IN}{0,6}(等你|等着你|蹲你|蹲着|守着|守你|堵你|堵着|站着|坐着)` +
    // "有人在等你", "有人会盯着你": someone lying in wait, the place unsaid.
    `|有人(在|会|已经)?${IN}{0,4}(等你|等着你|找你|盯着你|跟着你|蹲你)`,
  'g',
);
// What makes a visit a hunt, not a call: lying in wait, finding, taking the money ("找你要").
const HUNT =
  /(等你|等着你|蹲你|蹲着|守着|守你|堵你|堵着|找你|找您|找到你|要钱|要账|讨债|算账|闹|拿钱|把钱|钱带|钱准备)/;

// Telling or calling the reader's circle: "通知你单位领导", "打电话给你爸妈", "给你爸妈打电话",
// "联系你所有的联系人", "让你同事都知道".
export const TELL = new RegExp(
  `(告诉|通知|告知|知会|通报|联系|打电话给|打给|电话打给|打到|发短信给|发信息给|发消息给|发给|问问|找)(了)?(一下)?${YOU}(所有的?|全部的?|每一个|每个)?(单位|公司|学校|老家|村里|小区)?(的)?${CIRCLE}` +
    `|给${YOU}(单位|公司|学校)?(的)?${CIRCLE}${IN}{0,4}(打电话|打个电话|打一遍|发短信|发信息|发消息|说说|说一声|讲讲|发了短信|发了信息|打了电话|打过电话|发过短信)` +
    // "我司将向您的工作单位发送协查函", "律师函寄送至你们村委会": the debt put in writing to the
    // reader's workplace or village — the reader's own address is where a lender writes.
    `|(向|给)${YOU}(户籍所在地|户籍地|所在)?(的)?(工作单位|单位|公司|学校|村委会|居委会)${IN}{0,6}(发送|发出|寄送|邮寄|寄|发)(了)?${IN}{0,4}(函|材料|通知|信息|短信|证明)` +
    `|(发送|寄送|邮寄|寄|送达|发)(至|到)${YOU}(户籍所在地|户籍地|所在)?(的)?(工作单位|单位|公司|学校|村委会|居委会)` +
    `|让${YOU}${CIRCLE}(都|全)?(知道|看看|评评理|来还)` +
    // "让她知道你欠了多少", "让大家都认识认识你".
    '|让(他|她|他们|她们|大家|所有人|全村人?|全公司|全家|街坊邻居)(都|全)?(知道|晓得|看看|认识认识)' +
    // "你的同学和老师都会收到…的消息".
    `|${YOU}${CIRCLE}(和|跟|、|还有|及|以及)?${CIRCLE}?${IN}{0,3}(都|也|全)?(会|将|要|就)?(收到|接到|看到|知道|晓得)` +
    // "你的通话记录…前二十个号码都会接到电话": the reader's call log rung.
    '|(通话记录|通讯录|联系人)[^。!！?？\\n]{0,16}(都|全)?(会|将)?(接到|收到)(电话|短信|信息)' +
    // "打电话到你公司": the workplace rung about the debt.
    `|(打电话|打|电话打)到${YOU}(公司|单位|学校|家里|老家)` +
    // "跟你老丈人好好聊一聊", "与您单位领导沟通您的欠款问题".
    `|(跟|和|同|与)${YOU}(工作)?(单位|公司|学校)?(的)?${CIRCLE}${IN}{0,4}(聊|谈|说|讲|反映|沟通)` +
    // "资料明天会送到您父母手上", "对您的通讯录好友发起协助还款请求".
    `|(送到|交到|发到|寄到)${YOU}${CIRCLE}(手上|手里|那里|那儿|面前)` +
    `|(对|向)${YOU}${CIRCLE}(${CIRCLE})?${IN}{0,4}(发起|发送|发出|推送)` +
    // The place the reader belongs to said to learn of it ("明天你单位就都知道了", "你们村的人都会
    // 知道", "你公司同事人手一份"): the workplace, village or building told, whoever says the words.
    `|${YOU}(所在的?)?${TOLD_PLACE}(的|里的?)?(人|所有人|大家|上下|${CIRCLE})?(都|也|全|就|会|将|要|马上|立刻|很快|明天|第一个){0,4}(收到|接到|看到|知道|晓得|人手一份)` +
    // "你老板会第一个知道", "你老婆马上就会知道".
    `|${YOU}${CIRCLE}(都|也|全|就|会|将|要|马上|立刻|很快|明天|第一个){1,4}(知道|晓得|收到|看到|人手一份)` +
    // "请您的紧急联系人帮忙转告您的欠款情况": the circle made to pass the debt on.
    `|(请|让|叫|麻烦)${YOU}${CIRCLE}${IN}{0,6}(转告|督促|劝劝|催催|催一催)` +
    // "你妈那边我们已经打过招呼了": the circle already reached, said as done.
    `|${YOU}${CIRCLE}(那边|那里|那儿)${IN}{0,6}(打过招呼|打了招呼|说过了|说了|通知过|通知了|联系过|联系了|打过电话|沟通过)`,
  'g',
);
// The reader posted where others see it: "把你的照片发到朋友圈", "做成海报贴在你家门口", "拉个群".
export const POST = new RegExp(
  `(发|贴|挂|传|公布|曝光|晒|印)(到|在|进|上|满)${IN}{0,12}(朋友圈|群|网上|抖音|快手|微博|脸书|facebook|门口|电线杆|村口|公告栏|小区|公司|单位|附近|周围|楼道|电梯|社区|街道|路口|大街|全城|邮箱)` +
    `|(做成|印成|p成|打印成)${IN}{0,4}(海报|通缉令|传单|大字报|表情包)` +
    `|(做|印|p)(了|好)(你的)?${IN}{0,2}(寻人启事|海报|通缉令|传单|大字报|表情包|遗照)` +
    `|(出现在|上了?|登上)${IN}{0,6}(抖音|快手|微博|网上|朋友圈|群里|热搜|公告栏)` +
    // "照片就会出现在不该出现的地方": the place left to the reader's fear.
    '|(出现在|发到|传到)(一些)?不(该|应该)(出现|去)的地方' +
    // "在本地论坛发帖".
    `|(在|到)${IN}{0,6}(论坛|贴吧|网上|朋友圈|群里|群组|抖音|快手|微博|小红书|脸书|facebook)${IN}{0,4}(发帖|发布|曝光|公布|发)` +
    // "您的欠款将在本地生活群公示", "在您朋友圈投放催收广告".
    `|(在|到)${IN}{0,8}(群|朋友圈|小区|社区|村里|村口|公告栏)${IN}{0,2}(公示|公开|通报|张贴|投放)` +
    `|(建|拉|组)(个|一个)?群${IN}{0,10}${CIRCLE}` +
    // The place comes first: "你们小区门口会挂上你的名字".
    `|${PLACE}${IN}{0,4}(挂上|贴上|挂满|贴满|出现)${IN}{0,2}(你|您)的?(名字|照片|相片|头像|身份证|欠款)`,
  'g',
);
/** Whose the thing posted is: the reader's photo, name, debt or details. */
const THEIRS =
  /(你|您)的?(个人)?(照片|相片|头像|裸照|身份证|视频|信息|资料|欠款|借款|名字|全名|姓名|丑事|事)|(催收|欠款|逾期|讨债)(广告|公告|告示|海报)|把(你|您)|(你|您)(家)?的?(女儿|儿子|老婆|媳妇|妻子|孩子|闺女)的(照片|相片|视频)/;

// Harm to the reader's body, property, livelihood or name: "卸你一条腿", "小心你的车",
// "你家的门窗就别想要了", "你的店还想不想开了", "名声臭掉".
const HARM_OBJ =
  '(腿|手|胳膊|脚|脸|命|小命|车|车子|摩托车|机车|电动车|房子|门|门窗|玻璃|店|铺子|摊子|摊位|小卖部|超市|饭店|餐馆|生意|工作|饭碗|名声|名誉|脸面|狗|猫)';
export const HARM = new RegExp(
  // "不还钱就砍你" (Cantonese "唔還錢就斬你"): the blow itself, aimed at the reader.
  `(砍|捅|揍|废|斩)(死|残|废|了)?(你|您)(?![的家们])|` +
    `${YOU}${IN}{0,4}${HARM_OBJ}${IN}{0,6}(别想要|不想要了|保不住|还想不想|想不想|还想(开|干|做|要|混)(吗|么|嘛|不)|开不下去|干不下去|做不下去|不保|完了|出事|臭掉|臭了|毁了|烂了|要不要了|得换|要换|就没了|没了|碎了|遭殃|报废|开不了|关门|还在不在|不好说|不一定(完整|安全|保得住)|完整不了|难说了|不见了|别想(安安静静|安静|清静|消停|安宁)|别想(再)?(开|干|做|要|好过|安生|混|上班))` +
    `|(砸|烧|泼|毁|砍|卸|打断|划)(了)?${YOU}${IN}{0,4}${HARM_OBJ}` +
    `|(小心|当心|留神)(点|一点)?${YOU}${HARM_OBJ}` +
    `|${YOU}${PLACE}${IN}{0,8}(油漆|红油|喷漆|泼漆|花圈|冥币)` +
    // "别出什么意外": harm left unsaid.
    '|(别|不要|可别|小心)出(了)?(什么|点|点儿)?(事|意外|岔子)' +
    // "再不还款你的老婆孩子也会受到影响": the family to pay for it.
    `|${YOU}${CIRCLE}${IN}{0,6}(受到影响|受影响|受牵连|跟着倒霉|跟着遭殃|遭殃|跟着受罪|不得安宁|不会好过)` +
    // "别让你的家人为你的失信买单".
    `|(别|不要)(让|叫)${YOU}${CIRCLE}(为|替)${IN}{0,6}(买单|还债|还钱|受罪|担惊受怕|背锅)` +
    `|(让|叫)${YOU}${CIRCLE}(为|替)${IN}{0,6}(买单|受罪|担惊受怕|背锅)` +
    // "不还钱你试试": a dare over the debt.
    '|(不还|再不还|敢不还|不给)(钱)?(你)?(就)?试试' +
    // "今天不还你就死定了".
    '|(你|您)(就|可就|这次|必|肯定)?(死定了|完蛋了|玩完了)' +
    // "对您进行24小时跟踪", "派人盯梢你": the reader followed, not the repayment ("跟踪您的还款").
    '|对(你|您)(本人)?(进行)?(24小时|二十四小时|全天候|全天|贴身|日夜)?(跟踪|盯梢|监视|尾随)' +
    '|(24小时|二十四小时|全天候|全天|贴身|日夜)?(跟踪|盯梢|监视|尾随)(你|您)(?!的)',
  'g',
);

// More harm over the debt, each run on its own (no plan stored for it): a limb ("断你手脚",
// "斷手斷腳"), a blow or fire to the home ("烧你家", "淋你红油"), the reader's life or freedom
// ("让你死得很难看", "要你全家陪葬", "押你去做工"), the family in danger ("你女儿就危险了"), and the
// dare or the payback ("不还钱，你试试看", "有你好果子吃", "让你家鸡犬不宁").
const HARM2 = new RegExp(
  '(剁|打残|砍断)(了)?(你|您)|断(了)?(你|您)(的)?(一只|一条|两条)?(手|脚|腿|胳膊|手指)|断(手|脚|腿)断(手|脚|腿)' +
    '|(烧|拆|炸|放火烧|一把火烧)(了)?(你|您)(们)?(的)?(家|老家|房子|店)(?![人里属长])' +
    `|(泼|淋|喷|洒|撒)(你|您)(们)?(家)?(的)?(门|门口|一身)?${IN}{0,2}(红油|油漆|红漆|粪|大粪|屎|尿|冥币|冥纸)` +
    '|(让|叫)(你|您)(全家)?(死|死得)(很|好|更|非常)?(难看|惨|很惨|不明不白)|(你|您)(全家)?(会|就|一定|肯定)?死得(很|好|非常)?(难看|惨)' +
    '|要(了)?(你|您)(全家|一家)?的?(狗命|小命)|(让|叫)(你|您)(全家)?(见不到|看不到)(明天的)?太阳|(要|让|叫)(你|您)(全家|一家|家人)?(陪葬|偿命|陪命)' +
    // Hong Kong's door vandalism: "写大字", "掟鸡蛋", "塞你锁匙孔".
    `|写大字|(掟|扔|丢)鸡蛋|塞(你|您)?(的)?(锁匙孔|匙孔|锁孔)|(锁匙孔|匙孔|锁孔)${IN}{0,2}(灌|倒|塞)` +
    '|(押|绑|扣)(走)?(你|您)(去|到|回)|把(你|您)(押|绑|扣)(起来|走)|开车撞(死)?(你|您)|撞死(你|您)' +
    `|(你|您)(的|家的?)?(孩子|女儿|儿子|老婆|老公|家人|爸妈|父母|全家)${IN}{0,4}(就危险了|有危险|不安全了|有什么三长两短)` +
    '|(不还|再不还|敢不还|不给)(钱)?[，,](你)?(就)?试试|(有|没)(你|您)(的)?好果子吃|有(你|您)(好受|受的)|(让|叫)(你|您)(全家|家|家里)?(鸡犬不宁|永无宁日)',
  'g',
);
// Not 押/绑/扣, 断 or 安全 alone: a lender's "绑卡", "扣款", "判断" or "账户安全" would open it.
const HARM2_WORDS =
  '剁|打残|砍断|断你|断您|断了|断手|断脚|断腿|撞|写大字|鸡蛋|孔|烧|拆|炸|泼|淋|喷|洒|撒|死|狗命|小命|太阳|陪葬|偿命|陪命|押你|押您|押走|绑你|绑您|绑走|扣你|扣您|扣走|你押|你绑|你扣|您押|您绑|您扣|危险|不安全了|三长两短|试试|好果子|好受|受的|鸡犬|宁日';

// A ruin left vague but aimed at the reader's life ("你以后的日子不会好过", "别想在这个城市待下去",
// "你孩子以后怎么做人", "用我们的方式拿回来"): over a debt, a menace however mild the words.
export const RUIN = new RegExp(
  `(日子|以后|往后|下半辈子|这辈子)${IN}{0,4}(不会|别想|不)(好过|安生|太平|消停|舒坦)` +
    `|(别想|休想|甭想)${IN}{0,10}(待下去|呆下去|混下去|立足|过下去|安生|好过|消停|过好日子|睡好觉|抬起头|抬头)` +
    '|(还怎么|以后怎么|拿什么|怎么)(做人|见人|抬得起头|抬头)' +
    '|(用|按)(我们|我)(自己)?的(方式|方法|办法|手段|规矩)' +
    // "大家都别想好过", "谁也别想安生".
    '|(大家|谁)(都|也)(别想|休想|甭想|别)(好过|安生|消停|营业|做生意|过日子)',
  'g',
);
/** "让你走不出去", over a debt: the reader kept from leaving (a maze says the same). */
const KEPT_IN = /(让|叫)(你|您)(走不出|出不了)(去|这|门|这个门|这里|这个城市)/g;

// Concern for the reader's family in a demand for a debt ("你爸妈身体还好吧？欠的钱该还了"): a
// lender has no business asking after them; said beside the debt it reminds the reader who is
// within reach.
export const KIN_WELL = new RegExp(
  `${YOU}(爸妈|父母|家人|家里人|孩子|小孩|老婆|老公|女儿|儿子|老人|爷爷奶奶)(最近)?(身体)?(还好|都好|挺好|好吗|没事|平安|健康|可好)(吧|吗|嘛|么|的吧)` +
    // "你老婆孩子在家吧？": who is at home, asked by the one collecting.
    `|${YOU}(爸妈|父母|家人|家里人|孩子|小孩|老婆|老公|女儿|儿子|老人|老婆孩子)(现在|今天|晚上|白天)?(都)?在家(吧|吗|嘛|么|呢|是吧|对吧)`,
  'g',
);

/** "我们明天去她单位坐坐": the speaker going to the family member just named. */
export const KIN_VISIT = new RegExp(
  `(我们|我)${IN}{0,6}(去|到|找)(她|他)(的)?(单位|公司|学校|医院|那里|那儿|那边)?${IN}{0,2}(坐坐|聊聊|谈谈|看看|坐一坐|聊一聊)` +
    `|(我们|我)${IN}{0,6}(去|到)(找|见)(她|他)(?![们的玩])`,
  'g',
);
// Where the reader's family are, said over a debt ("你老婆在医院上班吧"): a menace.
const KIN_WHERE = new RegExp(
  `${YOU}(老婆|老公|媳妇|孩子|小孩|女儿|儿子|闺女|爸妈|父母|家人|爸|妈|老爸|老妈)(是不是|是|每天|平时){0,2}(在|从|几点)${IN}{0,10}(上班|上学|读书|工作|出来|放学|下班|回家)`,
  'g',
);

// Hounding: calls that do not stop until the debt is paid ("一直打，直到你还钱为止", "一天一百个",
// "轮流打你电话", "每天晚上十二点给你打").
export const HOUND = new RegExp(
  `(天天|每天|一直|不停地?|轮流|轮番|二十四小时|24小时|每小时|每隔|每晚|半夜|深夜|凌晨|晚上十二点|每天晚上)${IN}{0,16}?(打|电话|打你电话|给你打|打给你|骚扰|发短信|发信息|call)` +
    `|(打|打电话)${IN}{0,6}(直到|到)(你|您)(还|接|还钱|还清|崩溃)` +
    `|一天${IN}{0,2}(几十|一百|上百|100|50)(个|遍|通)` +
    `|(上百|几百|几十|成百上千)(条|个|通)(短信|信息|电话|消息)` +
    // "每五分钟响一次", "每隔一小时打一遍".
    `|每(隔)?(一|两|三|五|十|半|[0-9]+)?(个)?(分钟|小时|钟头)${IN}{0,8}(打|响|call|一次|一遍|一个)`,
  'g',
);
// The reader's phone bombed with calls or texts by machine ("呼死你", "短信轰炸你"): hounding, which
// only a pursuer sets up.
const CALL_BOMB =
  /呼死(你|您)|(短信|电话|信息|呼叫|语音)轰炸(你|您)|轰炸(你|您)(的)?(手机|电话|号码|通讯录)|用(软件|机器)[^，,。.!！?？;；\n]{0,4}(打|轰炸|呼)(你|您)/g;
/** "我们会一直打，白天打晚上也打": a crew that will not stop, debt named or not. */
const CREW_HOUND =
  /我们[^，,。.!！?？;；\n]{0,6}(一直打|天天打|每天打|轮流打|白天打|打到你)|白天打晚上(也)?打/g;
const ERRAND_WORDS = /送|取|接|修|装|搬|快递|外卖|师傅|司机|医生|救护|吃饭|聚/;
const WORRY = /担心|着急|想你|放心|平安|出什么事了|你在哪/;
// The reader's home or property under a condition ("不然今晚你家的门就别想安安静静的"): harm to
// their things, debt named or not — a friend has no "or else" for a door.
export const PROPERTY_HARM = new RegExp(
  `(不然|否则|要不然|要不)${IN}{0,8}${YOU}${IN}{0,2}(门|门窗|玻璃|车|车子|房子|店|铺子)${IN}{0,4}(就)?(别想(安安静静|安静|清静|消停|安宁|要了)|保不住|不保|遭殃|碎了|没了|就完了|不一定(完整|安全))` +
    // "你家门口的红油漆是给你的警告": paint at the door, said to be a warning.
    `|${YOU}${PLACE}${IN}{0,8}(红油漆|红漆|油漆|喷漆|泼漆|冥币|冥纸)[^。.!！?？;；\\n]{0,12}(警告|教训|下次|只是开始|提醒)` +
    // "给你爸妈送花圈": a wreath for the living.
    `|(给|送到)${YOU}(全家|爸妈|父母|家里|家门口|家|老家|公司|单位)${IN}{0,2}(送|寄|摆|放)?(个|一个|几个)?(花圈|冥币|寿衣|棺材)` +
    // "你家的地址我们已经发给当地的兄弟了": the home handed to hired men.
    `|(地址|住址|住处|照片|位置)${IN}{0,8}(发给|交给|给)(了)?${IN}{0,4}(兄弟|道上的)` +
    // "你爸妈年纪这么大了，经得起吓吗".
    '|(经得起|受得了|禁得起)(吓|惊吓|恐吓)(吗|么|嘛|不)',
  'g',
);

/**
 * People hired to deal with the reader ("叫人去整你", "找几个兄弟教训你"), or the speaker coming to
 * ("我来整你", Cantonese "我嚟整你"): harm, debt named or not. "修理你的电脑" repairs a thing.
 */
export const HIRED_HARM = new RegExp(
  `((找|叫|喊|带|派|请)(几个|一帮|一群|些)?(人|兄弟|社会上的人)${IN}{0,4}|(我|我们|老子)(亲自)?(来|嚟|黎|过来|过去))(整|弄|搞|教训|修理|收拾|废|办|揍)(死|残|废|一顿)?(了)?(你|您)(?![的家们])` +
    // "搵人打你", "我会找人处理你".
    `|(找|叫|喊|带|派|请)(几个|一帮|一群|些)?(人|兄弟|社会上的人)${IN}{0,4}(打|处理|对付)(死|残|一顿)?(你|您)(?![的家们电])` +
    // "你全家等着被砍": a blade promised, not a parent's "等着挨揍".
    `|(你|您)(们)?(全家|一家|家人)?${IN}{0,2}等着(被)?(砍|剁|弄死|灭门|收尸)` +
    // "要让你全家死光光", "让你生不如死".
    `|(让|叫|要)(你|您)(们)?(全家|一家|家人)?(死光|死绝|死全家|不得好死|生不如死)`,
  'g',
);

// A demand and nothing else ("欠债还钱！", "还钱😡"), or the debtor's name for it ("老赖！！！"): no
// lender, no amount, no date, no channel — the words painted on a debtor's door or shouted at it. A lender's notice says who it is and how to
// pay; a one-word "还款" is a button, not a demand.
const BARE_DEMAND =
  /^[\s"“”'‘’「」『』【】()（）]*((杀人偿命[，,、\s]*)?((骗子|老赖|畜生|王八蛋|混蛋)[，,、!！\s]*)?(欠债|欠钱|欠款)?[，,、\s]*(快|赶紧|马上|立刻|快点)?(还钱|还债|还我钱)(了)?[，,、\s]*(天经地义|杀人偿命)?|(把钱|钱)(给我)?吐出来|老赖|bayar (hutang|utang)( (segera|sekarang|kau|lu|kamu))?|trả (nợ|tiền)( (đi|ngay))*|có trả (tiền|nợ) hay không|(빨리 )?돈 (갚아라|갚아|내놔)|pay (up|me back|your debts?|what you owe)( now)?|paga (lo que debes|tu deuda)( ya)?)([\s!！。.~～"“”'‘’「」『』]|[\ud83c-\ud83e][\udc00-\udfff])*$/;

/** Words BARE_DEMAND cannot match without (test/unit/engine/regex-gates.test.ts proves them). */
const BARE_DEMAND_WORDS = '还钱|还债|还我钱|吐出来|老赖|bayar|tr|돈|pay|paga';
/** The whole message is a bare demand to pay. */
export function bareDemand(ctx: Context): Pos[] {
  const t = ctx.text;
  return (gateOpen(BARE_DEMAND, t, BARE_DEMAND_WORDS) && BARE_DEMAND.test(t)) || BARE_WAIT.test(t)
    ? [{ s: 0, e: ctx.text.length }]
    : [];
}
/** "等着", "你给我等着！": the whole message a warning to wait for what comes. */
const BARE_WAIT =
  /^[\s"“”'‘’「」]*((你|你们)?(给我|给老子)?等着(吧|瞧)?|(你|你们)?(给我|给老子)(记住|记着))[\s!！。.~～…]*$/;

// A line that is nothing but the act ("给你全家发短信", "今晚就上你家"): who does it and when, and
// no purpose, errand or kindness said — the words a collector sends on their own.
const ALONE_HEAD =
  /^[\s"“”'‘’「」]*(我们的人|我们|我|老子|有人)?(今天|今晚|明天|明早|下午|晚上|马上|现在|等会儿?|一会儿?|待会儿?)?(就|会|要|将|直接|亲自|带人|马上|立刻){0,3}$/;
const ALONE_TAIL = /^[\s"“”'‘’「」。.!！~～…吧了啊呀哦]*$/;
function alone(ctx: Context, h: Pos): boolean {
  return ALONE_HEAD.test(ctx.text.slice(0, h.s)) && ALONE_TAIL.test(ctx.text.slice(h.e));
}

// "你家人知道吗？", "你单位知道你欠钱吗": the whole message asks whether the reader's people know
// — the telling held over them, in five words.
const BARE_TOLD = new RegExp(
  `^[\\s"“”'‘’「」]*${YOU}(${CIRCLE.slice(1, -1)}|${TOLD_PLACE.slice(1, -1)}|女朋友|男朋友|未婚妻|未婚夫)(的人)?(都|也|还)?(知道|晓得|知不知道)([^?？!！。，,]{0,8}(欠|借|贷|逾期|钱)[^?？!！。，,]{0,8})?(吗|么|嘛|不|没)?[\\s?？!！。…]*$`,
);

/** The whole message asks whether the reader's people know. */
export function bareTold(ctx: Context): Pos[] {
  return gateOpen(BARE_TOLD, ctx.text, '知道|晓得') && BARE_TOLD.test(ctx.text)
    ? [{ s: 0, e: ctx.text.length }]
    : [];
}
/** "我们有的是时间陪你耗", "慢慢跟你玩": a crew promising to wear the reader down over the debt. */
const WEAR_DOWN = /(我们|我)[^，,。.!！?？;；\n]{0,8}(陪你|跟你|和你)(慢慢)?(耗|玩|磨|熬)/g;
/** "就让你在亲戚面前丢尽脸": humiliation promised, debt named or not ("让你丢脸了" apologises). */
const HUMILIATE = new RegExp(
  `(就|会|要|将|一定|必|非)让(你|您)${IN}{0,10}(丢尽|丢脸|丢人|颜面扫地|抬不起头|没脸见人|社死|社会性死亡|很难看|好难看|死得很难看|后悔一辈子|吃不了兜着走|生不如死)`,
  'g',
);
/**
 * "要不要我们去医院找她聊聊？", "要不要我们去拜访一下你爸妈？": a visit to the family offered as a
 * question — over a debt, or beside a claim to know where they are ("你老家的地址我们也有").
 */
const VEILED_OFFER = new RegExp(
  `要不要(我们|我)(亲自)?(去|到|上|过去)${IN}{0,10}(找|拜访|看看|聊聊|坐坐|谈谈|问问)`,
  'g',
);
const CLAIM = /(我们|我)(也|都|已经|早就){0,2}(有|知道|清楚|查到|找到|见过)/;

/** "我们的同事已经在你家附近了": the speaker's people already at the reader's place. */
export const AT_PLACE = new RegExp(
  `(我们|我)的?(人|同事|外访(人员|专员|员)?|催收(人员|专员|员)?|兄弟(们)?|团队|上门人员)?(已经|已|现在|正|就|马上)?(在|到了|到达|抵达|来到|赶到|到)${YOU}(所在的?|住的)?${PLACE}(附近|楼下|门口|外面|对面)?`,
  'g',
);
// A threat hung on the reader's own occasion ("你婚礼那天我们也会到场", "等你爸过生日那天我们上门跟
// 他说", "等你发工资那天，我们去你公司门口接你"): the collector turning up where the reader's
// people gather ("你结婚是吧？到时候我们也去凑个热闹" runs across the question). Over a debt only —
// a friend says the same of a wedding.
const OCCASION =
  '(结婚|婚礼|婚宴|订婚|酒席|生日|寿宴|过年|春节|家长会|葬礼|丧事|满月酒|升学宴|开业|毕业典礼|发工资|放学)';
const AT_OCCASION = new RegExp(
  `${OCCASION}[^。.!！;；\n]{0,16}?(我们|我)(也|一定|就|准时)?(会|要|就)?(去|到|来|到场|出席|凑(个)?热闹|上门|露(个)?面|过去|捧场)`,
  'g',
);

/** "你要是敢报警，后果自负": the reader warned off the police — only a wrongdoer says it. */
const NO_POLICE = new RegExp(
  `(敢|要是|如果|若)(去)?报警[^。.!！?？;；\\n]{0,8}(后果|小心|别怪|你试试|有你好看|你就完了|没好下场)`,
  'g',
);
// The reader warned off the law with ruin for all ("若要提告…大家都别营业", "敢起诉，谁也别想好过"):
// a threat whoever it names, since no one but a wrongdoer answers a suit with ruin.
const NO_RECOURSE = new RegExp(
  `(敢|要是|如果|若|若要|要)(去)?(报警|提告|告我|告我们|起诉|投诉|举报)[^。.!！?？;；\\n]{0,12}(大家|谁)(都|也)(别想|休想|甭想|别)(好过|安生|消停|营业|做生意|过日子|活)`,
  'g',
);
/** "借不到就去偷去抢": the reader pushed to crime or to sell their body to pay (over a debt). */
const PUSHED = /(去)(偷|抢|卖血|卖肾|卖身|卖淫)/g;

/** "你手机别想安静了": the reader's phone to ring without end, over a debt. */
const PHONE_NO_PEACE = new RegExp(
  `${YOU}(手机|电话)${IN}{0,4}(别想|不会|甭想|休想)(再)?(安静|消停|停)`,
  'g',
);
/** "人已经过去了": people on their way, in five words (an errand says what they bring). */
const ON_THEIR_WAY =
  /(我们的)?人(已经|马上|现在就?)[^，,。.!！?？;；\n]{0,8}?(过去|出发|动身|路上|到了|来了)/g;
/** Hounding needs its end or its weight said: "直到你还钱为止", "一天一百个", in turns, at night. */
const HOUND_WEIGHT =
  /(早上|凌晨|晚上|夜里)[0-9一二三四五六七八九十两]+点|准时|上百|几百|成百上千|分钟|小时|直到|为止|打到你|一百个|上百|几十个|轮流|轮番|二十四小时|24小时|每小时|每隔|半夜|深夜|凌晨|十二点|晚上|一直打|天天打|每天打/;

// Insults a collector throws that the cue list lacks: "你还是人吗", "不配活着".
export const DEGRADE =
  /(还是|算|是不是|配做)(个)?人(吗|吧|嘛|么)|不配(活|做人|当人)|没脸(活|见人)|(你|您)个(骗子|废物|垃圾|老赖|混蛋)|给(你|您)脸了|(你|您)是不是想死|想死(是吧|吗|啊)|活该|看不起|生你(有|干)|白养|(把钱|钱)吐出来|活着(还|又)?有(什么|啥)(意思|用)|怎么不去死|还好意思|怎么好意思|(还|还要)要脸(吗|么|嘛)|要不要脸|哪来的脸|有脸(借|欠|拖|不还)|丢人现眼|臭虫|蛀虫|寄生虫|吸血鬼|癞皮狗|货色|被车撞|出车祸|不得好死|没屁眼|浪费空气|浪费粮食|败类|没良心|装良心|良心被狗|还活着(啊|吗|呢)|以为你死了|怎么还没死|(让|叫)(你|您)的?(老婆|媳妇|女儿|妹妹|妈)(去)?(卖|陪)/g;

// Debt implied without a loan word: the money asked back, brought, prepared ("钱准备好",
// "借的钱呢", "钱什么时候还", "账拖到今天").
const IMPLIED_DEBT =
  /拿钱出来|把钱拿出来|把钱还(了|上|清)|钱拿不出来|(今天|今晚|马上)必须还|钱[^，,。.!！?？;；\n]{0,4}(不到|没到)(?!账)|掏钱|对账|钱(快|尽快|赶紧|早点|快点|马上|抓紧|该)(还|给)|钱(什么时候|啥时候|几时)(到(?!账)|打过来|转过来)|钱(不到位|没到|不给|呢|准备(?!好了)|带来|带上|拿来|给我|什么时候还|什么时候给|到底还|还不还|的事)|(准备|带上|带好|筹)(好)?钱|借的钱|借我的|账(拖|还没|算)|算账|拖(了)?(这么久|到今天|着不)|再拖/;

/** The message implies a debt without a loan word ("钱准备好", "借的钱呢", "再拖"). */
export function impliedDebt(ctx: Context): boolean {
  // "把钱准备好，我们就放了他" is a ransom (fake_emergency), not a debt.
  if (!IMPLIED_DEBT.test(ctx.text) || ctx.has('KIDNAP')) return false;
  // "在医院" where someone works is no emergency.
  return !ctx.all('EMERGENCY').some((h) => !/^(上班|工作|当)/.test(ctx.text.slice(h.e, h.e + 2)));
}

// A statement of what is forbidden or advised against threatens nothing ("催收不得上门骚扰家人").
const NOT_A_THREAT =
  /不得(?!好死)|禁止|不允许|违法|违规|严禁|投诉|举报|切勿|谨防|警惕|如遇|遇到|提醒您|反诈|是否合法|合法吗|怎么办/;

// The threat's shape: a condition, an announcement, a deadline, or people already there.
const SHAPE =
  /(将|要|会|就|打算|准备|只好|只能|马上|立刻|这就|今天|今晚|明天|明早|下午|晚上|下周|周末|等会|一会|待会|已经|正在|直接|我来|我们来|亲自|带人|派人)/;

function shaped(ctx: Context, h: Pos): boolean {
  if (conditioned(ctx, h) || deadlined(ctx, h, 24)) return true;
  // Already done: "我们已联系您的家人和同事".
  if (/已(经)?(先|都|全部|逐一|分别)?$/.test(ctx.text.slice(Math.max(0, h.s - 4), h.s)))
    return true;
  const sent = sentenceOf(ctx, h);
  const at = sent.indexOf(ctx.text.slice(h.s, h.e));
  return SHAPE.test(at >= 0 ? sent.slice(Math.max(0, at - 16), at + (h.e - h.s) + 8) : sent);
}

/** The regex's matches, at most 16; only the alternatives the text has the words of run. */
function matches(ctx: Context, re: RegExp): Pos[] {
  return matchAll(re, ctx.text, 16);
}

/** Every act is aimed at the reader or theirs, in talk of a debt (a loan word or implied). */
function inPlay(ctx: Context): boolean {
  const t = ctx.text;
  if (t.indexOf('你') < 0 && t.indexOf('您') < 0) return false;
  // The reader hiding from a pursuer ("你还想躲？", "以为不接电话就完了"), or the collector
  // speaking as one ("催收专员", "最后给你一次机会"): collection talk, no money word needed.
  if (PURSUED.test(t) || COLLECTOR.test(t)) return true;
  if (!moneyOwed(ctx)) return false;
  return collecting(ctx) || impliedDebt(ctx) || REPAY_BY.test(t);
}

// What only a collector says of themselves or the reader ("还不处理", "别逼我们", "你还想躲"); not
// "最后一次机会" or "不能再拖延", which every urgent script says.
const COLLECTOR_SELF =
  /催收|贷后|外访|债主|讨债|要债|追债|钱庄|(收|追)数(?!据|字)|装死|(还|前|内|今天|今晚|明天|再)不处理|(别|不要)逼(我|我们)|再拖(?!延)/;

/** The collector speaking as one, or pursuing the reader. */
export function collectorTalk(ctx: Context): boolean {
  return COLLECTOR_SELF.test(ctx.text) || PURSUED.test(ctx.text);
}

const debtOf = new WeakMap<Context, boolean>();

/** The message is about a debt of money, named or implied ("钱准备好", "借的钱呢"), or a collector
 * speaks as one: what makes a visit or a family mention a threat. Read once per notice, as
 * intimidation, contact exposure and their Chinese short forms all ask it. */
export function debtInTalk(ctx: Context): boolean {
  let d = debtOf.get(ctx);
  if (d === undefined) {
    d = (collecting(ctx) && moneyOwed(ctx)) || impliedDebt(ctx) || collectorTalk(ctx);
    debtOf.set(ctx, d);
  }
  return d;
}

/** A debt of money, or the reader says they borrowed: "借你的伞…不还我就去你家拿" is an umbrella. */
export function moneyOwed(ctx: Context): boolean {
  const b = ctx.input.borrowed;
  const t = ctx.text;
  if (b === 'yes' || b === 'unsure' || MONEY.test(t) || COLLECTOR.test(t)) return true;
  // "不还", "老赖", "替你扛" with no money word: a debt, unless what was lent is named ("借你的伞").
  return (OWED.test(t) || ctx.has('COLLECT')) && !LENT_THING.test(t);
}

const OWED = /还|赖|欠/;
/** A time to repay by ("今晚之前不还", "明天再不还"): owed money, the loan word unsaid. */
const REPAY_BY =
  /(前|内|今天|今晚|明天|明早|下午|晚上|再|还|要是|如果|若)(敢)?(不还|没还|还不上|还不清)/;
const LENT_THING = /借(给)?(你|我|他|她)的(?!钱|款)[\u4e00-\u9fa5]{1,3}/;

const MONEY =
  /钱|款|债|账|贷|元|块|万|千|欠|逾期|还不上|还不起|网贷|额度|利息|本金|owe|loan|debt|pay|money|arrears|balance|overdue/;
const COLLECTOR =
  /催收|贷后|外访|债主|讨债|要债|追债|钱庄|(收|追)数(?!据|字)|别装(没看见|死|傻|聋)|装死|最后(给你)?一次机会|(你|再|还|前|内|今天|今晚|明天|若|如果|要是)不处理|不处理的话|看你(今天)?(的)?表现|(别|不要)逼(我|我们)|(你|再)躲|再拖(?!延)|还拖/;
const PURSUED =
  /躲得了|躲不了|跑得了|跑不了|(还想|还敢|别想|想|再|还|继续|别)躲|(继续|一直|还想|再)逃避|逃避(还款|债务|催收)|躲(到|在)哪|以为[^，,。.!！?？;；\\n]{0,10}(不接电话|不回|拉黑|换号|搬家|搬走|躲)[^，,。.!！?？;；\\n]{0,6}(就)?(完了|完事|没事|算了)/;

function live(ctx: Context, h: Pos): boolean {
  return !ctx.negated({ cls: 'NEG', ...h }, 6) && !NOT_A_THREAT.test(sentenceOf(ctx, h));
}

/** "如您的家人已经知道并愿意代为还款": the reader's people in a supposition of the reader's own
 * case ("if your family already know"), no one told or threatened by the writer. */
export function supposed(ctx: Context, h: Pos): boolean {
  const t = ctx.text;
  return (
    /(如|若|如果)(你|您)(的|们|家)?$/.test(t.slice(Math.max(0, h.s - 5), h.s)) ||
    (/(如|若|如果)$/.test(t.slice(Math.max(0, h.s - 2), h.s)) && /^(你|您)/.test(t.slice(h.s, h.e)))
  );
}

/** Coming to the reader, harming, hounding, degrading them: intimidation. */
export function menaceActs(ctx: Context, lawfulVisit: (h: Pos) => boolean): Pos[] {
  const t = ctx.text;
  // A scene told with the message ("（两个人堵在门口）"): people lying in wait are the menace. A
  // visit alone ("（两名工作人员上门，出示了工作证）") is not: collectors may visit.
  const scene = SCENE.exec(t);
  if (
    scene &&
    !ERRAND_WORDS.test(t) &&
    !ERRAND_SCENE.test(t) &&
    (t.indexOf('你') >= 0 || MONEY.test(t))
  )
    return [{ s: scene.index, e: scene.index + scene[0].length }, ...menaceActs2(ctx, lawfulVisit)];
  return menaceActs2(ctx, lawfulVisit);
}

const ERRAND_SCENE = /维修|快递|外卖|物业|查水表|抄表|社区|民警|警察|消防|医生|老师|朋友|同学|邻居/;
const SCENE =
  /^[（(][^）)]{0,60}(砸门|踹门|堵门|堵在|堵住|蹲了|蹲在|守在|守着|围住|围着|喷漆|泼漆|泼油漆)[^）)]{0,40}[）)]/;

function menaceActs2(ctx: Context, lawfulVisit: (h: Pos) => boolean): Pos[] {
  const t = ctx.text;
  const recourse = scan(NO_RECOURSE, t, '报警|提告|告我|起诉|投诉|举报').filter((h) =>
    live(ctx, h),
  );
  if (t.indexOf('你') < 0 && t.indexOf('您') < 0) return recourse;
  const out: Pos[] = [...recourse, ...aimedAt(ctx).things];
  // "我们会一直打，直到你接为止，妈妈很担心" is a family looking for the reader.
  if (!WORRY.test(t))
    for (let i = 0, list = matches(ctx, CREW_HOUND); i < list.length; i++) {
      const h = list[i];
      if (live(ctx, h)) out.push(h);
    }
  for (let i = 0, list = scan(CALL_BOMB, t, '呼死|轰炸|软件|机器'); i < list.length; i++) {
    const h = list[i];
    if (live(ctx, h) && (inPlay(ctx) || shaped(ctx, h))) out.push(h);
  }
  if (!ERRAND_WORDS.test(t))
    for (let i = 0, list = matches(ctx, ON_THEIR_WAY); i < list.length; i++) {
      const h = list[i];
      if (live(ctx, h)) out.push(h);
    }
  // Already at the reader's place: a menace over a debt or beside a warning ("你最好现在就处理");
  // "下来拿一下文件" is a colleague.
  if (inPlay(ctx) || /最好|看着办|掂量|自己想|后果/.test(t))
    for (let i = 0, list = scan(AT_PLACE, t, '在|到'); i < list.length; i++) {
      const h = list[i];
      if (live(ctx, h) && !friendly(ctx, h)) out.push(h);
    }
  for (let i = 0, list = [HIRED_HARM, PROPERTY_HARM]; i < list.length; i++) {
    const re = list[i];
    for (let j = 0, items = matches(ctx, re); j < items.length; j++) {
      const h = items[j];
      if (live(ctx, h)) out.push(h);
    }
  }
  for (let i = 0, list = [HUMILIATE, NO_POLICE]; i < list.length; i++) {
    const re = list[i];
    for (let j = 0, items = matches(ctx, re); j < items.length; j++) {
      const h = items[j];
      if (live(ctx, h)) out.push(h);
    }
  }
  // "你这辈子都别想安生": the ruin and nothing else said, debt named or not.
  if (!/[,，。.!！?？;；]./.test(t))
    for (let i = 0, list = matches(ctx, RUIN); i < list.length; i++) {
      const h = list[i];
      if (live(ctx, h) && ALONE_TAIL.test(t.slice(h.e))) out.push(h);
    }
  // "你老婆在医院上班是吧，我们明天去她单位坐坐": the family's place named, then the visit.
  if (matches(ctx, KIN_WHERE).length)
    for (let i = 0, list = matches(ctx, KIN_VISIT); i < list.length; i++) {
      const h = list[i];
      if (live(ctx, h) && !friendly(ctx, h)) out.push(h);
    }
  // The offer is the menace; only a meal or a delivery makes it a friend's ("拜访" is the veil).
  if (CLAIM.test(t) || matches(ctx, KIN_WHERE).length || inPlay(ctx))
    for (let i = 0, list = matches(ctx, VEILED_OFFER); i < list.length; i++) {
      const h = list[i];
      if (live(ctx, h) && !/吃饭|喝酒|聚|送|玩|庆祝|生日/.test(sentenceOf(ctx, h))) out.push(h);
    }
  if (!inPlay(ctx)) {
    // "今晚就上你家", "我们带人去你公司": the visit and nothing else, said as about to happen.
    for (let i = 0, list = matches(ctx, COME); i < list.length; i++) {
      const h = list[i];
      if (live(ctx, h) && alone(ctx, h) && /就|带人|亲自/.test(t.slice(0, h.s))) out.push(h);
    }
    return out;
  }
  for (let i = 0, list = matches(ctx, COME); i < list.length; i++) {
    const h = list[i];
    if (!live(ctx, h) || friendly(ctx, h) || lawfulVisit(h)) continue;
    // "发到你们小区群", "寄到你公司", "打到你家里": a thing sent or a call made, no one goes.
    if (/[发寄送递传贴打拨]$/.test(ctx.text.slice(Math.max(0, h.s - 1), h.s))) continue;
    // "明天到你公司" is a threat when it is one (a condition, a time, people already there) or
    // when the sentence says what they come for (to wait, to find you, to take the money).
    if (shaped(ctx, h) || HUNT.test(sentenceOf(ctx, h))) out.push(h);
  }
  const frames = [HARM, DEGRADE, KIN_WHERE, RUIN, WEAR_DOWN, PHONE_NO_PEACE, AT_OCCASION, PUSHED];
  for (let i = 0; i < frames.length; i++) {
    const re = frames[i];
    for (let j = 0, items = matches(ctx, re); j < items.length; j++) {
      const h = items[j];
      if (live(ctx, h)) out.push(h);
    }
  }
  const found = [...scan(HARM2, t, HARM2_WORDS), ...scan(KEPT_IN, t, '走不出|出不了')];
  for (let i = 0; i < found.length; i++) {
    const h = found[i];
    if (live(ctx, h)) out.push(h);
  }
  // A named debt, not a friend's loan ("借的钱方便时还我"): asking after the family is then a menace.
  if (collecting(ctx))
    for (let i = 0, list = matches(ctx, KIN_WELL); i < list.length; i++) {
      const h = list[i];
      if (live(ctx, h)) out.push(h);
    }
  for (let i = 0, list = matches(ctx, HOUND); i < list.length; i++) {
    const h = list[i];
    if (live(ctx, h) && HOUND_WEIGHT.test(sentenceOf(ctx, h)) && shaped(ctx, h)) out.push(h);
  }
  return out;
}

// Who it is aimed at, as the principle: a collector has no business naming the reader's family,
// workplace, home, body or belongings in a demand for money. Such a mention in a debt message,
// beside the speaker acting or a menacing word, is a threat in whatever words ("你大姨、二舅的电话
// 我们都有", "你家那辆白色的车晚上停外面可得注意了", "你出门最好看看身后"), unless it is a lender's
// lawful step (依法, 核实, 协商, 按合同) or an offer of help.
const KIN_WIDE =
  '(大姨|二姨|小姨|姨妈|舅舅|二舅|大舅|叔叔|伯伯|姑姑|表哥|表姐|表弟|表妹|堂哥|堂姐|侄子|外甥|村委会|居委会|村支书|全班|班上|老丈人|丈母娘|未婚妻|女朋友|男朋友)';
const PERSON =
  '(出门|回家|身后|路上|上下班|上班的|上班那|身体|腿|脸|命|车|车子|房子|租的|工作|饭碗|店|生意|住的|住在|住哪|家在|老家|单位|公司|学校)';
export const AIMED = new RegExp(
  // 你, not 您: a lender's polite notice and a scammer's "为了您的…" say 您; a collector who
  // menaces says 你.
  `你(们)?(的|家的?|家)?(那辆|那套|那个|那所|那家|那边)?[^，,。.!！?？;；\\n为是把被给让]{0,4}?(${CIRCLE.slice(1, -1)}|${KIN_WIDE.slice(1, -1)}|${PERSON.slice(1, -1)})`,
  'g',
);
const PURSUER_CLAIM =
  /(我们|我)(已经|都|也)?(找到了|一清二楚|清清楚楚)|一个个打|挨个打|(电话|号码)(我们|我)(也|都|已经){0,2}(打过|打了|打通)|(单位|公司|学校|老家|家里|家|那边|那里)(我们|我)(也|都|已经){0,2}去过/;
/** The speaker acting, or a word that turns a mention into a menace. */
const MENACE_NEAR =
  /我们|我们的人|我|咱们|催收|专员|兄弟|有人|注意|小心|当心|看看身后|一清二楚|清清楚楚|找到了|都有|也有|受不受得了|受得了|别想|保住|保不住|好意思|最好|后果|掂量|看着办|意外|等着|一个个|一个一个|挨个|吓|经不起|经得起|受不了|扛得住/;
const LAWFUL_STEP =
  /依法|核实|协商|面谈|按合同|根据合同|合同约定|按规定|根据规定|送达|提醒您|温馨提示|敬请|如有困难|如有疑问|可申请|客服|官方|app|请您|您可|帮助您|为您/;
const LAWFUL_STEP_CLAIM = /依法|核实|协商|按合同|合同约定|联系方式|审核|申请|在职|确认/;
const REACHED = /电话|号码|联系|告诉|通知|找|打|说|聊|知道|发|微信|群|反映|问问|私信|请|催/;
/** People of the reader's (exposure) rather than their places, body or things (intimidation). */
const PEOPLE = new RegExp(`${CIRCLE}|${KIN_WIDE}`);

function aimedAt(ctx: Context): { people: Pos[]; things: Pos[] } {
  const people: Pos[] = [];
  const things: Pos[] = [];
  // With no debt in sight only a claim a pursuer makes counts ("你租的那套房子我们找到了",
  // "你大姨的电话我们都有，要我一个个打过去吗").
  const debt = inPlay(ctx);
  if (!debt && !PURSUER_CLAIM.test(ctx.text)) return { people, things };
  for (let i = 0, list = matches(ctx, AIMED); i < list.length; i++) {
    const h = list[i];
    const sent = sentenceOf(ctx, h);
    if (!live(ctx, h) || friendly(ctx, h) || LAWFUL_STEP.test(sent)) continue;
    // "我是你弟弟的同事": the speaker saying who they are, not naming a target.
    if (/是$/.test(ctx.text.slice(Math.max(0, h.s - 1), h.s))) continue;
    // The menace is in the rest of the sentence, not in the mention itself ("你的工作" + "别想保住").
    const rest = sent.replace(ctx.text.slice(h.s, h.e), '');
    if (!MENACE_NEAR.test(rest) || (!debt && !PURSUER_CLAIM.test(rest))) continue;
    // A demand beside it: the money asked for in the same sentence or the message a debt demand.
    // Someone of theirs to be reached ("你大姨的电话我们都有") is exposure; otherwise ("你全家都是
    // 老赖", "你家里人吓到了") it menaces them.
    const reach = PEOPLE.test(ctx.text.slice(h.s, h.e)) && REACHED.test(rest);
    (reach ? people : things).push(h);
  }
  return { people, things };
}

// "联系紧急联系人核实您的联系方式": reaching the borrower through the contact they gave is a
// lender's step; telling them of the debt is what is prohibited.
const REACH_YOU =
  /(核实|确认|更新)(您|你)的?(联系方式|电话|号码|手机号)|以便(联系到|联系上|找到)(您|你)(本人)?/;

/** The sentence asks a contact only how to reach the borrower, and tells them nothing of the debt. */
export function reachOnly(sentence: string): boolean {
  // "…，不会透露您的欠款信息": the debt named in a promise of silence is not told (fa19).
  const s = sentence.replace(SILENT, '');
  return REACH_YOU.test(s) && !/欠|逾期情况|催|告知|告诉|通知|还款|督促|转告/.test(s);
}
const SILENT = /不[会得]?(向其)?(透露|泄露|披露|告知)[^，,。;；!！?？]{0,12}/g;

// Whom only a collector threatens to tell, debt named or not: the reader's employer or workplace,
// or their whole contact book ("不处理就通知你单位领导", "我们就联系你所有的联系人").
const COLLECTOR_ONLY =
  /领导|老板|上司|人事|单位|公司|村委会|居委会|村支书|通讯录|所有的?联系人|全部的?联系人|每一个联系人|村|小区|整栋楼|楼里|楼上楼下|通话记录|所有的?(同事|朋友|亲戚|亲友|好友|同学)/;

// "你的照片我们手里都有，你自己想清楚": the reader's private material claimed, beside a warning or
// over a debt — the means to expose them held up.
const MATERIAL_HELD = new RegExp(
  `(你|您)的?(照片|相片|裸照|视频|聊天记录|身份证|资料|隐私)${IN}{0,4}(我们|我)(手里|手上|这边|这里)?(都|全|也|早就)?(有|存着|存了|保存着)`,
  'g',
);
const WARNED = /想清楚|掂量|看着办|后果|好自为之|你懂的|别逼|小心|当心/;

// "您老公的公司电话我们已经查到了", "您家人的电话我们都有": the family's number or address claimed,
// however politely — a pursuer's reach. The lender's own use of the contact the borrower gave
// ("依法核实", "核实您的联系方式") is not a claim.
export const POLITE_CLAIM = new RegExp(
  `(你|您)(的|家的?|家)?${IN}{0,4}?(${CIRCLE.slice(1, -1)}|${KIN_WIDE.slice(1, -1)}|工作单位|单位|公司)(的)?${IN}{0,6}(电话|号码|手机号|手机|地址|住址|单位|公司)${IN}{0,2}(我们|我)(这边|已经|都|也|早就){0,2}(查到|拿到|有|掌握|打过|打了|打通|拨过|联系过|联系了)`,
  'g',
);
// "你借钱的事你单位还不知道吧？": the circle not told yet, asked as a question over the debt.
export const NOT_TOLD_YET = new RegExp(
  `${YOU}(${TOLD_PLACE.slice(1, -1)}|${CIRCLE.slice(1, -1)})(的人)?(还|都|也)?(不知道|没听说)(吧|吗|么|嘛|呢)` +
    // "您的父母年纪大了，不希望他们为您担心吧？", "你也不想让你老婆知道吧": the same, as a wish
    // the reader is invited to keep by paying.
    `|(不想|不希望|不愿意|不愿|不怕)(让)?(${YOU})?(${CIRCLE.slice(1, -1)}|他们|她们)(为${YOU}|替${YOU})?${IN}{0,2}(知道|担心|操心|伤心|难过|失望|丢脸|蒙羞)`,
  'g',
);

// "您的父母将被追究连带还款责任": the family said to owe the reader's debt — only a guarantor or a
// co-borrower does, and a collector who says it of the family is pursuing them for it.
export const FAMILY_LIABLE = new RegExp(
  `${YOU}${CIRCLE}${IN}{0,8}(承担|负|背负|追究|偿还)${IN}{0,4}(连带|还款|偿还|债务)`,
  'g',
);

// "我们已经在你老家拉了横幅": a banner at the reader's place, debt named or not.
export const BANNER = new RegExp(
  `(在|到)${YOU}${PLACE}${IN}{0,6}(拉|挂|贴|打|张贴)(了|起|上)?(横幅|条幅|大字报|标语|(催收|欠款|讨债|追债|逾期)(告示|公告|通知|海报|传单))`,
  'g',
);
// "你把钱还了，我们就把你照片删掉，不然就一直挂着": a posting already up, held as the price.
const HELD_UP = new RegExp(
  `(照片|头像|信息|名字|视频|资料)${IN}{0,4}(删掉|撤下|撤掉|取下|删除|撤了|删了)`,
  'g',
);

/** The reader's dirt, private material or affairs, gathered to be sent. */
const DIRT = /破事|丑事|黑料|糗事|裸照|私密|聊天记录|整理成|整理好/;

/** "再拖下去": the delay itself as the condition. */
const DRAGGED = /再拖|拖下去|还拖/;

// A notice for everyone that tells a person's debt ("寻人启事：张三…欠款不还失联", "通缉令：老赖张三"),
// or someone called a deadbeat to an audience ("张三是老赖，大家注意"): the debt told to the public
// the debtor lives among (CBA 2026: no 催收公告 posted in public). A court publishes its own list of
// 失信被执行人; a missing-person notice with no debt in it is a family's.
const PUBLIC_NOTICE = /寻人启事|通缉令|曝光台|老赖曝光|曝光[:：]|告示[:：]|公告[:：]/g;
/** "等着被全网曝光吧": exposure promised in three words, to whoever reads it. */
const AWAIT_EXPOSURE = /等着(被)?[^，,。.!！?？;；\n]{0,4}(曝光|挂网|公开|公示|人肉)/g;
const DEBT_TOLD =
  /老赖|欠(钱|款|债)(不还|未还|跑路|失联)|(欠款|欠钱|借款|借钱)[^，,。.!！?？\n]{0,6}(不还|拒不|失联)|拒不(还款|归还)|赖账|(不要|别)再欠(别人|人家|大家|我)?的?(钱|债)/;
const COURT_LIST = /人民法院|法院|执行局|被执行人/;
const SHAME_CALL = /(是|就是|此人是?|这个人是?)(个|一个)?(老赖|骗子|失信人)/g;
const AUDIENCE = /大家|各位|所有人|乡亲|邻居们|朋友们|注意|小心|提防|认清|转发|扩散|周知/;

/** A person's debt told to everyone: a public notice, or a deadbeat named to an audience. */
export function publicShaming(ctx: Context): Pos[] {
  const t = ctx.text;
  const promised = matches(ctx, AWAIT_EXPOSURE).filter((h) => live(ctx, h));
  // A person named (or "此人") and summoned to face it, in a line for all to read ("○○○出来面对"):
  // the flyer or the painted door, debt word or not. Said to the reader ("你给我出来") it is a
  // quarrel's unless a debt is in it.
  if (NAMED.test(t) && !/你|您/.test(t) && !COURT_LIST.test(t) && !reported(ctx))
    promised.push(...matches(ctx, SUMMONED).filter((h) => live(ctx, h)));
  if (!DEBT_TOLD.test(t) || COURT_LIST.test(t)) return promised;
  const out = [...promised, ...matches(ctx, PUBLIC_NOTICE).filter((h) => live(ctx, h))];
  // The reader addressed is told about their own debt (the other frames); here it is a third person.
  if (!/你|您/.test(t) && AUDIENCE.test(t))
    out.push(...matches(ctx, SHAME_CALL).filter((h) => live(ctx, h)));
  // A third person's debt told with their name ("○○○欠钱不还", "此人借钱不还，大家小心"), or the
  // debtor cursed ("欠钱不还的人不得好死"), to whoever reads it: no lender writes either.
  if (!/你|您/.test(t) && !reported(ctx)) {
    if (NAMED.test(t) || CURSED.test(t))
      out.push(...matches(ctx, DEBT_TOLD_G).filter((h) => live(ctx, h)));
  }
  return out;
}
/** A person named in a line about them: a court's or a paper's ○○○, 某某, 张某, 此人. */
const NAMED = /[○〇◯]{1,3}|某某|[\u4e00-\u9fa5]某(?![些种个人天处时地])|此人|该人|xxx/;
const SUMMONED =
  /((出来|出面)(面对|还钱|解决|处理)|(给我|给老子)(滚)?出来|滚出来)(?=[\s，,。.!！?？~～…]|$)/g;
const CURSED = /不得好死|天理难容|天打雷劈|断子绝孙|死全家|全家死光/;
const DEBT_TOLD_G = new RegExp(DEBT_TOLD.source, 'g');

// The family named as who pays instead ("你不还就让你爸妈还", "你还钱还是你家人还", "找你儿子要",
// "父债子还"): the debt put on people who do not owe it. Over a debt only.
const KIN_PAYS = '(爸妈|父母|家人|家里人|家属|全家|老婆|老公|媳妇|孩子|儿子|女儿|亲戚|爸|妈)';
const FAMILY_PAYS = new RegExp(
  `(让|叫|找|要)${YOU}${KIN_PAYS}(来|去)?(替你|帮你|给你|代你)?(还钱|还债|还款|还清|买单|掏钱|出钱|还(?=[，,。.!！?？\\s吧了啊]|$))` +
    // "叫你全家出来面对": the family summoned to answer for it.
    `|(让|叫)${YOU}${KIN_PAYS}(都)?(出来|出面)(面对|解决|处理|还)?` +
    `|还是${YOU}?${KIN_PAYS}(来|替你|帮你)?还|${KIN_PAYS}(会|就|得|要|只能|可以)?(替你|帮你|给你)(还钱|还债|还|买单)|父债子还|子债父还|夫债妻还|妻债夫还`,
  'g',
);
// The family's phones rung without end ("打爆你家人电话", "你家人的电话都会被打爆", "打你同事电话").
const KIN_PHONES = new RegExp(
  `(打爆|轰炸|打|拨)${YOU}${KIN_PAYS.slice(0, -1)}|同事|领导|朋友|亲友)(的)?(电话|手机)|${YOU}${KIN_PAYS.slice(0, -1)}|同事|领导|朋友|亲友)(的)?(电话|手机)${IN}{0,4}(被)?(打爆|轰炸)`,
  'g',
);

const REFUSED = /不还|还不上|还不起|还不清|再拖|还拖|赖账|否则|不然|要不然/;

/** Telling the reader's circle or posting them in public: contact_exposure. */
export function exposureActs(ctx: Context): Pos[] {
  const t = ctx.text;
  if (t.indexOf('你') < 0 && t.indexOf('您') < 0) return [];
  const debt = inPlay(ctx);
  const out: Pos[] = [];
  for (let i = 0, list = matches(ctx, TELL); i < list.length; i++) {
    const h = list[i];
    if (!live(ctx, h) || friendly(ctx, h) || REACH_YOU.test(sentenceOf(ctx, h))) continue;
    // "如需续贷请联系您的客户经理": the lender's own staff, not the reader's customers.
    if (supposed(ctx, h) || /^(经理|专员)/.test(t.slice(h.e, h.e + 2))) continue;
    const told = t.slice(h.s, h.e);
    // With no debt in sight, "你们公司的人明天就会知道" is news (a promotion) unless a condition
    // makes it the price of not paying ("再不处理，明天你单位就都知道了").
    const learns = /(知道|晓得|收到|看到|人手一份)$/.test(told);
    if (
      debt
        ? shaped(ctx, h)
        : (COLLECTOR_ONLY.test(told) &&
            (learns
              ? !!conditioned(ctx, h) || DRAGGED.test(sentenceOf(ctx, h))
              : shaped(ctx, h))) ||
          // "给你全家发短信", "你单位都会知道": the telling and nothing else, no news, no errand.
          ((COLLECTOR_ONLY.test(told) || /全家/.test(told)) && alone(ctx, h))
    )
      out.push(h);
  }
  out.push(...aimedAt(ctx).people);
  // A banner of welcome or good wishes ("祝你生日快乐") is a party.
  if (!/祝|欢迎|恭喜|热烈|庆祝|生日|婚/.test(t))
    for (let i = 0, list = matches(ctx, BANNER); i < list.length; i++) {
      const h = list[i];
      if (live(ctx, h)) out.push(h);
    }
  // "查到/拿到" is a pursuer's verb whoever writes it; "我们都有" is one over a debt.
  for (let i = 0, list = matches(ctx, POLITE_CLAIM); i < list.length; i++) {
    const h = list[i];
    if (
      live(ctx, h) &&
      !LAWFUL_STEP_CLAIM.test(sentenceOf(ctx, h)) &&
      (debt || /(查到|拿到|掌握)$/.test(t.slice(h.s, h.e)))
    )
      out.push(h);
  }
  if (debt)
    for (let i = 0, list = matches(ctx, NOT_TOLD_YET); i < list.length; i++) {
      const h = list[i];
      if (live(ctx, h)) out.push(h);
    }
  if (debt)
    for (let i = 0, list = matches(ctx, FAMILY_LIABLE); i < list.length; i++) {
      const h = list[i];
      if (live(ctx, h) && !/担保|保证人|共同借款|共借/.test(t.slice(h.s, h.e))) out.push(h);
    }
  if (debt || WARNED.test(t))
    for (let i = 0, list = matches(ctx, MATERIAL_HELD); i < list.length; i++) {
      const h = list[i];
      if (live(ctx, h)) out.push(h);
    }
  // With no debt named, the reader's affairs sent to their workplace ("我们已经把你的情况发到了你们
  // 单位的公众邮箱") or their dirt readied for their people ("你那点破事…准备发给你前女友"): only a
  // pursuer or a blackmailer does either.
  if (!debt) {
    for (let i = 0, list = matches(ctx, POST); i < list.length; i++) {
      const h = list[i];
      if (!live(ctx, h) || !THEIRS.test(sentenceOf(ctx, h))) continue;
      const posted = t.slice(h.s, h.e);
      // ... or the reader's photo plastered round where they live ("你的照片会贴满你们社区"),
      // as a threat, with no praise or election in it.
      if (
        /单位|公司/.test(posted) ||
        (/^(贴|挂)(满|到|在)/.test(posted) &&
          /小区|社区|村|门口|楼道|电梯|电线杆|街道/.test(posted) &&
          /(你|您)的?(照片|相片|裸照|身份证|名字)/.test(sentenceOf(ctx, h)) &&
          shaped(ctx, h) &&
          !/恭喜|祝贺|表彰|优秀|当选|光荣|先进|喜报|宣传栏|寻人|回家|担心|想你|失踪|走失/.test(t))
      )
        out.push(h);
    }
    if (DIRT.test(t))
      for (let i = 0, list = matches(ctx, TELL); i < list.length; i++) {
        const h = list[i];
        if (live(ctx, h) && !friendly(ctx, h) && shaped(ctx, h)) out.push(h);
      }
    return out;
  }
  for (let i = 0, list = matches(ctx, HELD_UP); i < list.length; i++) {
    const h = list[i];
    if (/不然|否则|要不/.test(sentenceOf(ctx, h))) out.push(h);
  }
  // As the price of not paying ("不还就…", "再拖…"), or the choice itself ("还是你家人还"): "爸妈会
  // 替你还房贷的，别担心" comforts.
  const refused = REFUSED.test(t);
  for (let i = 0, list = scan(KIN_PHONES, t, '电话|手机'); i < list.length; i++) {
    const h = list[i];
    if (live(ctx, h) && !friendly(ctx, h) && shaped(ctx, h)) out.push(h);
  }
  const familyPaysHits = scan(FAMILY_PAYS, t, '还|买单|掏钱|出钱|出来|出面');
  for (let i = 0; i < familyPaysHits.length; i++) {
    const h = familyPaysHits[i];
    if (
      live(ctx, h) &&
      !friendly(ctx, h) &&
      !supposed(ctx, h) &&
      !LAWFUL_STEP.test(sentenceOf(ctx, h)) &&
      (refused || !!conditioned(ctx, h) || /^还是/.test(t.slice(h.s, h.e)))
    )
      out.push(h);
  }
  for (let i = 0, list = matches(ctx, POST); i < list.length; i++) {
    const h = list[i];
    // The reader's thing, in the clause that posts it: "把你的照片发到朋友圈", not "您的借款…，
    // 还款后可将截图发到客服群" (the reader sends their own receipt).
    let c = h.s;
    while (c > 0 && ctx.clause[c - 1] === ctx.clause[h.s]) c--;
    // ... or said right after it ("在本地论坛发帖，标题就写你的全名").
    let e = h.e;
    while (e < ctx.text.length && e - h.e < 20 && ctx.sentence[e] === ctx.sentence[h.s]) e++;
    const whose = THEIRS.test(ctx.text.slice(c, h.e)) || THEIRS.test(ctx.text.slice(h.e, e));
    if (live(ctx, h) && whose && shaped(ctx, h)) out.push(h);
  }
  return out;
}

// Advice about abusive collection, or a reader asking for help, describes threats and makes none
// ("暴力催收常见手段：威胁上门、骚扰家人", "催收天天打电话到他单位，我该怎么办？").
const ADVICE =
  /常见(的)?(手段|套路|话术|方式)|遇到[^。!！?？\n]{0,12}(请|可以|要|应)?(报警|投诉|举报)|怎么办|该怎么|如何(应对|处理)|是否合法|违法吗|合法吗|犯法吗/;

// A report about collection — news, a judgment, a police notice — tells of threats others made
// ("记者调查发现，一些催收员会说“你以后的日子不会好过”", "法院审理查明，被告人多次发短信称…").
// It addresses no one: the reader appears, if at all, only inside the quoted words.
const REPORT =
  /警惕|谨防|提防|冒充|防骗|防诈|反诈|威胁|扬言|恐吓|本报|记者|新闻[:：]|据(了解|报道|介绍|悉)|法院(审理)?查明|审理查明|被告人|被害人|判处|一审|二审|警方(通报|表示|介绍)|律师(表示|提醒|介绍|认为)|向本报|反映称|通报称|涉嫌.{0,6}罪|构成.{0,6}罪|(市民|网友|借款人|当事人)[^，,。]{0,6}(反映|表示|称|介绍|投诉)/;
const QUOTED = /[“"「『][^”"」』]*[”"」』]/g;

/** The message reports threats: a reporter's or a court's frame, the reader never addressed. */
export function reported(ctx: Context): boolean {
  const t = ctx.text;
  if (!REPORT.test(t)) return false;
  return !/你|您/.test(t.replace(QUOTED, ''));
}

/** The hits that are threats: those not in a report, a sentence of advice or a plea for help. */
export function threats<T extends Pos>(ctx: Context, hits: T[]): T[] {
  if (hits.length && (reported(ctx) || reportedAbroad(ctx))) return [];
  // "We may contact your employer to verify your employment": a lender's check, not a threat.
  hits = hits.filter((h) => !verifyingAbroad(ctx, h));
  if (!ADVICE.test(ctx.text)) return hits;
  return hits.filter((h) => !ADVICE.test(sentenceOf(ctx, h)));
}
