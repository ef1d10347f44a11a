import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyIndicator, refine } from '../../lib/extract/classify-indicator';
import { metricOfIndicator, type IndicatorId } from '../../lib/indicators';

/** `input` is the clause text before the figure; `context` the unit, the text after it and what earlier text decided. */
const cases: ReadonlyArray<{ input: string; context: { unit: string; after?: string; inherited?: IndicatorId }; expected: IndicatorId }> = [
  // crime
  { input: '今年以来,全市共破获刑事案件', context: { unit: '起' }, expected: 'cases_solved' },
  { input: '全市110接警量同比下降', context: { unit: '%' }, expected: 'police_calls' },
  { input: '雨天发生交通事故', context: { unit: '起' }, expected: 'traffic' },
  { input: '事故共造成死亡', context: { unit: '人' }, expected: 'crime_other' },
  { input: '共批准逮捕电信网络诈骗犯罪嫌疑人', context: { unit: '人' }, expected: 'telecom_fraud' },
  { input: '破获刑事案件', context: { unit: '次' }, expected: 'cases_solved' },
  // volunteers
  { input: '龙泉目前有', context: { unit: '支', after: '平安志愿者队伍' }, expected: 'volunteer_teams' },
  { input: '“红枫义警”现有正式成员', context: { unit: '人' }, expected: 'volunteers' },
  { input: '组建平安巡逻队', context: { unit: '支' }, expected: 'volunteer_teams' },
  { input: '全年参与志愿服务的群众达', context: { unit: '人' }, expected: 'volunteers' },
  // satisfaction
  { input: '群众安全感满意率达', context: { unit: '%' }, expected: 'safety_satisfaction' },
  { input: '平安建设知晓率', context: { unit: '%' }, expected: 'awareness' },
  // personnel
  { input: '湖州市', context: { unit: '人', after: '公安民警当起“家园卫士”' }, expected: 'police' },
  { input: '全县共有专职人民调解员', context: { unit: '人' }, expected: 'mediators' },
  { input: '全市共配备专职网格员', context: { unit: '人' }, expected: 'grid_workers' },
  // services
  { input: '现场解决各类矛盾纠纷及办实事', context: { unit: '件' }, expected: 'services_other' },
  { input: '共调处矛盾纠纷', context: { unit: '起' }, expected: 'disputes' },
  { input: '民警开展上门走访', context: { unit: '次' }, expected: 'services_other' },
  { input: '开展法治讲座', context: { unit: '次' }, expected: 'services_other' },
  { input: '成功劝阻群众', context: { unit: '人' }, expected: 'services_other' },
  // other
  { input: '其中电信诈骗案件占全市刑事案件总数的', context: { unit: '%' }, expected: 'other' },
  { input: '全省法院审结金融纠纷案件', context: { unit: '件' }, expected: 'courts' },
  { input: '为群众挽回经济损失', context: { unit: '元' }, expected: 'money' },
  { input: '电信网络诈骗造成损失', context: { unit: '亿元' }, expected: 'money' },
  { input: '命案、七类恶性案件', context: { unit: '%' }, expected: 'serious_crime' },
  { input: '抓获盗窃犯罪嫌疑人', context: { unit: '人' }, expected: 'property_crime' },
  { input: '全市刑事发案', context: { unit: '起' }, expected: 'criminal_cases' },
  { input: '查获吸毒人员', context: { unit: '人' }, expected: 'drugs' },
  { input: '打掉涉黑组织', context: { unit: '个' }, expected: 'organised_crime' },
  { input: '受理群众来信来访', context: { unit: '件' }, expected: 'petitions' },
  { input: '火灾起数', context: { unit: '起' }, expected: 'fire' },
  { input: '新增辅警', context: { unit: '人' }, expected: 'auxiliary_police' },
  { input: '平安建设参与率', context: { unit: '%' }, expected: 'participation' },
  { input: '在', context: { unit: '平方公里', after: '的龙泉大地' }, expected: 'other' },
  { input: '安全感测评得分', context: { unit: '分' }, expected: 'other' },
  { input: '全市共有', context: { unit: '个', after: '村(社区)' }, expected: 'other' },
  // the noun a count names decides (a kind of case before what was done about it)
  { input: '今年以来先后破获', context: { unit: '个', after: '跨境赌博团伙' }, expected: 'crime_other' },
  { input: '另外还侦破', context: { unit: '起', after: '命案积案' }, expected: 'homicide' },
  { input: '其中', context: { unit: '人', after: '人民监督员' }, expected: 'personnel_other' },
  { input: '全市共有', context: { unit: '人', after: '专职网格员' }, expected: 'grid_workers' },
  // a kind of case is more specific than the whole; the whole more than calls; quotes do not hide words
  { input: '今年一季度刑事警情同比下降', context: { unit: '%' }, expected: 'criminal_cases' },
  { input: '治安警情同比下降', context: { unit: '%' }, expected: 'public_order' },
  { input: '“八类”案件同比下降', context: { unit: '%' }, expected: 'serious_crime' },
  { input: '“两抢”案件发案', context: { unit: '起' }, expected: 'property_crime' },
  { input: '固话诈骗发案数', context: { unit: '起' }, expected: 'telecom_fraud' },
  { input: '全市刑事发案', context: { unit: '%' }, expected: 'criminal_cases' },
  // two kinds counted together are the first; a kind and a catch-all are the catch-all
  { input: '排查化解矛盾纠纷和信访问题', context: { unit: '件' }, expected: 'disputes' },
  // a keyword inside an organisation's name says nothing about the figure
  { input: '县社会矛盾纠纷调处化解中心共接待群众', context: { unit: '人次' }, expected: 'services_other' },
  { input: '市反诈中心成功劝阻群众', context: { unit: '人' }, expected: 'services_other' },
  // courts: caseloads of courts, criminal or civil, unless a kind of crime is named
  { input: '全市法院审结环境犯罪案件', context: { unit: '件' }, expected: 'courts' },
  { input: '法院新收诉讼案件同比下降', context: { unit: '%' }, expected: 'courts' },
  { input: '一审审结涉黑涉恶案件', context: { unit: '件' }, expected: 'organised_crime' },
  // shares of a total are other; shares of respondents are survey scores
  { input: '', context: { unit: '%', after: '的盗窃案件发生在夜间' }, expected: 'other' },
  { input: '参与巡逻的超过', context: { unit: '%' }, expected: 'other' },
  { input: '在全部破案中视频侦查贡献率超过', context: { unit: '%' }, expected: 'other' },
  { input: '其中', context: { unit: '%', after: '的受访居民知道反诈热线' }, expected: 'awareness' },
  { input: '调查显示', context: { unit: '%', after: '的群众对社会治安表示满意' }, expected: 'satisfaction_other' },
  { input: '调查显示', context: { unit: '%', after: '的受访者感到安全' }, expected: 'safety_satisfaction' },
  { input: '全市命案同比下降', context: { unit: '%', after: '的好成绩' }, expected: 'homicide' },
  // things counted by their own noun, with no keyword: other, not the text around them
  { input: '全镇划分为', context: { unit: '个', after: '网格', inherited: 'grid_workers' }, expected: 'other' },
  { input: '累计覆盖', context: { unit: '人', after: '', inherited: 'volunteers' }, expected: 'volunteers' },
  { input: '短视频总浏览量达', context: { unit: '人次' }, expected: 'services_other' },
  // a generic 案件 right after a keyword of another family is that family's case
  { input: '全年办理法律援助案件', context: { unit: '件' }, expected: 'services_other' },
  { input: '受理群众信访案件', context: { unit: '件' }, expected: 'petitions' },
  { input: '八类主要刑事案件同比下降', context: { unit: '%' }, expected: 'serious_crime' },
  { input: '电动自行车被盗案件下降', context: { unit: '%' }, expected: 'property_crime' },
  { input: '反诈宣传知晓率达到', context: { unit: '%' }, expected: 'awareness' },
  // traffic offences; a verb phrase after a count is not the noun it counts
  { input: '全年共查处无证驾驶', context: { unit: '起' }, expected: 'traffic' },
  { input: '其中', context: { unit: '家', after: '建立了安全生产责任制' }, expected: 'other' },
  // staff and volunteers are counted in people or teams; what else they did is a service
  { input: '全县网格员累计上报各类信息', context: { unit: '条' }, expected: 'services_other' },
  { input: '义警队伍全年参与巡逻', context: { unit: '人次' }, expected: 'volunteers' },
  { input: '全县共出动警力', context: { unit: '人次' }, expected: 'police' },
  { input: '全县专职网格员人数同比增长', context: { unit: '%' }, expected: 'grid_workers' },
  { input: '网格员入户走访覆盖率达', context: { unit: '%' }, expected: 'services_other' },
  { input: '全县网格员持证率达', context: { unit: '%' }, expected: 'other' },
  // what was done about a dispute or a petition is less specific than what it was
  { input: '初信初访一次性化解率达', context: { unit: '%' }, expected: 'petitions' },
  { input: '调解成功率', context: { unit: '%' }, expected: 'disputes' },
  // inherited from earlier text when the clause says nothing
  { input: '其中', context: { unit: '起', inherited: 'fire' }, expected: 'fire' },
  { input: '其中', context: { unit: '人', inherited: 'volunteers' }, expected: 'volunteers' },
];

describe('classifyIndicator', () => {
  for (const { input, context, expected } of cases) {
    const name = `classifies "${input}…${context.unit}${context.after ?? ''}" as ${expected} (${metricOfIndicator(expected)})${context.inherited ? ' (inherited)' : ''}`;
    test(name, () => {
      assert.equal(classifyIndicator({ before: input, after: context.after ?? '', unit: context.unit, inherited: context.inherited ?? null }), expected);
    });
  }
});

describe('refine', () => {
  test('a catch-all takes the sentence’s more specific indicator of the same family', () => {
    assert.equal(refine('crime_other', 'fire'), 'fire');
    assert.equal(refine('services_other', 'disputes'), 'disputes');
  });
  test('a specific indicator, or one of another family, is kept', () => {
    assert.equal(refine('homicide', 'fire'), 'homicide');
    assert.equal(refine('crime_other', 'volunteers'), 'crime_other');
    assert.equal(refine('other', undefined), 'other');
  });
});
