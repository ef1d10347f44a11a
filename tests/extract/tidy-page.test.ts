import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { tidyPage } from '../../lib/extract/tidy-page';
import { SEED_000, SEED_003, seedText } from './seed-pages';

const cases: ReadonlyArray<{ name: string; input: string; expected: readonly string[] }> = [
  {
    name: 'joins lines that OCR wrapped at the column width inside a block, keeping subheads and bylines apart',
    input: '湖州推进“平安细胞”建设\r\n\r\n本报记者 钱军\r\n\r\n本报讯 今年上半年,湖州市共创建平安\r\n家庭12.6万户、平安村(社区)\r\n980个,全市群众安全感满意率达97.6%,\r\n较去年同期提高1.2个百分点。\r\n',
    expected: ['湖州推进“平安细胞”建设', '本报记者 钱军', '本报讯 今年上半年,湖州市共创建平安家庭12.6万户、平安村(社区)980个,全市群众安全感满意率达97.6%,较去年同期提高1.2个百分点。'],
  },
  {
    name: 'keeps one-line paragraphs and short subheads of a block as they are',
    input: '今年第一季度,全市共发生道路交通事故13848起,死亡100人,与去年同期相比死亡人数下降9.9%。\n阴雨天事故占半数以上\n周二事故发生次数最多\n据了解,今年第一季度低温阴雨天气较往年多。',
    expected: ['今年第一季度,全市共发生道路交通事故13848起,死亡100人,与去年同期相比死亡人数下降9.9%。', '阴雨天事故占半数以上', '周二事故发生次数最多', '据了解,今年第一季度低温阴雨天气较往年多。'],
  },
  {
    name: 'reads CRLF line ends and drops blank lines',
    input: '全市共破获刑事案件1200起。\r\n\r\n同比下降8.5%。\r\n',
    expected: ['全市共破获刑事案件1200起。', '同比下降8.5%。'],
  },
  {
    name: 'reads lone CR line ends',
    input: '入伏\r昨天是入伏第一天。',
    expected: ['入伏', '昨天是入伏第一天。'],
  },
  {
    name: 'drops a BOM, ideographic indents and trailing blanks',
    input: '\uFEFF\u3000\u3000全市共破获刑事案件1200起。  \n\t\n',
    expected: ['全市共破获刑事案件1200起。'],
  },
  {
    name: 'rejoins 椒 / 江区 broken across a blank line (seed 000)',
    input: '在仙居县中小学禁毒教育基地、椒\n\n江区下陈街道禁毒教育基地考察时,王昌荣指出当前禁毒工作形势依然严峻。',
    expected: ['在仙居县中小学禁毒教育基地、椒江区下陈街道禁毒教育基地考察时,王昌荣指出当前禁毒工作形势依然严峻。'],
  },
  {
    name: 'rejoins 《全国扫黑除恶专 / 项斗争督导工作方案》 (seed 003)',
    input: '王昌荣指出,各级党委、政府和有关部门要认真学习、准确把握《全国扫黑除恶专\n\n项斗争督导工作方案》精神。',
    expected: ['王昌荣指出,各级党委、政府和有关部门要认真学习、准确把握《全国扫黑除恶专项斗争督导工作方案》精神。'],
  },
  {
    name: 'rejoins a paragraph broken after a comma',
    input: '每一名“家园卫士”都有明确的职责,\n\n\n\n包括信息收集、纠纷调解、联系志愿者等。',
    expected: ['每一名“家园卫士”都有明确的职责,包括信息收集、纠纷调解、联系志愿者等。'],
  },
  {
    name: 'does not join a headline to the next paragraph',
    input: '全市刑事案件同比下降8.5%\n\n今年以来,全市公安机关共破获刑事案件1200起。',
    expected: ['全市刑事案件同比下降8.5%', '今年以来,全市公安机关共破获刑事案件1200起。'],
  },
  {
    name: 'does not join a subhead to the next paragraph',
    input: '疏解百姓“痛点”\n\n美丽安吉,是“家园卫士”工程的起源地。',
    expected: ['疏解百姓“痛点”', '美丽安吉,是“家园卫士”工程的起源地。'],
  },
  {
    name: 'does not join a headline of several decks, and removes ** markup',
    input: '王昌荣在全省视频会上强调 **抓重点 补短板 强弱项**\n\n本报记者 张倩 王志浩\n\n本报讯 7月17日,全省会议在杭州召开。',
    expected: ['王昌荣在全省视频会上强调 抓重点 补短板 强弱项', '本报记者 张倩 王志浩', '本报讯 7月17日,全省会议在杭州召开。'],
  },
  {
    name: 'does not join an unfinished paragraph to a byline',
    input: '今年以来,全市公安机关共破获刑事案件1200起,抓获犯罪嫌疑人\n\n本报记者 张倩',
    expected: ['今年以来,全市公安机关共破获刑事案件1200起,抓获犯罪嫌疑人', '本报记者 张倩'],
  },
  {
    name: 'does not join an unfinished paragraph to a dateline',
    input: '今年以来,全市公安机关共破获刑事案件1200起,抓获犯罪嫌疑人\n\n本报讯 7月1日,全市召开会议。',
    expected: ['今年以来,全市公安机关共破获刑事案件1200起,抓获犯罪嫌疑人', '本报讯 7月1日,全市召开会议。'],
  },
  {
    name: 'does not join a finished paragraph to the next',
    input: '据悉,龙泉目前有626支平安志愿者队伍。\n\n每天晚上,龙泉市民老张便会叫上老周。',
    expected: ['据悉,龙泉目前有626支平安志愿者队伍。', '每天晚上,龙泉市民老张便会叫上老周。'],
  },
];

describe('tidyPage', () => {
  for (const { name, input, expected } of cases) test(name, () => assert.deepEqual(tidyPage(input), expected));
});

describe('tidyPage on the seed pages', () => {
  const pages = [tidyPage(seedText(SEED_000)), tidyPage(seedText(SEED_003))] as const;
  const cases: ReadonlyArray<{ name: string; page: 0 | 1; expected: string }> = [
    { name: 'rejoins 椒 / 江区下陈街道 in seed 000', page: 0, expected: '禁毒教育基地、椒江区下陈街道禁毒教育基地考察时' },
    { name: 'rejoins 新作 / 为、新成绩 in seed 000', page: 0, expected: '推动消防工作取得新作为、新成绩。' },
    { name: 'rejoins 组建 / 派出所 in seed 000', page: 0, expected: '通过组建派出所、网格警员' },
    { name: 'rejoins 《全国扫黑除恶专 / 项斗争督导工作方案》 in seed 003', page: 1, expected: '《全国扫黑除恶专项斗争督导工作方案》' },
    { name: 'rejoins 统一执法 / 思想 in seed 003', page: 1, expected: '要进一步统一执法思想,提高执法办案能力水平' },
  ];
  for (const { name, page, expected } of cases) {
    test(name, () => assert.equal(pages[page].filter((p) => p.includes(expected)).length, 1));
  }
  test('leaves no ** markup, blank or untrimmed paragraph on either page', () => {
    for (const p of pages.flat()) {
      assert.ok(!p.includes('**'), p);
      assert.equal(p, p.trim());
      assert.ok(p.length > 0);
    }
  });
});

describe('tidyPage on huge blocks', () => {
  test('reads a block of 200,000 lines', () => {
    const lines = Array.from({ length: 200_000 }, (_, i) => `第${i}行全市共破获刑事案件${i % 97}起。`);
    assert.equal(tidyPage(lines.join('\n')).length, lines.length);
  });

  test('joins wrapped lines into paragraphs of at most a thousand characters and a line', () => {
    const line = '全市共破获刑事案件1200起同比下降8.5%';
    const out = tidyPage(Array.from({ length: 500 }, () => line).join('\n'));
    assert.ok(out.length > 1, 'the lines are not all one paragraph');
    assert.equal(out.join(''), line.repeat(500), 'no text is lost');
    for (const p of out) assert.ok(p.length <= 1000 + line.length, `a paragraph of ${p.length} characters`);
  });
});

describe('tidyPage: a web page header line is never joined to the body', () => {
  test('source, time and view counter stay on their own line, and the body keeps its figures apart from them', () => {
    const page = '海曙:夜间巡防成效显著\n来源:平安宁波网 2023-08-02 10:21 阅读 12,876\n今年6至7月,全区共开展夜间巡防2100余次,可防性案件同比下降23.6%。';
    const out = tidyPage(page);
    assert.equal(out.length, 3, JSON.stringify(out));
    assert.match(out[2]!, /^今年6至7月/);
  });
});
