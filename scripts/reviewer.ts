/**
 * npm run reviewer -- add NAME | remove NAME | reset NAME | list
 * Manages who may sign in to /review (data/reviewers.json, or REVIEW_DATA_DIR/reviewers.json).
 * `add` and `reset` print a one-time password, shown only here: the reviewer signs in with it once
 * and then chooses their own. Exit 0 on success, 1 when the name is taken or unknown, 2 for usage.
 */
import { parseArgs } from 'node:util';
import { reviewersPath } from '../lib/review/config';
import { hashPassword, newOneTimePassword } from '../lib/review/password-hash';
import { ReviewersFileError, findReviewer, newReviewer, readReviewers, writeReviewers } from '../lib/review/reviewers-store';

const USAGE = `usage: npm run reviewer -- add NAME      create a reviewer; prints a one-time password
       npm run reviewer -- remove NAME   remove a reviewer (their decisions stay in corrections.csv)
       npm run reviewer -- reset NAME    a new one-time password (signs the reviewer out everywhere)
       npm run reviewer -- list          who may review`;

/** A name as printed: as it is, or JSON-quoted when it has characters a terminal would act on. */
const shown = (name: string) => (/[\p{Cc}\p{Cf}]/u.test(name) ? JSON.stringify(name) : name);

function printPassword(verb: string, name: string, password: string, file: string): void {
  console.log(`${verb} reviewer ${shown(name)} in ${file}.`);
  console.log('One-time password (shown only now; the reviewer chooses their own at the first sign-in):\n');
  console.log(`    ${password}\n`);
  console.log('Sign in at /review (npm start, then http://localhost:3000/review).');
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } }, strict: true });
  } catch (e) {
    console.error(`reviewer: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const [command, name, ...rest] = parsed.positionals;
  if (parsed.values.help) {
    console.log(USAGE);
    return 0;
  }
  const needsName = command === 'add' || command === 'remove' || command === 'reset';
  if (!command || !(needsName || command === 'list') || (needsName ? name === undefined || rest.length > 0 : name !== undefined)) {
    console.error(USAGE);
    return 2;
  }
  const file = reviewersPath();
  const reviewers = readReviewers(file);
  if (command === 'list') {
    if (reviewers.length === 0) console.log(`no reviewers yet (${file}); add one with: npm run reviewer -- add NAME`);
    for (const r of reviewers) {
      console.log(`${shown(r.name)}\t${r.oneTimePassword ? 'one-time password not used yet' : 'own password'}\tadded ${r.createdAt.slice(0, 10)}`);
    }
    return 0;
  }
  const existing = findReviewer(reviewers, name!);
  if (command === 'add') {
    if (existing) {
      console.error(`reviewer: ${shown(existing.name)} already exists (npm run reviewer -- reset NAME gives a new password)`);
      return 1;
    }
    const password = newOneTimePassword();
    const reviewer = newReviewer(name!, await hashPassword(password), new Date());
    writeReviewers(file, [...reviewers, reviewer]);
    printPassword('added', reviewer.name, password, file);
    return 0;
  }
  if (!existing) {
    console.error(`reviewer: no reviewer named ${shown(name!)} in ${file}`);
    return 1;
  }
  if (command === 'remove') {
    writeReviewers(file, reviewers.filter((r) => r !== existing));
    console.log(`removed reviewer ${shown(existing.name)}; their sessions end now, their decisions stay in corrections.csv.`);
    return 0;
  }
  const password = newOneTimePassword();
  const reset = { ...existing, passwordHash: await hashPassword(password), oneTimePassword: true, passwordSetAt: new Date().toISOString() };
  writeReviewers(file, reviewers.map((r) => (r === existing ? reset : r)));
  printPassword('reset', existing.name, password, file);
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e) => {
    console.error(`reviewer: ${e instanceof ReviewersFileError ? e.message : (e as Error).stack}`);
    process.exitCode = 1;
  },
);
