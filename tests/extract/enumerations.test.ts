import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { LIST_GAP, listSubjects } from '../../lib/extract/enumerations';

/** `input` is the clause before a list's first figure; `context` how many figures the list has. */
const subjects: ReadonlyArray<{ input: string; context: number; expected: readonly string[] }> = [
  { input: '命案、七类恶性案件、侵财型案件同比分别下降', context: 3, expected: ['命案', '七类恶性案件', '侵财型案件'] },
  { input: '盗窃、诈骗和抢劫案件分别为', context: 3, expected: ['盗窃', '诈骗', '抢劫案件'] },
  { input: '盗窃及抢劫案件分别下降', context: 2, expected: ['盗窃', '抢劫案件'] },
  { input: '全省刑事案件同比下降了', context: 1, expected: ['全省刑事案件'] },
  { input: '命案、七类恶性案件、侵财型案件同比分别下降', context: 2, expected: [] },
  { input: '共批准逮捕电信网络诈骗案件', context: 2, expected: [] },
  { input: '分别比去年同期上升', context: 2, expected: [] },
  { input: '群众安全感、知晓率、参与率分别为', context: 3, expected: ['群众安全感', '知晓率', '参与率'] },
  { input: '涉及盗窃和涉及诈骗的案件分别为', context: 2, expected: ['涉及盗窃', '涉及诈骗的案件'] },
  { input: '及时调解率与和谐村创建率分别达', context: 2, expected: ['及时调解率', '和谐村创建率'] },
  { input: '该县平安建设“三率”分别为', context: 3, expected: ['安全感满意率', '知晓率', '参与率'] },
  { input: '该县平安建设“三率”分别为', context: 2, expected: [] },
];

describe('listSubjects', () => {
  for (const { input, context, expected } of subjects) {
    const name = expected.length ? `names ${expected.join(' / ')} in "${input}"` : `names no subjects for ${context} figures in "${input}"`;
    test(name, () => assert.deepEqual(listSubjects(input, context), expected));
  }
});

const gaps: ReadonlyArray<{ input: string; expected: boolean }> = [
  { input: '、', expected: true },
  { input: '和', expected: true },
  { input: '及', expected: true },
  { input: '以及', expected: true },
  { input: ',', expected: true },
  { input: '', expected: true },
  { input: '人,死亡', expected: false },
  { input: ',刑事立案同比下降了', expected: false },
];

describe('LIST_GAP', () => {
  for (const { input, expected } of gaps) {
    test(`${expected ? 'joins' : 'does not join'} two figures across "${input}"`, () => assert.equal(LIST_GAP.test(input), expected));
  }
});
