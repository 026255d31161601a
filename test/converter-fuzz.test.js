// @ts-check
'use strict';
// Fuzzing the whole converter (front end, limits, document builder, YAML
// output) with mutated interface files, deterministically (fixed seed): every
// case must end in a document the official parser accepts, or in
// file:line:col diagnostics; never an exception (exit 2 in the CLI). Runs in
// process; a handful of cases go through the CLI too. The parser checks a
// sample of the documents, to keep the test fast.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { random } = require('./support/random');
const { execFile } = require('node:child_process');
const { expect } = require('chai');
const YAML = require('yaml');
const converter = require('../converter');
const { formatDiagnostic } = require('../converter/front-end');

const CLI = path.join(__dirname, '..', 'bin', 'stingeripc-to-asyncapi.js');
const EXAMPLES = path.join(__dirname, '..', 'examples');
const BASES = fs.readdirSync(EXAMPLES).filter((f) => f.endsWith('.stingeripc')).sort()
  .map((f) => fs.readFileSync(path.join(EXAMPLES, f), 'utf8'));
const CASES = 400;
const PARSER_SAMPLE = 40; // every 40th accepted document goes through @asyncapi/parser
const CLI_CASES = 4;

const SNIPPETS = [
  '', ' ', '\t', '\n', '\r\n', ':', ': ', '- ', '#', '{', '}', '[', ']', ',', '&a ', '*a', '!!str ', '!!binary ', '? ', '|', '>',
  "'", '"', '%', '@', '`', '---\n', '...\n', '\u0000', '\u0001', '\ufeff', '\u2028', 'é', '😀', '\ud800', '~', 'null', '-0',
  '1e999', '0x10', '9007199254740993', 'type: struct', 'structName: lunch', 'optional: true', 'name: ',
];
const VALUES = ['', '[]', '{}', '~', '42', '-1', '1.5', 'true', '"text"', '[1, {a: 2}]', '{name: {}}', '&a x', '*a',
  '!!binary AA==', 'struct', 'enum', 'array', 'integer', 'lunch', 'tray', 'dayOfTheWeek', '9999999999999999999', 'a: b'];

/**
 * One mutation of `text`, chosen and placed by `next`.
 * @param {string} text
 * @param {() => number} next
 */
function mutate(text, next) {
  const pick = (/** @type {number} */ n) => Math.floor(next() * n);
  const lines = text.split('\n');
  const edits = 1 + pick(4);
  for (let i = 0; i < edits; i++) {
    const at = pick(lines.length);
    switch (pick(9)) {
      case 0: lines.splice(at, 1 + pick(3)); break;
      case 1: lines.splice(at, 0, ...lines.slice(pick(lines.length), pick(lines.length) + 1 + pick(20))); break;
      case 2: lines[at] = ' '.repeat(pick(8)) + lines[at].trimStart(); break;
      case 3: lines[at] = lines[at].replace(/:\s.*$/, `: ${VALUES[pick(VALUES.length)]}`); break;
      case 4: {
        const line = lines[at];
        const col = pick(line.length + 1);
        lines[at] = line.slice(0, col) + SNIPPETS[pick(SNIPPETS.length)] + line.slice(col + pick(3));
        break;
      }
      case 5: {
        // Deep nesting, past the limit or not.
        const depth = [3, 40, 63, 64, 65, 200, 3000][pick(7)];
        const [open, close] = next() < 0.5 ? ['[', ']'] : ['{a: ', '}'];
        lines[at] = lines[at].replace(/:\s.*$/, `: ${open.repeat(depth)}1${close.repeat(depth)}`);
        break;
      }
      case 6: {
        // Point a structure or enum reference at another name: cycles, kinds swapped.
        const names = [...text.matchAll(/^ {2}([A-Za-z_]\w*):$/gm)].map((m) => m[1]);
        const refs = lines.map((l, j) => (/(structName|enumName):/.test(l) ? j : -1)).filter((j) => j >= 0);
        if (refs.length > 0 && names.length > 0) {
          const j = refs[pick(refs.length)];
          lines[j] = lines[j].replace(/(structName|enumName): .*/, `${next() < 0.7 ? '$1' : 'structName'}: ${names[pick(names.length)]}`);
        }
        break;
      }
      case 7: lines.splice(at, 0, ...lines.slice(at, at + 1 + pick(6)).map((l) => l.replace(/name: (\w+)/, 'name: $1_copy'))); break;
      default: lines[at] = lines[at].replace(/\d+/, String([0, -1, 2 ** 31, 2 ** 53, 1e21, 0.5][pick(6)])); break;
    }
  }
  return lines.join(next() < 0.1 ? '\r\n' : '\n');
}

describe('converter fuzz', function () {
  this.timeout(600000);

  const next = random(20261202);
  const cases = Array.from({ length: CASES }, (_, i) => ({ name: `fuzz-${i}.stingeripc`, text: mutate(BASES[i % BASES.length], next) }));

  it(`turns ${CASES} mutated files into a valid document or file:line:col errors, never an exception`, async () => {
    let accepted = 0;
    let rejected = 0;
    let parsed = 0;
    for (const { name, text } of cases) {
      /** @type {ReturnType<typeof converter.convertText>} */
      let result;
      try {
        result = converter.convertText(name, text);
      } catch (err) {
        throw new Error(`${name} threw ${err instanceof Error ? err.stack : err}\n--- input ---\n${text}`);
      }
      const { document, diagnostics } = result;
      expect(document === null, name).to.equal(diagnostics.length > 0);
      const lineCount = text.split(/\r?\n|\r/).length;
      for (const d of diagnostics) {
        expect(formatDiagnostic(d), name).to.match(/^fuzz-\d+\.stingeripc:[1-9]\d*:[1-9]\d*: error: \S/);
        expect(d.line, `${name}: ${formatDiagnostic(d)}`).to.be.at.most(lineCount + 1);
      }
      if (!document) {
        rejected++;
        continue;
      }
      accepted++;
      const yaml = converter.serialize(document, 'yaml');
      expect(yaml, name).to.equal(YAML.stringify(document, { aliasDuplicateObjects: false, lineWidth: 0 }));
      if (accepted % PARSER_SAMPLE === 1) {
        parsed++;
        const problems = converter.problemsOf(await converter.validateDocument(document));
        expect(problems, `${name}\n--- input ---\n${text}`).to.deep.equal([]);
      }
    }
    // Both outcomes must be common, or the mutations test little.
    expect(accepted, 'accepted').to.be.greaterThan(CASES / 10);
    expect(rejected, 'rejected').to.be.greaterThan(CASES / 4);
    expect(parsed).to.be.greaterThan(1);
  });

  describe('through the CLI', () => {
    /** @type {string} */
    let dir;
    before(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stingeripc-fuzz-'));
    });
    after(() => {
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it(`gives the same outcome through the CLI (${CLI_CASES} accepted and ${CLI_CASES} refused cases): exit 0 with the document, or exit 1 with the errors`, async () => {
      const outcomes = cases.map((c) => ({ ...c, expected: converter.convertText(c.name, c.text) }));
      const picked = [
        ...outcomes.filter((c) => c.expected.document !== null).slice(0, CLI_CASES),
        ...outcomes.filter((c) => c.expected.document === null).slice(0, CLI_CASES),
      ];
      expect(picked).to.have.length(2 * CLI_CASES);
      for (const { name, text } of picked) {
        const file = path.join(dir, name);
        const output = path.join(dir, `${name}.yaml`);
        fs.writeFileSync(file, text);
        /** @type {{ code: number, stderr: string }} */
        const run = await new Promise((resolve) => {
          execFile(process.execPath, [CLI, file, '-o', output], { env: { ...process.env, NODE_OPTIONS: '' } }, (err, _stdout, stderr) => {
            resolve({ code: err ? Number(err.code) : 0, stderr });
          });
        });
        const expected = converter.convertText(file, text);
        if (expected.document) {
          expect(run.code, `${name}: ${run.stderr}`).to.equal(0);
          expect(fs.readFileSync(output, 'utf8')).to.equal(converter.serialize(expected.document, 'yaml'));
        } else {
          expect(run.code, `${name}: ${run.stderr}`).to.equal(1);
          expect(fs.existsSync(output)).to.equal(false);
          expect(run.stderr).to.equal(expected.diagnostics.map((d) => `${formatDiagnostic(d)}\n`).join(''));
        }
      }
    });
  });
});
