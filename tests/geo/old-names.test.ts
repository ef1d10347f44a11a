/** The table of pre-2021 county names in the map source, and how source names resolve. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { zhejiangCounties } from '../../lib/geo/divisions';
import { currentUnitForSourceName } from '../../lib/geo/label-source-counties';
import { OLD_NAME_TO_CURRENT_CODE } from '../../lib/geo/old-names';

const counties = zhejiangCounties();

test('old names map to current codes', () => {
  assert.equal(OLD_NAME_TO_CURRENT_CODE.get('玉环县'), '331083');
  assert.equal(OLD_NAME_TO_CURRENT_CODE.get('临安市'), '330112');
  assert.equal(OLD_NAME_TO_CURRENT_CODE.get('下城区'), '330105');
  assert.equal(OLD_NAME_TO_CURRENT_CODE.get('江干区'), '330102');
});

test('every table entry points at a current unit and is not itself a current name', () => {
  const names = new Set(counties.map((unit) => unit.name));
  const codes = new Set(counties.map((unit) => unit.code));
  for (const [oldName, code] of OLD_NAME_TO_CURRENT_CODE) {
    assert.ok(codes.has(code), `${oldName} → ${code}`);
    assert.ok(!names.has(oldName), `${oldName} is still current`);
  }
});

test('source names resolve by current name first, then through the table', () => {
  assert.deepEqual(currentUnitForSourceName('奉化区', counties), { code: '330213', name: '奉化区', prefectureCode: '330200' });
  assert.deepEqual(currentUnitForSourceName('玉环县', counties), { code: '331083', name: '玉环市', prefectureCode: '331000' });
  assert.equal(currentUnitForSourceName('江干区', counties).name, '上城区');
  assert.throws(() => currentUnitForSourceName('不存在县', counties), /old-names/);
});
