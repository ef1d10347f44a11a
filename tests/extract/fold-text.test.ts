import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { foldText, foldWidth } from '../../lib/extract/fold-text';
import { toSimplified } from '../../lib/extract/traditional';

const width: ReadonlyArray<{ input: string; expected: string }> = [
  { input: '１３．７％', expected: '13.7%' },
  { input: '全市共破获刑事案件１２００起，同比下降８．５％。', expected: '全市共破获刑事案件1200起,同比下降8.5%。' },
  { input: '（下转２版）', expected: '(下转2版)' },
  { input: '订阅热线：０５７１－８５２１３２６０', expected: '订阅热线:0571-85213260' },
  { input: '１７～２１时；ＩＭＧ＿２０１８', expected: '17~21时;IMG_2018' },
  { input: '真的吗？是！', expected: '真的吗?是!' },
  { input: '　　本报讯　今年以来', expected: '  本报讯 今年以来' },
  { input: '平安——幸福', expected: '平安--幸福' },
  { input: '满意率达96.2﹪', expected: '满意率达96.2%' },
  { input: '“家园卫士”、《方案》。', expected: '“家园卫士”、《方案》。', },
];

describe('foldWidth', () => {
  for (const { input, expected } of width) {
    test(`folds ${input} to ${expected} with the same length`, () => {
      const out = foldWidth(input);
      assert.equal(out, expected);
      assert.equal(out.length, input.length);
    });
  }
});

const script: ReadonlyArray<{ input: string; expected: string }> = [
  { input: '龍泉市志願者隊伍共1.3萬餘人', expected: '龙泉市志愿者队伍共1.3万余人' },
  { input: '臺州市椒江區', expected: '台州市椒江区' },
  { input: '龍泉市總接警量同比下降了２２％', expected: '龙泉市总接警量同比下降了22%' },
  { input: '溫州市公安機關破獲電信網絡詐騙案件', expected: '温州市公安机关破获电信网络诈骗案件' },
];

describe('foldText', () => {
  for (const { input, expected } of script) {
    test(`folds Traditional ${input} to Simplified with the same length`, () => {
      const out = foldText(input, toSimplified);
      assert.equal(out, expected);
      assert.equal(out.length, input.length);
    });
  }
  test('returns text without Traditional characters or wide forms unchanged', () => {
    const text = '据悉,龙泉目前有626支平安志愿者队伍,共1.3万余人。';
    assert.equal(foldText(text, toSimplified), text);
  });
  test('refuses a converter that changes the length (offsets would break)', () => {
    assert.throws(() => foldText('龍泉', (s) => `${s}市`), /length/);
  });
});

describe('foldWidth on long text', () => {
  test('folds every character of a text of several chunks (20,000 code units), boundaries included', () => {
    const unit = '全市１２００起，同比下降８．５％。　—﹪ab';
    const input = unit.repeat(Math.ceil(20_000 / unit.length)).slice(0, 20_000);
    const expected = Array.from(input, (c) => foldWidth(c)).join('');
    const out = foldWidth(input);
    assert.equal(out.length, input.length);
    assert.equal(out, expected);
    assert.ok(!/[，．％　—﹪１２８５０]/.test(out));
  });

  test('keeps a lone surrogate as it is', () => {
    assert.equal(foldWidth('\ud800，\udc00'), '\ud800,\udc00');
  });
});
