import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../lib/extract/extract-article';
import { factRow } from '../../lib/extract/csv-rows';
import { foldText } from '../../lib/extract/fold-text';
import { matchText } from '../../lib/extract/match-text';
import { articleId } from '../../lib/extract/ids';
import { toSimplified } from '../../lib/extract/traditional';
import type { Article, Direction, MetricKey, Qualifier, Statistic } from '../../lib/schema';
import { testMeta } from './seed-pages';

/** What a fact says: the figure as highlighted in the text, region_code, metric, value, unit, qualifier, direction, period. */
type Fact = readonly [raw: string, region: string, metric: MetricKey, value: number, unit: string, qualifier: Qualifier, direction: Direction, period: string];

function article(title: string, body: string, date = '2018-07-18'): Article {
  return { id: articleId('golden.txt', 0), source: 'golden.txt', index: 0, meta: testMeta('golden.txt', date), title, byline: '本报记者 张倩', text: `${title}\n${body}` };
}

const fact = (a: Article, s: Statistic): Fact => [
  a.text.slice(s.start, s.end), s.regionCode, s.metric, s.value, s.unit, s.qualifier, s.direction, s.periodStart ? `${s.periodStart}/${s.periodEnd}` : '',
];

const cases: ReadonlyArray<{ name: string; input: Article; expected: readonly Fact[] }> = [
  {
    name: 'an enumeration of crimes with 分别 gives one crime fact per figure',
    input: article('全省扫黑除恶专项斗争取得阶段性成效', '本报讯 7月17日,全省扫黑除恶专项斗争工作推进会在杭州召开。\n1-6月,全省刑事案件同比下降了13.7%,命案、七类恶性案件、侵财型案件同比分别下降8.22%、2.5%和17.1%。'),
    expected: [
      ['13.7%', '330000', 'crime', 13.7, '%', 'exact', 'decrease', '2018-01/2018-06'],
      ['8.22%', '330000', 'crime', 8.22, '%', 'exact', 'decrease', '2018-01/2018-06'],
      ['2.5%', '330000', 'crime', 2.5, '%', 'exact', 'decrease', '2018-01/2018-06'],
      ['17.1%', '330000', 'crime', 17.1, '%', 'exact', 'decrease', '2018-01/2018-06'],
    ],
  },
  {
    name: 'a list of changes after counts: each change refers to its count',
    input: article('宁波交警提醒雨天出行注意安全', '本报讯 入梅以来,宁波雨水偏多。\n据统计,今年1-6月,宁波全市雨天发生事故106起,死亡28人,分别比去年同期上升186.5%和211%。'),
    expected: [
      ['106起', '330200', 'crime', 106, '起', 'exact', 'none', '2018-01/2018-06'],
      ['28人', '330200', 'crime', 28, '人', 'exact', 'none', '2018-01/2018-06'],
      ['186.5%', '330200', 'crime', 186.5, '%', 'exact', 'increase', '2018-01/2018-06'],
      ['211%', '330200', 'crime', 211, '%', 'exact', 'increase', '2018-01/2018-06'],
    ],
  },
  {
    name: 'a pair of counts after one verb gives two facts',
    input: article('全省检察机关严惩电信网络诈骗犯罪', '本报讯 记者从省检察院获悉,2021年,全省检察机关共批准逮捕电信网络诈骗案件3911件8978人。', '2022-01-12'),
    expected: [
      ['3911件', '330000', 'crime', 3911, '件', 'exact', 'none', '2021/2021'],
      ['8978人', '330000', 'crime', 8978, '人', 'exact', 'none', '2021/2021'],
    ],
  },
  {
    name: 'a headline figure repeated in the body is one fact, the body\'s',
    input: article('温州警方上半年破获刑事案件1.2万起', '本报讯 今年以来,温州市公安机关共破获刑事案件1.2万起,同比上升5.3%。'),
    expected: [
      ['1.2万起', '330300', 'crime', 12000, '起', 'exact', 'none', '2018-01/2018-07'],
      ['5.3%', '330300', 'crime', 5.3, '%', 'exact', 'increase', '2018-01/2018-07'],
    ],
  },
  {
    name: 'a county article with every kind of metric; 该县/全县 resolve to the county',
    input: article('安吉县平安建设成效明显', '本报讯 2017年,安吉县共调解矛盾纠纷1768件,全县共有专职人民调解员85名。该县群众安全感满意率达96.2%,比上年提高0.14个百分点。全县平安志愿者超过5000人,为群众挽回经济损失5600余万元。', '2018-03-02'),
    expected: [
      ['1768件', '330523', 'services', 1768, '件', 'exact', 'none', '2017/2017'],
      ['85名', '330523', 'personnel', 85, '人', 'exact', 'none', '2017/2017'],
      ['96.2%', '330523', 'satisfaction', 96.2, '%', 'exact', 'none', '2017/2017'],
      ['0.14个百分点', '330523', 'satisfaction', 0.14, '个百分点', 'exact', 'increase', '2017/2017'],
      ['5000人', '330523', 'volunteers', 5000, '人', 'more_than', 'none', '2017/2017'],
      ['5600余万元', '330523', 'other', 56000000, '元', 'more_than', 'none', '2017/2017'],
    ],
  },
  {
    name: 'figures about a township and a place outside Zhejiang',
    input: article('龙泉平安大巡防成效明显', '本报讯 龙泉市锦溪镇共有平安志愿者320人。全国共有平安志愿者数百万人,上海警方派出民警200名交流学习。'),
    expected: [
      ['320人', '331181', 'volunteers', 320, '人', 'exact', 'none', ''],
      ['200名', '000000', 'personnel', 200, '人', 'exact', 'none', ''],
    ],
  },
  {
    name: 'no statistic in dates, durations, ordinals, slogans and anecdotes',
    input: article('衢州推进基层治理', '本报讯 7月10日,江山市虎山街道的一名党员干部早早来到所辖村开展网格巡查。老朱多了2个身份,他说要牢记“100-1=0”的道理。3月19日至20日,全市开展了为期3个月的专项整治,推动工作进入全省第一方阵。'),
    expected: [],
  },
];

describe('extractArticle', () => {
  for (const { name, input, expected } of cases) {
    test(name, () => {
      const stats = extractArticle(input, foldText(input.text, toSimplified));
      assert.deepEqual(stats.map((s) => fact(input, s)), expected);
      for (const s of stats) {
        assert.ok(s.sentence.includes(input.text.slice(s.start, s.end)), 'the sentence holds the figure');
        assert.equal(s.articleId, input.id);
      }
    });
  }
  test('keeps the body\'s copy of a headline figure (offsets after the title)', () => {
    const a = article('温州警方上半年破获刑事案件1.2万起', '本报讯 今年以来,温州市公安机关共破获刑事案件1.2万起。');
    const [only, ...rest] = extractArticle(a, foldText(a.text, toSimplified));
    assert.deepEqual(rest, []);
    assert.ok(only);
    assert.equal(only.start, a.text.lastIndexOf('1.2万起'));
    assert.ok(only.start > a.title.length);
  });
});

describe('subjects: what each figure counts', () => {
  const subjects = (body: string, date = '2019-10-15') => {
    const a = article('温州深化平安建设', body, date);
    return extractArticle(a, foldText(a.text, toSimplified)).map((s) => [a.text.slice(s.start, s.end), s.subject, s.periodEnd]);
  };

  test('a list of changes takes the subjects of the figures it refers back to', () => {
    assert.deepEqual(subjects('今年1-9月,温州市共破获刑事案件3256起,抓获犯罪嫌疑人4120人,同比分别上升12.3%和8.7%。'), [
      ['3256起', '温州市共破获刑事案件', '2019-09'],
      ['4120人', '抓获犯罪嫌疑人', '2019-09'],
      ['12.3%', '温州市共破获刑事案件', '2019-09'],
      ['8.7%', '抓获犯罪嫌疑人', '2019-09'],
    ]);
  });

  test('a change against last year is about this year, not last year', () => {
    const [, change] = subjects('截至目前,全市群众安全感满意率达97.8%,较去年提高0.6个百分点。');
    assert.deepEqual(change, ['0.6个百分点', '全市群众安全感满意率', '2019-10']);
  });

  test('the second of two counts is named by its own noun, not by the first count', () => {
    assert.deepEqual(subjects('全省共有专职网格员3.2万名、兼职网格员26万名。').map((s) => s[1]), ['全省共有专职网格员', '兼职网格员']);
  });
});

describe('regions, metrics and periods from context', () => {
  const facts = (body: string, date = '2019-05-08') => {
    const a = article('嘉兴:“网格+警格”让矛盾就地化解', body, date);
    return extractArticle(a, foldText(a.text, toSimplified)).map((s) => fact(a, s));
  };

  test('该市 points back at the city named last (平湖市), not at the article\'s prefecture', () => {
    const out = facts('本报嘉兴5月7日讯 今年一季度,嘉兴全市共排查化解各类矛盾纠纷8600余件。\n平湖市公安局相关负责人介绍,一季度该市刑事警情同比下降15.4%。');
    assert.deepEqual(out.map((f) => [f[0], f[1]]), [['8600余件', '330400'], ['15.4%', '330482']]);
  });

  test('a head count never inherits satisfaction from an earlier paragraph', () => {
    const out = facts('全市群众对社会治安的满意率为96.2%。\n嘉善县桃园村的“和事佬”协会有会员30多名。');
    assert.equal(out[1]![0], '30多名');
    assert.notEqual(out[1]![2], 'satisfaction');
  });

  test('去年以来 runs from January of last year to publication', () => {
    const out = facts('嘉善县桃园村去年以来共调处纠纷120起。');
    assert.deepEqual(out.map((f) => [f[0], f[7]]), [['120起', '2018-01/2019-05']]);
  });
});

test('both figures of a pair (2600余件14100余人) are named by their shared clause', () => {
  const a = article('金华检察机关依法严惩涉黑涉恶犯罪', '在此基础上,金华市检察机关共批准逮捕涉黑涉恶犯罪嫌疑人2600余件14100余人。');
  assert.deepEqual(extractArticle(a, foldText(a.text, toSimplified)).map((s) => s.subject), ['批准逮捕涉黑涉恶犯罪嫌疑人', '批准逮捕涉黑涉恶犯罪嫌疑人']);
});

describe('lists of places and 全市 in a paragraph about another city', () => {
  const facts = (body: string) => {
    const a = article('丽水“平安护航队”遍布城乡', body, '2019-03-06');
    return extractArticle(a, foldText(a.text, toSimplified));
  };

  test('places labelling a list speak for their own figures; the next clause returns to the city', () => {
    const out = facts('本报丽水3月5日讯 截至2月底,丽水全市共组建平安护航队520支,其中莲都区120支、青田县80支、缙云县65支,注册队员达1.8万人。');
    assert.deepEqual(out.map((s) => [s.value, s.regionCode, s.metric]), [
      [520, '331100', 'volunteers'], [120, '331102', 'volunteers'], [80, '331121', 'volunteers'], [65, '331122', 'volunteers'], [18000, '331100', 'volunteers'],
    ]);
    assert.equal(out[1]!.subject, out[0]!.subject, 'a place alone is not a subject');
  });

  test('全市 in a paragraph about 诸暨 is 诸暨, not the article\'s city', () => {
    const out = facts('本报丽水3月5日讯 丽水全市共组建平安护航队520支。\n诸暨市枫桥镇是“枫桥经验”发源地。去年,诸暨全市共调处各类矛盾纠纷1.2万起,调处成功率98.7%,全市刑事发案数同比下降8.3%。');
    assert.deepEqual(out.slice(1).map((s) => [s.value, s.regionCode]), [[12000, '330681'], [98.7, '330681'], [8.3, '330681']]);
  });
});

test('a subject naming a city and then its county (衢州市江山市) is about the county', () => {
  const a = article('衢州推进“枫桥式派出所”建设', '在江山如画的浙西,衢州市江山市今年共建成“枫桥式派出所”12个。', '2019-05-06');
  assert.deepEqual(extractArticle(a, foldText(a.text, toSimplified)).map((s) => [s.value, s.regionCode]), [[12, '330881']]);
});

test('subjects of "from X to Y" figures and of a list of places with a shared noun', () => {
  const a = article('舟山平安建设成效显著', '近年来,舟山市群众安全感满意率从2015年的92.1%提高到2018年的97.3%。\n普陀区、定海区和嵊泗县的平安志愿者人数分别为5200人、4800人和800人。', '2019-02-20');
  const out = extractArticle(a, foldText(a.text, toSimplified));
  assert.deepEqual(out.map((s) => [s.value, s.subject, s.periodEnd, s.regionCode]), [
    [92.1, '舟山市群众安全感满意率', '2015', '330900'], [97.3, '舟山市群众安全感满意率', '2018', '330900'],
    [5200, '平安志愿者人数', '', '330903'], [4800, '平安志愿者人数', '', '330902'], [800, '平安志愿者人数', '', '330922'],
  ]);
});

describe('figures that speak for several places, and targets', () => {
  const facts = (body: string) => {
    const a = article('金华:“义警”力量壮大', body, '2019-08-15');
    return extractArticle(a, foldText(a.text, toSimplified));
  };

  test('均 gives a figure to each place listed before it, each statistic with its own id', () => {
    const out = facts('截至目前,金华全市已有义警2.3万名。永康市、东阳市义警人数均超过3000人。');
    assert.deepEqual(out.slice(1).map((s) => [s.value, s.regionCode, s.qualifier]).sort(), [[3000, '330783', 'more_than'], [3000, '330784', 'more_than']]);
    const rows = out.map(factRow);
    assert.equal(new Set(rows.map((r) => r.fact_id)).size, rows.length, 'ids are distinct');
    assert.equal(rows[1]!.fact_id, factRow({ ...out[1]! }).fact_id, 'and stable');
  });

  test('a target for after publication is not a statistic; a reached figure still is', () => {
    assert.deepEqual(facts('到2020年底,全市义警人数将达到3万名。').map((s) => s.value), []);
    assert.deepEqual(facts('全市义警人数已达2.3万名。').map((s) => s.value), [23000]);
    assert.deepEqual(facts('区公安分局负责人表示,力争今年全区电诈发案数再下降10%以上。').map((s) => s.value), []);
    assert.deepEqual(facts('明年全市将力争刑事发案数再下降5%,群众安全感满意率保持在98%以上。').map((s) => s.value), []);
  });
});

test('a year right before a figure is its own; a yardstick year is not the period of the change', () => {
  const a = article('台州:交通事故亡人数连续五年下降', '温岭市交警大队相关负责人介绍,该市2018年交通事故起数为1046起,较2017年的1210起减少164起。', '2019-01-10');
  assert.deepEqual(extractArticle(a, foldText(a.text, toSimplified)).map((s) => [s.value, s.periodEnd]), [[1046, '2018'], [1210, '2017'], [164, '2018']]);
});

test('places in brackets are an aside: 台州市区(椒江、黄岩、路桥三区) is 台州市', () => {
  const a = article('台州:电动自行车登记', '台州市区(椒江、黄岩、路桥三区)去年共有电动自行车注册登记量42.6万辆。', '2019-01-10');
  assert.deepEqual(extractArticle(a, foldText(a.text, toSimplified)).map((s) => [s.value, s.regionCode]), [[426000, '331000']]);
});

describe('Traditional text from copy sites', () => {
  const facts = (body: string) => {
    const a = article('溫州警方通報上半年治安形勢', body, '2019-07-20');
    return { a, out: extractArticle(a, matchText(a.text, toSimplified)) };
  };

  test('pinyin readings after characters break neither places, keywords nor units; offsets stay in the display text', () => {
    const { a, out } = facts('今年上半年,溫州市鹿城區(qū)盜竊發(fā)案同比下降12.6%,報(bào)案損失共計380萬(wàn)元。');
    assert.deepEqual(out.map((s) => [a.text.slice(s.start, s.end), s.regionCode, s.indicator, s.value, s.unit]), [
      ['12.6%', '330302', 'property_crime', 12.6, '%'],
      ['380萬(wàn)元', '330302', 'money', 3800000, '元'],
    ]);
    assert.ok(out[0]!.sentence.includes('區(qū)'), 'the sentence is the display text');
  });

  test('Traditional units: 萬, 億, 個百分點, 個十萬分點', () => {
    const { out } = facts('全市道路交通事故死亡率為3.1/10萬,同比下降0.42個十萬分點;群眾安全感滿意率提高1.2個百分點,詐騙損失2.3億元。');
    assert.deepEqual(out.map((s) => [s.value, s.unit]), [[3.1, '/10万'], [0.42, '个十万分点'], [1.2, '个百分点'], [230000000, '元']]);
  });

  test('a full-width comma before 、 inside a list of figures keeps the list', () => {
    const { out } = facts('全市盜竊、詐騙案件分別下降18.5%,、9.4%。');
    assert.deepEqual(out.map((s) => [s.value, s.indicator]), [[18.5, 'property_crime'], [9.4, 'crime_other']]);
  });
});

describe('figures about one case or one person are not statistics', () => {
  const values = (body: string) => {
    const a = article('平陽警方搗毀一詐騙窩點', body, '2019-07-20');
    return extractArticle(a, matchText(a.text, toSimplified)).map((s) => s.value);
  };

  test('one arrest and its haul, then the year\'s figures', () => {
    assert.deepEqual(values('7月3日,平阳县公安局一举捣毁一个电信诈骗窝点,抓获嫌疑人23名。现场缴获手机60部、电脑12台。\n今年以来,全县共破获电信诈骗案件412起。'), [412]);
  });

  test('one victim\'s money', () => {
    assert.deepEqual(values('家住鳌江镇的陈女士接到“客服”电话,被骗走8.6万元。'), []);
  });
});

describe('indicators from the kind of case the context names', () => {
  const indicators = (body: string, title = '衢州交警发布一季度道路交通安全形势') => {
    const a = article(title, body, '2019-04-20');
    return extractArticle(a, matchText(a.text, toSimplified)).map((s) => [s.value, s.indicator]);
  };

  test('accidents and deaths in an article about road accidents are road safety, headings too', () => {
    assert.deepEqual(indicators('本报讯 一季度,衢州全市共发生道路交通事故1210起,同比下降6.1%。\n从时段看,夜间发生事故388起,死亡19人。\n货车事故仍然多发\n三轮车同比增两成'), [
      [1210, 'traffic'], [6.1, 'traffic'], [388, 'traffic'], [19, 'traffic'], [20, 'traffic'],
    ]);
  });

  test('what was done about cases is of the kind the paragraph names, unless the whole is named again', () => {
    assert.deepEqual(indicators('本报讯 去年全市共立电信网络诈骗案件4120起,损失2.1亿元。全年破案率达到41.5%。\n全市公安机关共破获刑事案件6020起,抓获犯罪嫌疑人5311名。', '衢州警方通报去年打击犯罪成果'), [
      [4120, 'telecom_fraud'], [210000000, 'money'], [41.5, 'telecom_fraud'], [6020, 'cases_solved'], [5311, 'suspects'],
    ]);
  });

  test('a generic word in a later paragraph of an article on one kind of case is that kind; sums of money stay money', () => {
    assert.deepEqual(indicators('本报讯 去年全市电信网络诈骗立案数同比下降21.4%,损失金额下降17.9%。\n其中,城区发案下降26.3%。', '丽水电诈发案下降'), [
      [21.4, 'telecom_fraud'], [17.9, 'money'], [26.3, 'telecom_fraud'],
    ]);
  });

  test('a generic word after a kind in the same sentence is that kind', () => {
    assert.deepEqual(indicators('本报讯 今年以来,全县发生命案6起,全部告破,发案数同比下降25%。', '开化县命案发案下降'), [[6, 'homicide'], [25, 'homicide']]);
  });

  test('a list of changes with no subject refers to the last sentence\'s figures', () => {
    assert.deepEqual(indicators('本报讯 今年以来,全市共发生火灾412起,死亡3人,直接财产损失960万元。\n与去年同期相比,分别下降8.1%、25%和12.6%。', '衢州火灾形势平稳'), [
      [412, 'fire'], [3, 'fire'], [9600000, 'money'], [8.1, 'fire'], [25, 'fire'], [12.6, 'money'],
    ]);
  });

  test('subjects of a list in the clause before its verb', () => {
    assert.deepEqual(indicators('本报讯 今年上半年,江山市命案、盗窃案件和诈骗案件起数,同比分别下降了20%、11.5%和8.2%。', '江山平安建设'), [
      [20, 'homicide'], [11.5, 'property_crime'], [8.2, 'crime_other'],
    ]);
  });

  test('平安建设“三率” are the sense of safety, awareness and participation', () => {
    assert.deepEqual(indicators('本报讯 调查显示,龙游县平安建设“三率”分别为97.2%、88.1%和70.3%。', '龙游平安建设群众满意'), [
      [97.2, 'safety_satisfaction'], [88.1, 'awareness'], [70.3, 'participation'],
    ]);
  });

  test('a kind of service is what it says, not the dispute counted before it', () => {
    assert.deepEqual(indicators('本报讯 今年以来,全县共调处矛盾纠纷2100余起,走访群众6.2万户次,开展反诈宣传860余场。', '常山基层治理'), [
      [2100, 'disputes'], [62000, 'services_other'], [860, 'services_other'],
    ]);
  });

  test('survey scores are satisfaction even in an article about drugs', () => {
    assert.deepEqual(indicators('本报讯 全年共破获毒品犯罪案件320起。问卷调查显示,96.4%的受访学生知道毒品的危害,83%的受访家长表示满意。', '衢州禁毒宣传进校园'), [
      [320, 'drugs'], [96.4, 'awareness'], [83, 'satisfaction_other'],
    ]);
  });
});

test('a statistic of an endless sentence quotes a window around its figure; its offsets index the article', () => {
  const filler = '各地持续深化平安建设'.repeat(200);
  const a = article('全省平安建设', `${filler}全省刑事案件同比下降了13.7%${filler}。`);
  const [s] = extractArticle(a, foldText(a.text, toSimplified));
  assert.ok(s);
  assert.equal(a.text.slice(s.start, s.end), '13.7%');
  assert.ok(s.sentence.length <= 300, `quotes ${s.sentence.length} characters`);
  const at = a.text.indexOf(s.sentence);
  assert.ok(at >= 0 && at <= s.start && s.end <= at + s.sentence.length, 'the quote is the article text around the figure');
  assert.match(s.sentence, /全省刑事案件同比下降了13\.7%/);
});
