import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { findNumbers } from '../../lib/extract/find-numbers';
import type { Qualifier } from '../../lib/schema';

type Figure = readonly [raw: string, value: number, unit: string, qualifier: Qualifier];

/** Positive cases: every figure found, in order. */
const figures: ReadonlyArray<{ input: string; expected: readonly Figure[] }> = [
  // Arabic digits: decimals, thousands separators, 万/亿
  { input: '全年共接报警情1,234.5起', expected: [['1,234.5起', 1234.5, '起', 'exact']] },
  { input: '全市110接警量1,234,567起', expected: [['1,234,567起', 1234567, '起', 'exact']] },
  { input: '据悉,龙泉目前有626支平安志愿者队伍,共1.3万余人', expected: [['626支', 626, '支', 'exact'], ['1.3万余人', 13000, '人', 'more_than']] },
  { input: '全省法院审结金融纠纷案件6.3万件', expected: [['6.3万件', 63000, '件', 'exact']] },
  { input: '涉案金额高达38.97亿元', expected: [['38.97亿元', 3897000000, '元', 'exact']] },
  { input: '为群众挽回经济损失5600余万元', expected: [['5600余万元', 56000000, '元', 'more_than']] },
  { input: '全市共破获刑事案件1200起,同比下降8.5%', expected: [['1200起', 1200, '起', 'exact'], ['8.5%', 8.5, '%', 'exact']] },
  { input: '1-6月,全省刑事案件同比下降了13.7%', expected: [['13.7%', 13.7, '%', 'exact']] },
  // Chinese numerals
  { input: '全县三千人参与平安大巡防', expected: [['三千人', 3000, '人', 'exact']] },
  { input: '组织两千余名党员干部上街巡防', expected: [['两千余名', 2000, '人', 'more_than']] },
  { input: '现场抓获十余人', expected: [['十余人', 10, '人', 'more_than']] },
  { input: '累计发动群众十余万人', expected: [['十余万人', 100000, '人', 'more_than']] },
  { input: '一千二百余起警情得到及时处置', expected: [['一千二百余起', 1200, '起', 'more_than']] },
  // shares written in words, as percentages
  { input: '在已破获的侵财案件中,电信诈骗案件占一半', expected: [['一半', 50, '%', 'exact']] },
  { input: '盗窃案件占比超过一半', expected: [['一半', 50, '%', 'more_than']] },
  { input: '电信网络诈骗案件同比增三成', expected: [['三成', 30, '%', 'exact']] },
  { input: '两抢案件同比下降两成', expected: [['两成', 20, '%', 'exact']] },
  { input: '五成以上的纠纷在村一级化解', expected: [['五成以上', 50, '%', 'more_than']] },
  { input: '群众满意率连续多年保持在9成以上', expected: [['9成以上', 90, '%', 'more_than']] },
  { input: '宁波市开展消防安全检查4.6万家次', expected: [['4.6万家次', 46000, '家次', 'exact']] },
  { input: '较去年同期提高 1.2 个百分点', expected: [['1.2 个百分点', 1.2, '个百分点', 'exact']] },
  // round numbers and more: 千余名, 百余支, 上千场
  { input: '由千余名妇女组成的队伍', expected: [['千余名', 1000, '人', 'more_than']] },
  { input: '共有服务队百余支,队员1200余人', expected: [['百余支', 100, '支', 'more_than'], ['1200余人', 1200, '人', 'more_than']] },
  { input: '开展平安宣传上千场', expected: [['上千场', 1000, '场', 'more_than']] },
  { input: '千家万户、万人空巷', expected: [] },
  { input: '近三年来,余村未发生一起刑事案件', expected: [['一起', 0, '起', 'exact']] },
  { input: '他们俩一起去古街巡一圈', expected: [['一起', 1, '起', 'exact']] },
  { input: '以前村里一年要发生五六起盗窃案', expected: [] },
  // per mille and its points
  { input: '常山县刑事发案率为3.2‰,同比下降1.1个千分点', expected: [['3.2‰', 3.2, '‰', 'exact'], ['1.1个千分点', 1.1, '个千分点', 'exact']] },
  { input: '约8成案件在基层化解', expected: [['8成', 80, '%', 'about']] },
  { input: '侵财案件占案件总量的四分之三', expected: [['四分之三', 75, '%', 'exact']] },
  { input: '百分之九十的群众表示满意', expected: [['百分之九十', 90, '%', 'exact']] },
  { input: '群众安全感达到百分之九十九点五', expected: [['百分之九十九点五', 99.5, '%', 'exact']] },
  // qualifiers before the number
  { input: '全市超过3000人报名参加', expected: [['3000人', 3000, '人', 'more_than']] },
  { input: '参与巡防的志愿者逾百人', expected: [['百人', 100, '人', 'more_than']] },
  { input: '今年以来已打掉涉恶团伙超千起', expected: [['千起', 1000, '起', 'more_than']] },
  { input: '现有志愿者超2000名', expected: [['2000名', 2000, '人', 'more_than']] },
  { input: '全市近万人参加平安大巡防', expected: [['万人', 10000, '人', 'about']] },
  { input: '每场活动约500人参加', expected: [['500人', 500, '人', 'about']] },
  { input: '至少50人参与了调解', expected: [['50人', 50, '人', 'at_least']] },
  { input: '不到10人的小型巡逻队', expected: [['10人', 10, '人', 'less_than']] },
  // qualifiers after the unit
  { input: '湖州3000多名公安民警争当“家园卫士”', expected: [['3000多名', 3000, '人', 'more_than']] },
  { input: '安全感和满意度均取得99%以上的高分', expected: [['99%以上', 99, '%', 'more_than']] },
  { input: '每个网格配备300人左右的志愿者队伍', expected: [['300人左右', 300, '人', 'about']] },
  { input: '每支巡逻队控制在5人以下', expected: [['5人以下', 5, '人', 'less_than']] },
  { input: '命案发案数控制在10起以内', expected: [['10起以内', 10, '起', 'less_than']] },
  // units kept or normalised
  { input: '群众安全感满意率比上年提高0.14个百分点', expected: [['0.14个百分点', 0.14, '个百分点', 'exact']] },
  { input: '必须发展20名志愿者,每人影响10位市民', expected: [['20名', 20, '人', 'exact'], ['10位', 10, '人', 'exact']] },
  { input: '在3059平方公里的龙泉大地', expected: [['3059平方公里', 3059, '平方公里', 'exact']] },
  { input: '全市实现零发案', expected: [['零', 0, '起', 'exact']] },
  // rates with their base: the base is part of the unit, never a figure of its own
  { input: '全市溺水死亡率为3.05/10万,低于全省平均', expected: [['3.05/10万', 3.05, '/10万', 'exact']] },
  { input: '道路交通万车死亡率1.8/万', expected: [['1.8/万', 1.8, '/万', 'exact']] },
  { input: '每10万人口刑事发案率下降', expected: [] },
  { input: '每十万人命案数降至0.4起', expected: [['0.4起', 0.4, '起', 'exact']] },
  // changes of a rate per 100,000 (Traditional text, folded: 個十萬分點 → 个十万分点)
  { input: '发案率同比下降0.35个十万分点', expected: [['0.35个十万分点', 0.35, '个十万分点', 'exact']] },
  // figures printed without a unit, right after the noun they count
  { input: '全区共受理治安案件2547,同比下降4.1%', expected: [['2547', 2547, '', 'exact'], ['4.1%', 4.1, '%', 'exact']] },
  { input: '今年盗窃案件发案数为388。', expected: [['388', 388, '', 'exact']] },
  { input: '交通事故936、火灾112', expected: [['936', 936, '', 'exact'], ['112', 112, '', 'exact']] },
  { input: '全市道路交通万车死亡率为1.47,低于全省', expected: [['1.47', 1.47, '', 'exact']] },
  { input: '每10万人口刑事发案数为312。', expected: [['312', 312, '', 'exact']] },
  // a round number of people: 上万人, 万名, 千名
  { input: '吸引上万人次参与', expected: [['上万人次', 10000, '人次', 'more_than']] },
  { input: '发动万名网格员走村入户', expected: [['万名', 10000, '人', 'about']] },
  { input: '千名辅警充实到基层', expected: [['千名', 1000, '人', 'about']] },
  // a pair of counts after one verb
  { input: '共批准逮捕电信网络诈骗犯罪2600余件14100余人', expected: [['2600余件', 2600, '件', 'more_than'], ['14100余人', 14100, '人', 'more_than']] },
];

/** Negative cases: no figure at all. */
const nothing: ReadonlyArray<{ input: string; note: string }> = [
  { input: '3月19日至20日,省委常委、政法委书记王昌荣在台州调研', note: 'a date' },
  { input: '早在2017年,该县就建立了这一机制', note: 'a year' },
  { input: '7月17日,全省扫黑除恶专项斗争工作推进视频会在杭州召开', note: 'a date' },
  { input: '短短3个月,安吉县电信网络诈骗发案数直线下降', note: 'a duration in months' },
  { input: '民警连续奋战4小时,将被困群众全部转移', note: 'a duration in hours' },
  { input: '55年来,“枫桥经验”历久弥新', note: 'years since' },
  { input: '犯罪嫌疑人张某,45岁,龙泉人', note: 'an age' },
  { input: '面向社会招录40周岁以下的专职网格员', note: 'an age limit' },
  { input: '推动平安综治工作进入全省第一方阵', note: 'an ordinal in words' },
  { input: '第三季度全市治安形势总体平稳', note: 'an ordinal quarter' },
  { input: '每天晚上11点后,龙泉市民老张便会叫上老哥们老周', note: 'a clock time' },
  { input: '每天17~21时开展街面巡逻', note: 'a time range' },
  { input: '招募18-27周岁的青年志愿者', note: 'an age range' },
  { input: '订阅热线:0571-85213260', note: 'a phone number' },
  { input: '社址:杭州市省府路8号 邮编:310025', note: 'an address and a postcode' },
  { input: '零售价:1.50元', note: 'a price' },
  { input: '广告发布登记证:浙T商广登B-005号', note: 'a licence number' },
  { input: '现场照片见IMG_2018.jpg', note: 'an image file name' },
  { input: '图片20180717.png', note: 'an image file name with a date' },
  { input: '强调要牢记“100-1=0”的道理', note: 'a slogan' },
  { input: '深夜三五成群聚集的现象明显减少', note: 'the idiom 三五成群' },
  { input: '把平安宣传送进千家万户', note: 'the idiom 千家万户' },
  { input: '群众对此十分满意', note: '十分 = very' },
  { input: '110接警数、发案数在不断下降', note: 'a bare number (a service name)' },
  { input: '群众可拨打12345热线反映问题', note: 'a bare number (a hotline)' },
  { input: '民警5分钟内赶到现场', note: 'minutes' },
  { input: '发布时间:2020年5月6日 9时32分', note: 'a clock time in hours and minutes' },
  { input: '案件编号2020113,当事人已到场', note: 'a bare number after no count noun' },
  { input: '调取案件12345678,逐一比对', note: 'a bare number too long to be a count (a code)' },
  { input: '受理案件2020A113', note: 'a bare number followed by letters' },
];

const show = (f: Figure) => `${f[1]} ${f[2]} ${f[3]}`;

describe('findNumbers', () => {
  for (const { input, expected } of figures) {
    test(`reads ${expected.map((f) => f[0]).join(' + ')} as ${expected.map(show).join(' + ')}`, () => {
      const found = findNumbers(input);
      assert.deepEqual(found.map((n): Figure => [n.raw, n.value, n.unit, n.qualifier]), expected);
      for (const n of found) assert.equal(input.slice(n.start, n.end), n.raw, 'offsets index the input');
    });
  }
  for (const { input, note } of nothing) {
    test(`finds no figure in "${input}" (${note})`, () => assert.deepEqual(findNumbers(input), []));
  }
  test('marks figures written in words', () => {
    assert.deepEqual(findNumbers('三千人和3000人').map((n) => n.written), ['words', 'digits']);
  });
});
