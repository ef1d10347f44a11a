import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { csvRecords } from '../../lib/io/write-reviewed';

describe('csvRecords (the rows of facts.csv, found without parsing)', () => {
  test('a line break inside quotes does not end a row; doubled quotes are quotes; rows keep their text', () => {
    const text = '\ufeffa,b\n1,"x\ny"\n2,"say ""hi"", then\nmore"\r\n\n3,plain';
    assert.deepEqual(csvRecords(text), [
      { text: 'a,b', line: 1 },
      { text: '1,"x\ny"', line: 2 },
      { text: '2,"say ""hi"", then\nmore"', line: 4 },
      { text: '3,plain', line: 7 },
    ]);
  });

  test('empty text has no rows; a final line break adds none', () => {
    assert.deepEqual(csvRecords(''), []);
    assert.deepEqual(csvRecords('a\n'), [{ text: 'a', line: 1 }]);
  });
});
