// node bench.mjs FILE [ROUNDS]: compromise's nlp(paragraph) over every paragraph of FILE (paragraphs are
// separated by blank lines), one core, after a warm-up round; prints words/s. Process start is not timed.
import { readFileSync } from 'node:fs';
import nlp from 'compromise';

const file = process.argv[2];
const rounds = Number(process.argv[3] ?? 3);
const paragraphs = readFileSync(file, 'utf8').split(/\n\s*\n/).map(p => p.trim()).filter(p => p.length > 0);
let terms = 0;
const run = () => {
  let n = 0;
  for (const p of paragraphs) n += nlp(p).terms().length;
  return n;
};
terms = run(); // warm-up
for (let r = 1; r <= rounds; r++) {
  const start = process.hrtime.bigint();
  const n = run();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(`compromise round ${r}: ${n} terms in ${seconds.toFixed(3)}s (${Math.round(n / seconds)} words/s)`);
}
