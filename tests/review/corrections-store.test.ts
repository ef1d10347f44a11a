import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { promises as fsp, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { CORRECTIONS_HEADER, decisionRows } from '../../lib/review/decision-rows';
import { CorrectionsWriter, correctionsWriter, readCorrectionsText } from '../../lib/review/corrections-store';
import { parseCorrections } from '../../lib/review/parse-corrections';
import { tempDir } from './helpers';

const ROOT = path.resolve(__dirname, '../..');
const SAME_SECOND = '2026-11-24T09:30:00Z';
const confirm = (factId: string, reviewer = 'alice') => decisionRows({ factId, action: 'confirm' }, reviewer, SAME_SECOND);

function parsed(file: string) {
  const p = parseCorrections(readFileSync(file, 'utf8'), file);
  assert.deepEqual(p.problems, []);
  return p.decisions;
}

describe('corrections.csv store', () => {
  test('the file is created with its header on the first decision, then only appended to', async () => {
    const file = path.join(tempDir(), 'sub', 'corrections.csv');
    assert.equal(await readCorrectionsText(file), null);
    const w = new CorrectionsWriter(file);
    await w.append(confirm('f1'));
    await w.append(decisionRows({ factId: 'f2', action: 'edit', fields: { value: '12', unit: '起' } }, 'bob', SAME_SECOND));
    const text = readFileSync(file, 'utf8');
    assert.ok(text.startsWith(CORRECTIONS_HEADER));
    assert.deepEqual(parsed(file).map((d) => [d.factId, d.action, d.field, d.value, d.reviewer]), [
      ['f1', 'confirm', '', '', 'alice'], ['f2', 'edit', 'value', '12', 'bob'], ['f2', 'edit', 'unit', '起', 'bob'],
    ]);
  });

  test('a hand-edited file without a final line break gets one before the next row', async () => {
    const file = path.join(tempDir(), 'corrections.csv');
    writeFileSync(file, `${CORRECTIONS_HEADER}f0,confirm,,,carol,${SAME_SECOND},by hand`);
    await new CorrectionsWriter(file).append(confirm('f1'));
    assert.deepEqual(parsed(file).map((d) => [d.factId, d.note]), [['f0', 'by hand'], ['f1', '']]);
  });

  test('every append resolves only after an fsync that covers its rows', async () => {
    const file = path.join(tempDir(), 'corrections.csv');
    const probe = await fsp.open(file, 'w');
    const proto = Object.getPrototypeOf(probe) as { sync: () => Promise<void> };
    await probe.close();
    const original = proto.sync;
    const syncedSizes: number[] = [];
    proto.sync = async function (this: fsp.FileHandle) {
      await original.call(this);
      syncedSizes.push((await fsp.stat(file)).size);
    };
    try {
      const w = new CorrectionsWriter(file);
      const seen: number[] = [];
      await Promise.all(Array.from({ length: 30 }, (_, i) => w.append(confirm(`fact${i}`)).then(() => {
        const text = readFileSync(file, 'utf8');
        const end = Buffer.byteLength(text.slice(0, text.indexOf(`fact${i},`) + `fact${i},`.length));
        seen.push(end);
        assert.ok(syncedSizes.some((s) => s >= end), `fact${i} answered before an fsync covered it`);
      })));
      assert.equal(seen.length, 30);
      assert.ok(syncedSizes.length < 30, `appends that wait together share an fsync (${syncedSizes.length} fsyncs)`);
    } finally {
      proto.sync = original;
    }
  });

  test('two sessions deciding 200 facts at once lose none; same-second decisions on a fact both stay', async () => {
    const file = path.join(tempDir(), 'corrections.csv');
    const ids = Array.from({ length: 200 }, (_, i) => `fact${String(i).padStart(3, '0')}`);
    const session = (reviewer: string) => Promise.all(ids.map((id) => correctionsWriter(file).append(confirm(id, reviewer))));
    await Promise.all([session('alice'), session('bob')]);
    const decisions = parsed(file);
    assert.equal(decisions.length, 400);
    for (const id of ids) {
      assert.deepEqual(decisions.filter((d) => d.factId === id).map((d) => d.reviewer).sort(), ['alice', 'bob'], id);
    }
    assert.ok(decisions.every((d) => d.decidedAt === SAME_SECOND));
  });

  test('the writer is one per file for the process', () => {
    const file = path.join(tempDir(), 'corrections.csv');
    assert.equal(correctionsWriter(file), correctionsWriter(path.join(path.dirname(file), '.', 'corrections.csv')));
  });

  describe('two processes appending at once', () => {
    const dir = tempDir();
    after(() => fsp.rm(dir, { recursive: true, force: true }));
    test('interleave whole rows, never parts of rows', async () => {
      const file = path.join(dir, 'corrections.csv');
      const script = path.join(dir, 'append.ts');
      writeFileSync(script, `
        import { correctionsWriter } from ${JSON.stringify(path.join(ROOT, 'lib/review/corrections-store'))};
        import { decisionRows } from ${JSON.stringify(path.join(ROOT, 'lib/review/decision-rows'))};
        const [file, who] = process.argv.slice(2);
        const note = 'x'.repeat(300);
        Promise.all(Array.from({ length: 200 }, (_, i) =>
          correctionsWriter(file).append(decisionRows({ factId: 'f' + i, action: 'confirm', note }, who, '${SAME_SECOND}'))));
      `);
      const run = (who: string) => new Promise<number | null>((resolve) => {
        const child = spawn(process.execPath, ['--require', 'tsx/cjs', script, file, who], { cwd: ROOT, stdio: 'inherit' });
        child.on('exit', resolve);
      });
      assert.deepEqual(await Promise.all([run('alice'), run('bob')]), [0, 0]);
      const decisions = parsed(file);
      assert.equal(decisions.length, 400);
      assert.equal(decisions.filter((d) => d.reviewer === 'alice').length, 200);
    });
  });
});
