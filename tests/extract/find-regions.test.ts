import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { findRegions, type RegionMention } from '../../lib/extract/find-regions';

/** [the words matched, what they resolve to]: a code, `context:…` or `outside`. */
type Found = readonly [word: string, resolves: string];

const show = (text: string, m: RegionMention): Found => [
  text.slice(m.start, m.end),
  m.kind === 'place' ? m.code : m.kind === 'context' ? `context:${m.refers}` : 'outside',
];

const cases: ReadonlyArray<{ name: string; input: string; expected: readonly Found[] }> = [
  // full names, short forms, old names
  { name: 'a county by its full name', input: '龙泉市公安局召开会议', expected: [['龙泉市', '331181']] },
  { name: 'a county by its short form 龙泉', input: '龙泉目前有626支平安志愿者队伍', expected: [['龙泉', '331181']] },
  { name: 'a county by its short form 安吉', input: '安吉警方推出了“家园卫士”工程', expected: [['安吉', '330523']] },
  { name: 'a prefecture and a district in one name', input: '在台州市椒江区综治中心', expected: [['台州市', '331000'], ['椒江区', '331002']] },
  { name: 'an old name (玉环县 became 玉环市)', input: '玉环县公安局破获一起诈骗案', expected: [['玉环县', '331083']] },
  // townships and villages count for their county
  { name: 'a township, for its county', input: '锦溪镇的村民们热烈地讨论着', expected: [['锦溪镇', '331181']] },
  { name: 'a street office, for its county', input: '安吉县天子湖镇古苑小区因停水造成居民用水困难', expected: [['安吉县', '330523'], ['天子湖镇', '330523']] },
  { name: 'a village, for its county', input: '在江山底村会同法律顾问调解土地纠纷', expected: [['江山底村', '330881']] },
  { name: 'a township of four counties, settled by the county named', input: '温州市龙湾区城南街道开展平安创建', expected: [['温州市', '330300'], ['龙湾区', '330303'], ['城南街道', '330382']] },
  { name: 'no township of several counties without context', input: '城南街道开展平安创建', expected: [] },
  { name: 'no village whose name is a campaign word', input: '争创平安村', expected: [] },
  // short forms that are also common words
  { name: 'no 江山 as "the country"', input: '守护大好江山', expected: [] },
  { name: '江山市 by its full name', input: '江山市虎山街道的党员干部', expected: [['江山市', '330881'], ['虎山街道', '330881']] },
  { name: '江山 with a police word after it', input: '江山警方破获一起盗窃案', expected: [['江山', '330881']] },
  { name: '江山 when the full name is elsewhere in the text', input: '江山如今处处平安。江山市公安局', expected: [['江山', '330881'], ['江山市', '330881']] },
  { name: 'no 天台 as "rooftop"', input: '在楼顶天台上晾晒衣物', expected: [] },
  { name: '天台 with 警方', input: '天台警方开展夏夜治安巡查', expected: [['天台', '331023']] },
  { name: 'no 三门 as "three doors"', input: '三门紧闭', expected: [] },
  { name: '三门县 by its full name', input: '三门县公安局', expected: [['三门县', '331022']] },
  { name: 'no 长兴 as "lasting prosperity"', input: '事业长兴', expected: [] },
  { name: '长兴县 by its full name', input: '长兴县开展扫黑除恶', expected: [['长兴县', '330522']] },
  // context words, datelines, rankings, outside places
  { name: '全省 as a context word', input: '全省刑事案件同比下降了13.7%', expected: [['全省', 'context:province']] },
  { name: '我省 as a context word', input: '为我省“两个高水平”建设保驾护航', expected: [['我省', 'context:province']] },
  { name: '全市, 该县 and 全区 as context words', input: '全市、该县和全区', expected: [['全市', 'context:city'], ['该县', 'context:county'], ['全区', 'context:district']] },
  { name: 'no place in a dateline', input: '本报杭州4月2日讯 全省公安机关', expected: [['全省', 'context:province']] },
  { name: 'no place in a ranking (居全省前列)', input: '平安建设考核居全省前列', expected: [] },
  { name: 'no place in a ranking (位居湖州第一、浙江省前列)', input: '双双位居湖州第一、浙江省前列', expected: [] },
  { name: 'places outside Zhejiang', input: '全国公安机关与上海警方', expected: [['全国', 'outside'], ['上海', 'outside']] },
  { name: 'nothing in text without places', input: '经常想一想群众最盼望的问题是什么', expected: [] },
];

describe('findRegions', () => {
  for (const { name, input, expected } of cases) {
    test(`finds ${name}`, () => assert.deepEqual(findRegions(input).map((m) => show(input, m)), expected));
  }
});

describe('village names from the division list', () => {
  test('a village whose official name already ends in 村 (下锦村村委会) is 下锦村, not 下锦村村', () => {
    const codes = (text: string) => findRegions(text).flatMap((m) => (m.kind === 'place' ? [m.code] : []));
    assert.deepEqual(codes('龙泉市下锦村组建了志愿服务队。'), ['331181', '331181']);
    const m = findRegions('下锦村组建了志愿服务队。')[0];
    assert.ok(m && m.kind === 'place' && m.end - m.start === 3, 'matches the three characters 下锦村');
    assert.equal(m.kind === 'place' && m.code, '331181');
  });
});
