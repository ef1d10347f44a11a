import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { findRegions, type RegionMention } from '../../lib/extract/find-regions';

/** [the words matched, what they resolve to]: a Zhejiang code, `outside:CODE`, or `context:…`. */
type Found = readonly [word: string, resolves: string];

const show = (text: string, m: RegionMention): Found => [
  text.slice(m.start, m.end),
  m.kind === 'place' ? m.code : m.kind === 'context' ? `context:${m.refers}` : `outside:${m.code}`,
];

const cases: ReadonlyArray<{ name: string; input: string; expected: readonly Found[] }> = [
  // provinces, prefectures and counties by full name
  { name: 'another province by its full and short name', input: '江苏省公安厅与安徽警方', expected: [['江苏省', 'outside:320000'], ['安徽', 'outside:340000']] },
  { name: 'a prefecture elsewhere by its full name', input: '南京市公安局召开发布会', expected: [['南京市', 'outside:320100']] },
  { name: 'a prefecture elsewhere by its short name', input: '徐州警方破获一起盗窃案', expected: [['徐州', 'outside:320300']] },
  { name: 'a county elsewhere by its full name', input: '崇明区开展治安巡查', expected: [['崇明区', 'outside:310151']] },
  { name: 'an autonomous prefecture by its short name', input: '延边警方通报', expected: [['延边', 'outside:222400']] },
  { name: 'the whole country, also in Traditional after folding', input: '全国公安机关', expected: [['全国', 'outside:000000']] },
  { name: 'Taiwan and its cities', input: '台湾警方在高雄抓获', expected: [['台湾', 'outside:710000'], ['高雄', 'outside:710000']] },
  // county short names need the text to tie them to their place
  { name: 'a county short name right after its province', input: '上海崇明开展联合巡查', expected: [['上海', 'outside:310000'], ['崇明', 'outside:310151']] },
  { name: 'a county short name right after its city', input: '南通海门的民警', expected: [['南通', 'outside:320600'], ['海门', 'outside:320614']] },
  { name: 'a county short name with a police word after it', input: '昆山警方通报', expected: [['昆山', 'outside:320583']] },
  { name: 'county short names whose city the text names, and one listed beside them', input: '苏州市民警赶到。常熟、吴江和太仓三地联合执法', expected: [['苏州市', 'outside:320500'], ['常熟', 'outside:320581'], ['吴江', 'outside:320509'], ['太仓', 'outside:320585']] },
  { name: 'a county short name listed beside a Zhejiang county', input: '青浦、吴江、嘉善三地警方', expected: [['青浦', 'outside:310118'], ['吴江', 'outside:320509'], ['嘉善', '330421']] },
  { name: 'no county short name the text does not tie to a place', input: '启东这个名字很响亮', expected: [] },
  // common words
  { name: 'no 长治 in 长治久安', input: '确保社会长治久安', expected: [] },
  { name: 'no 来宾 for guests', input: '来宾们参观了指挥中心', expected: [] },
  { name: 'no 合作 (a county in Gansu) for cooperation, even in a text naming Gansu', input: '甘肃与浙江加强合作', expected: [['甘肃', 'outside:620000'], ['浙江', '330000']] },
  { name: 'no 公安 (a county in Hubei) for the police, even in a text naming Jingzhou', input: '荆州市公安机关', expected: [['荆州市', 'outside:421000']] },
  { name: 'no 同心 (a county in Ningxia) in a slogan', input: '宁夏同心协力', expected: [['宁夏', 'outside:640000']] },
  { name: 'a common-word city with a place word after it', input: '长治市公安局', expected: [['长治市', 'outside:140400']] },
  // names both Zhejiang's and another's
  { name: '普陀区 after 上海 is Shanghai\'s', input: '上海市普陀区调解纠纷', expected: [['上海市', 'outside:310000'], ['普陀区', 'outside:310107']] },
  { name: '普陀区 after 舟山 is Zhoushan\'s', input: '舟山市普陀区调解纠纷', expected: [['舟山市', '330900'], ['普陀区', '330903']] },
  { name: '普陀区 alone is Zhoushan\'s', input: '普陀区调解纠纷', expected: [['普陀区', '330903']] },
  { name: '普陀区 in a text that names only Shanghai is Shanghai\'s', input: '上海加强治安防控。普陀区调解纠纷', expected: [['上海', 'outside:310000'], ['普陀区', 'outside:310107']] },
  { name: '西湖区 after 南昌 is Nanchang\'s', input: '南昌市西湖区', expected: [['南昌市', 'outside:360100'], ['西湖区', 'outside:360103']] },
  { name: '江北区 in a text about Chongqing', input: '重庆江北区', expected: [['重庆', 'outside:500000'], ['江北区', 'outside:500105']] },
  // yardsticks and honours are not subjects
  { name: 'no 全国 or 全省 naming an honour', input: '龙泉获得全国平安县、全省先进集体等荣誉', expected: [['龙泉', '331181']] },
  { name: 'no 全国 of a reach (在全国推广)', input: '诸暨经验在全国推广', expected: [['诸暨', '330681']] },
  { name: 'no place compared with (比全省, 较全国)', input: '安吉比全省平均高,较全国平均水平高', expected: [['安吉', '330523']] },
  { name: 'a region of several provinces (长三角)', input: '长三角地区共破获', expected: [['长三角', 'outside:000000']] },
  { name: '全国 as a subject', input: '全国共破获毒品案件', expected: [['全国', 'outside:000000']] },
  // places that are not what a figure is about
  { name: 'no place people come from (籍)', input: '抓获福建籍嫌疑人', expected: [] },
  { name: 'no place the police go to, nor the county after it', input: '湖州警方赴广西宾阳抓获', expected: [['湖州', '330500']] },
  { name: 'no place the police work with (联合)', input: '南京警方联合合肥警方', expected: [['南京', 'outside:320100']] },
];

describe('places outside Zhejiang', () => {
  for (const { name, input, expected } of cases) {
    test(`finds ${name}`, () => assert.deepEqual(findRegions(input).map((m) => show(input, m)), expected));
  }
  test('places elsewhere where something was done (在北京、上海等地) are asides', () => {
    const found = findRegions('乐清市公安局在北京、上海等地抓获在逃人员');
    assert.deepEqual(found.map((m) => m.kind !== 'context' && m.aside), [false, true, true]);
  });
  test('one of several places where something was done (等地) is an aside', () => {
    const m = findRegions('杭州市公安局在上城区等地抓获').find((r) => r.kind === 'place' && r.code === '330102');
    assert.ok(m && m.kind === 'place' && m.aside);
  });
});
