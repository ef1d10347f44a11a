/**
 * Words that say what a figure measures, by indicator (../shared/corpus/INDICATORS.md). The
 * nearest word before a figure picks its family (metric); inside that family the most specific
 * word of the clause picks the indicator (破获[电信诈骗]案件 is telecom_fraud, not cases_solved).
 * Longer words win over the words inside them (志愿服务 is volunteers, not services).
 */
import type { IndicatorId } from '../indicators';

/** Kinds of case that have no indicator of their own (crime_other), but are as specific as one: "赌博案件". */
export const OTHER_CRIME_KINDS: readonly string[] = ['诈骗', '走私', '赌博', '拐卖', '传销', '非法集资', '溺水', '溺亡', '意外死亡', '意外伤害'];

export const INDICATOR_KEYWORDS: Readonly<Partial<Record<IndicatorId, readonly string[]>>> = {
  // "全省刑事案件同比下降了13.7%", "刑事立案同比下降了61%", "发案率"
  criminal_cases: ['刑事案件', '刑事立案', '刑事发案', '刑案', '刑事', '发案', '立案', '发案率'],
  // "全市公安机关共破获刑事案件10299起", "破案率"
  cases_solved: ['破案', '破获', '侦破', '破案率', '告破'],
  // "抓获犯罪嫌疑人6186名", "批准逮捕", "打击处理"
  suspects: ['嫌疑人', '抓获', '刑拘', '刑事拘留', '逮捕', '起诉', '打击处理', '在逃人员', '逃犯', '犯罪分子', '抓捕'],
  // "命案发案30起", "现发命案"
  homicide: ['命案', '杀人'],
  // "七类恶性案件同比下降2.5%", "严重暴力犯罪"
  serious_crime: ['恶性', '严重暴力', '五类案件', '七类案件', '八类案件', '暴力犯罪', '五类', '七类', '八类'],
  // "侵财型案件同比下降17.1%", "两抢一盗"
  property_crime: ['盗窃', '两抢', '盗抢', '侵财', '抢劫', '抢夺', '入室', '扒窃', '偷盗', '被盗'],
  // "电信网络诈骗立案6.5万起", "劝阻止付", "固话诈骗发案数"
  telecom_fraud: [
    '电信诈骗', '电信网络诈骗', '网络诈骗', '电诈', '诈骗电话', '止付', '涉诈', '反诈', '通讯网络诈骗', '固话诈骗', '电话诈骗', '短信诈骗',
  ],
  // "毒品案件", "吸毒人员", "缴获毒品"
  drugs: ['毒品', '吸毒', '贩毒', '禁毒', '涉毒', '制毒', '戒毒'],
  // "打掉涉黑组织", "涉恶犯罪团伙", "保护伞"
  organised_crime: ['涉黑', '涉恶', '黑恶', '恶势力', '保护伞', '黑社会', '扫黑', '打黑', '除恶'],
  // "治安案件", "行政处罚"
  public_order: ['治安案件', '治安警情', '治安发案', '行政处罚', '治安拘留', '行政拘留'],
  // "总接警量同比下降了22%", "110报警"
  police_calls: ['警情', '接警', '接处警', '处警', '报警'],
  // "道路交通事故13848起", "查处酒驾"
  traffic: [
    '交通事故', '道路交通', '交通违法', '酒驾', '醉驾', '车祸', '肇事', '无证驾驶', '酒后驾驶', '饮酒驾驶', '醉酒驾驶', '超速', '超载',
    '闯红灯', '无牌无证',
  ],
  // "火灾3173起", "火灾死亡"
  fire: ['火灾', '火警', '起火', '亡人火灾'],
  // "生产安全事故"
  work_safety: ['生产安全', '安全生产', '工矿'],
  // any other case: "案件", "事故", "死亡"; kinds of case without an id of their own: "赌博", "走私"
  crime_other: [
    '案件', '积案', '犯罪', '事故', '死亡', '伤亡', '受伤', '致死', '违法', '查处', '打掉', ...OTHER_CRIME_KINDS,
  ],
  // "“红枫义警”现有正式成员119位", "团队现有队员300多人"
  volunteers: ['志愿者', '志愿', '志愿服务', '义警', '队员', '义工', '平安志愿者'],
  // "626支平安志愿者队伍", "服务分队10支", "巡防队"
  volunteer_teams: ['志愿者队伍', '志愿队', '巡防队', '巡逻队', '护村队', '分队', '护航队', '服务队'],
  // "群众安全感满意率达96.2%"
  safety_satisfaction: ['安全感', '安全感满意率', '群众安全感'],
  // "平安建设知晓率", "正确辨识比例"
  awareness: ['知晓率', '知晓度', '辨识'],
  // "平安建设参与率"
  participation: ['参与率', '参与度'],
  // "满意率", "满意度"
  satisfaction_other: ['满意度', '满意率', '三率', '获得感', '幸福感', '群众满意', '不满意'],
  // "3000多位公安民警", "警力"
  police: ['民警', '警力', '警员', '公安干警', '项目警官', '警察', '干警'],
  // "辅警"
  auxiliary_police: ['辅警', '协警'],
  // "全市共配备专职网格员"
  grid_workers: ['网格员', '网格长', '专职网格员'],
  // "专职人民调解员85名"
  mediators: ['调解员', '人民调解员'],
  // "274名人民陪审员", "退休干部9名"
  personnel_other: ['陪审员', '监督员', '干部', '工作人员', '专职', '律师', '法官', '检察官', '消防员', '社工'],
  // "矛盾纠纷1768件", "调处"
  disputes: ['调解', '纠纷', '矛盾', '调处', '化解', '民间纠纷'],
  // "信访总量", "赴省访、进京访人次"
  petitions: ['信访', '信访积案', '省访', '京访', '上访', '来访', '来信', '初信', '初访', '越级访', '重复访'],
  // "办实事25件", "劝阻群众850.58万人", "隐患整改", "接待群众10万人次", "受益群众", "浏览量"
  services_other: [
    '办实事', '实事', '服务', '走访', '劝阻', '追回', '帮扶', '搜救', '宣传', '活动', '受理', '办理', '救助', '巡防', '巡逻', '咨询',
    '服务团', '检查', '隐患', '整改', '接待', '受益', '惠及', '浏览', '播放', '法律援助',
  ],
  // "全省法院审结金融纠纷案件6.3万件"
  courts: ['审结', '收案', '诉讼', '民事'],
  // "损失金额下降28.4%", "直接财产损失": sums of money and their changes, whatever they are the loss of
  money: ['损失', '金额', '资金', '标的额', '赃款', '罚款', '罚没'],
};

/**
 * How specific an indicator is, when several words of one family stand in a clause: a kind of
 * thing (命案, 电信诈骗: 3, unlisted) over what was done about it (破获, 抓获: 2) over the thing in
 * general (刑事案件, 满意度: 1) over the family's "other" (0).
 */
export const SPECIFICITY: Readonly<Partial<Record<IndicatorId, number>>> = {
  criminal_cases: 1,
  // below 刑事: 刑事警情 are criminal cases reported, 治安警情 public-order ones
  police_calls: 0.5,
  cases_solved: 2,
  suspects: 2,
  volunteers: 1,
  satisfaction_other: 1,
  crime_other: 0,
  personnel_other: 0,
  services_other: 0,
  other: 0,
};

/**
 * Words whose specificity is not their indicator's: kinds of case with no indicator of their own
 * (赌博, 走私) are as specific as 命案; 调解/调处/化解 say what was done about a dispute or a
 * petition (初信初访化解率 is petitions), not what it was.
 */
export const WORD_SPECIFICITY: Readonly<Record<string, number>> = {
  ...Object.fromEntries(OTHER_CRIME_KINDS.map((w) => [w, 3])),
  调解: 2, 调处: 2, 化解: 2,
};

/**
 * Kinds of service or of staff that have no indicator of their own (走访, 宣传, 人民陪审员): as
 * catch-alls they are least specific, but they say what was counted, so no context overrides them.
 */
export const KIND_WORDS: ReadonlySet<string> = new Set([
  '走访', '劝阻', '追回', '帮扶', '搜救', '宣传', '救助', '巡防', '巡逻', '咨询', '检查', '隐患', '整改', '接待', '受益', '惠及',
  '浏览', '播放', '法律援助', '办实事', '实事', '陪审员', '监督员', '律师', '法官', '检察官', '消防员', '社工',
]);

/**
 * Words that say only "cases", "deaths" or "crime happened", whatever their indicator: a figure
 * named by them alone is of the kind of case its context is about (雨天发生事故106起 in an article
 * on road accidents is traffic; 且发案同比下降30.2% after 命案 is homicide).
 */
export const GENERIC_WORDS: ReadonlySet<string> = new Set([
  '案件', '积案', '犯罪', '事故', '死亡', '伤亡', '受伤', '致死', '违法', '发案', '立案', '发案率',
]);

/** Words of what was done about crime that have no indicator of their own: like 破获, they take the kind the paragraph names. */
export const ACTION_WORDS: ReadonlySet<string> = new Set(['查处', '打掉']);

/** Court caseloads are courts (metric other), unless a kind of crime is named: 审结金融纠纷案件6.3万件, 法院新收诉讼案件. */
export const COURT = /审结|收案|新收|诉讼|民事|借贷|金融纠纷/;

/** After a keyword, the rest of an organisation's name: [矛盾纠纷]调处化解中心, [反诈]中心, 老杨[调解]室 name no figure. */
export const ORGANISATION_AFTER = /^(?:室|[\u4e00-\u9fff]{0,8}?(?:中心|委员会|办公室|调解室|工作室|警务室|联合会|协会))/;
/** A share of a total is "other": 占事故总数的17.8%, 占案件总量的四分之三. */
export const SHARE_OF_TOTAL = /占[^,，。;；]{0,12}(?:总数|总量|比例|比重)?的?$|占[^,，。;；]{0,8}(?:总数|总量)的?[^,，。;；\d]{0,6}[,，]达$/;
