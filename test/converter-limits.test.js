// @ts-check
'use strict';
// Inputs built to exhaust the stack or blow up in size: each is refused with
// a file:line:col error (exit 1 through the CLI, never a stack trace), and
// the large inputs within the limits convert completely. No timing here;
// `npm run bench` measures speed.

const path = require('node:path');
const fs = require('node:fs');
const os = require('node:os');
const { execFile } = require('node:child_process');
const { expect } = require('chai');
const { convertText, serialize } = require('../converter');
const { formatDiagnostic } = require('../converter/front-end');
const { MAX_NESTING } = require('../converter/load');
const { MAX_STRUCT_DEPTH, MAX_EXPANDED_FIELDS } = require('../converter/validate-structs');
const { head, signals, structChains, bigEnum } = require('./support/synthetic');

const CLI = path.join(__dirname, '..', 'bin', 'stingeripc-to-asyncapi.js');

/**
 * @param {string} text
 * @returns {string[]} the formatted diagnostics; [] when it converted
 */
function errorsOf(text) {
  const { document, diagnostics } = convertText('limits.stingeripc', text);
  expect(document === null).to.equal(diagnostics.length > 0);
  return diagnostics.map(formatDiagnostic);
}

/** @param {number} depth */
const flowLists = (depth) => `${'['.repeat(depth)}${']'.repeat(depth)}\n`;
/** @param {number} depth */
const flowMaps = (depth) => `${head('Deep')}signals: ${'{a: '.repeat(depth - 1)}1${'}'.repeat(depth - 1)}\n`;
/** @param {number} depth */
function blockMaps(depth) {
  const lines = [head('Deep'), 'signals:\n'];
  for (let i = 1; i < depth - 1; i++) lines.push(`${' '.repeat(2 * i)}k${i}:\n`);
  lines.push(`${' '.repeat(2 * (depth - 1))}x: 1\n`);
  return lines.join('');
}
/** @param {number} depth */
function blockLists(depth) {
  const lines = ['x:\n'];
  for (let i = 1; i < depth - 1; i++) lines.push(`${' '.repeat(i)}-\n`);
  lines.push(`${' '.repeat(depth - 1)}- 1\n`);
  return lines.join('');
}

/**
 * A structure `name` with members holding `target` once directly and once in an array.
 * @param {string} name
 * @param {string | undefined} target
 * @param {boolean} [optional]
 */
function struct(name, target, optional = false) {
  const refs = target === undefined ? '' :
    `      - name: one\n        type: struct\n        structName: ${target}\n        optional: ${optional}\n` +
    `      - name: many\n        type: array\n        itemType:\n          type: struct\n          structName: ${target}\n`;
  return `  ${name}:\n    members:\n      - name: x\n        type: integer\n${refs}`;
}

describe('converter limits', function () {
  this.timeout(300000);

  describe('YAML nesting', () => {
    for (const [style, make] of /** @type {const} */ ([['flow lists', flowLists], ['flow maps', flowMaps], ['block maps', blockMaps], ['block lists', blockLists]])) {
      it(`refuses ${style} nested 3,000 deep at the first level past ${MAX_NESTING}`, () => {
        const errors = errorsOf(make(3000));
        expect(errors).to.have.length(1);
        expect(errors[0]).to.match(new RegExp(`^limits\\.stingeripc:\\d+:\\d+: error: maps and lists nest more than ${MAX_NESTING} levels deep here`));
      });
      it(`accepts ${style} nested ${MAX_NESTING} deep as YAML (other errors only)`, () => {
        for (const error of errorsOf(make(MAX_NESTING))) expect(error).to.not.include('nest more than');
        expect(errorsOf(make(MAX_NESTING + 1)).join('\n')).to.include('nest more than');
      });
    }

    it('names the position of the too-deep collection', () => {
      // Level 1 is the top-level map at 1:1; level 65 starts 64 columns in.
      expect(errorsOf(`a: ${'['.repeat(100)}${']'.repeat(100)}\n`)).to.deep.equal([
        `limits.stingeripc:1:${4 + MAX_NESTING - 1}: error: maps and lists nest more than ${MAX_NESTING} levels deep here ` +
          `(an interface file needs far fewer; at most ${MAX_NESTING} are accepted)`,
      ]);
    });
  });

  describe('structures in structures', () => {
    it(`accepts a chain of ${MAX_STRUCT_DEPTH} structures and refuses ${MAX_STRUCT_DEPTH + 1}`, () => {
      expect(errorsOf(structChains(MAX_STRUCT_DEPTH, MAX_STRUCT_DEPTH))).to.deep.equal([]);
      const errors = errorsOf(structChains(MAX_STRUCT_DEPTH + 1, MAX_STRUCT_DEPTH + 1));
      expect(errors).to.have.length(1);
      expect(errors[0]).to.match(/^limits\.stingeripc:7:3: error: structure 's_0' nests structures 33 levels deep \(s_0 -> s_1 -> s_2 -> \.\.\. -> s_30 -> s_31 -> s_32\) \(at most 32 levels/);
    });

    for (const count of [500, 3000]) {
      it(`refuses ${count} chained structures once, where the chain crosses the limit`, () => {
        const errors = errorsOf(structChains(count, count));
        expect(errors).to.have.length(1);
        expect(errors[0]).to.include(`structure 's_${count - MAX_STRUCT_DEPTH - 1}' nests structures ${MAX_STRUCT_DEPTH + 1} levels deep`);
      });
    }

    const cycles = {
      'itself': `${struct('a', 'a', true)}`,
      'a pair': `${struct('a', 'b')}${struct('b', 'a', true)}`,
      'an array only': `  a:\n    members:\n      - name: list\n        type: array\n        itemType:\n          type: struct\n          structName: a\n`,
      'a long cycle': Array.from({ length: 2000 }, (_, i) => struct(`s${i}`, `s${(i + 1) % 2000}`)).join(''),
    };
    for (const [name, structs] of Object.entries(cycles)) {
      it(`refuses a structure that contains itself through ${name}`, () => {
        const errors = errorsOf(`${head('Cycle')}structures:\n${structs}`);
        expect(errors.length).to.be.within(1, 2);
        for (const error of errors) expect(error).to.match(/^limits\.stingeripc:\d+:\d+: error: structure '\w+' contains itself: \w+ -> .*\(recursive structures are not supported/);
      });
    }

    it(`refuses a structure of more than ${MAX_EXPANDED_FIELDS} fields written out (each level doubling)`, () => {
      const structs = Array.from({ length: 20 }, (_, i) => struct(`s${i}`, i < 19 ? `s${i + 1}` : undefined)).join('');
      const errors = errorsOf(`${head('Fan')}structures:\n${structs}signals:\n  top:\n    payload:\n      - name: s\n        type: struct\n        structName: s0\n`);
      // s19 holds 1 field, s_k 3 + 2 * s_(k+1): s8 8,189, s7 16,381; 13 lines per structure.
      expect(errors).to.deep.equal([
        `limits.stingeripc:${7 + 7 * 13}:3: error: structure 's7' holds 16381 fields once the structures it contains are written out ` +
          `(at most ${MAX_EXPANDED_FIELDS} are supported; use fewer copies of large structures)`,
      ]);
    });

    it(`refuses a signal whose fields, written out, exceed ${MAX_EXPANDED_FIELDS}`, () => {
      const structs = Array.from({ length: 12 }, (_, i) => struct(`s${i}`, i < 11 ? `s${i + 1}` : undefined)).join('');
      const payload = Array.from({ length: 3 }, (_, i) => `      - name: f${i}\n        type: struct\n        structName: s0\n`).join('');
      const errors = errorsOf(`${head('Fan')}structures:\n${structs}signals:\n  top:\n    payload:\n${payload}`);
      // s0 holds 8,189 fields; the payload 3 * (1 + 8,189).
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include("signal 'top' holds 24570 fields once the structures it contains are written out");
    });
  });

  describe('large inputs within the limits convert completely', () => {
    it('3,000 signals', () => {
      const { document } = convertText('signals.stingeripc', signals(3000));
      expect(Object.keys(/** @type {any} */ (document).operations).filter((k) => k.startsWith('signal.'))).to.have.length(3000);
      expect(serialize(/** @type {any} */ (document))).to.include('sig_2999');
    });

    it('3,000 structures in chains of 30', () => {
      const { document, diagnostics } = convertText('chains.stingeripc', structChains(3000, 30));
      expect(diagnostics).to.deep.equal([]);
      const schemas = /** @type {any} */ (document).components.schemas;
      expect(Object.keys(schemas).filter((k) => /^s_\d+$/.test(k))).to.have.length(3000);
      expect(schemas.s_28.properties.next).to.deep.equal({ $ref: '#/components/schemas/s_29' });
      expect(schemas.s_29.properties.next).to.equal(undefined);
    });

    it('one enum of 60,000 values', () => {
      const { document } = convertText('enum.stingeripc', bigEnum(60000));
      const schema = /** @type {any} */ (document).components.schemas.big;
      expect(schema.enum).to.have.length(60000);
      expect(schema.enum[59999]).to.equal(60000);
    });
  });

  describe('through the CLI', () => {
    /** @type {string} */
    let dir;
    before(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stingeripc-limits-'));
    });
    after(() => {
      fs.rmSync(dir, { recursive: true, force: true });
    });

    const inputs = {
      'deep-flow': flowLists(3000),
      'deep-block': blockMaps(3000),
      'chain-500': structChains(500, 500),
      'recursive': `${head('Cycle')}structures:\n${struct('a', 'b')}${struct('b', 'a')}`,
    };
    for (const [name, text] of Object.entries(inputs)) {
      it(`exits 1 with file:line:col for ${name}, writing nothing`, async () => {
        const file = path.join(dir, `${name}.stingeripc`);
        fs.writeFileSync(file, text);
        const run = await new Promise((resolve) => {
          execFile(process.execPath, [CLI, file, '--validate'], { env: { ...process.env, NODE_OPTIONS: '' } }, (err, stdout, stderr) => {
            resolve({ code: err ? err.code : 0, stdout, stderr });
          });
        });
        expect(run.code, run.stderr).to.equal(1);
        expect(run.stderr).to.match(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: error: `));
        expect(run.stderr).to.not.include('    at ');
        expect(fs.readdirSync(dir).filter((f) => !f.endsWith('.stingeripc'))).to.deep.equal([]);
      });
    }
  });
});
