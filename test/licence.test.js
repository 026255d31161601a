// @ts-check
'use strict';
// Licensing: the LGPL-2.1 text with the generated-output exception in LICENSE,
// and the one-line notice of that exception in the header of every generated
// file where a comment is possible (not in JSON, not in asyncapi.yaml, which
// is the input document copied byte for byte).

const fs = require('node:fs');
const path = require('node:path');
const { expect } = require('chai');
const { GENERATED_NOTICE } = require('../filters/notice');
const { templateCases, listTree } = require('./golden-updaters/template');
const docsGoldens = require('./golden-updaters/docs');

const ROOT = path.resolve(__dirname, '..');

describe('licence', () => {
  it('LICENSE holds the generated-output exception and the full LGPL-2.1 text; package.json says LGPL-2.1-only', () => {
    const text = fs.readFileSync(path.join(ROOT, 'LICENSE'), 'utf8');
    expect(text).to.contain('Exception for generated output');
    expect(text).to.match(/under terms of your choice\s+\(including proprietary terms\)/);
    expect(text).to.contain('runtime files (runtime/*.ts of this package)');
    expect(text).to.contain('GNU LESSER GENERAL PUBLIC LICENSE\n                       Version 2.1, February 1999');
    expect(text).to.contain('TERMS AND CONDITIONS FOR COPYING, DISTRIBUTION AND MODIFICATION');
    expect(text).to.contain('END OF TERMS AND CONDITIONS');
    expect(text).to.contain('How to Apply These Terms to Your New Libraries');
    expect(JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).license).to.equal('LGPL-2.1-only');
  });

  it('every runtime file carries the notice on its second line', () => {
    const files = fs.readdirSync(path.join(ROOT, 'runtime')).filter((n) => n.endsWith('.ts'));
    expect(files.length).to.be.at.least(4);
    for (const name of files) {
      const lines = fs.readFileSync(path.join(ROOT, 'runtime', name), 'utf8').split('\n');
      expect(lines[1], name).to.equal(`// ${GENERATED_NOTICE}`);
    }
  });

  it('every file of every golden generated package carries the notice in its header, except JSON and asyncapi.yaml', () => {
    let checked = 0;
    for (const c of templateCases()) {
      for (const file of listTree(c.goldenDir)) {
        const header = fs.readFileSync(path.join(c.goldenDir, file), 'utf8').split('\n').slice(0, 2);
        if (file.endsWith('.json') || file === 'asyncapi.yaml') {
          expect(header.join('\n'), `${c.name}/${file}`).to.not.contain(GENERATED_NOTICE);
          continue;
        }
        const expected = file.endsWith('.md') ? `<!-- ${GENERATED_NOTICE} -->` : `// ${GENERATED_NOTICE}`;
        expect(header, `${c.name}/${file}`).to.include(expected);
        checked += 1;
      }
    }
    expect(checked).to.be.greaterThan(50);
  });

  it('every golden Markdown reference (stingeripc-to-asyncapi --docs) starts with the notice', () => {
    const cases = docsGoldens.docsCases();
    expect(cases.length).to.be.at.least(3);
    for (const c of cases) {
      expect(fs.readFileSync(c.golden, 'utf8').split('\n')[0], c.name).to.equal(`<!-- ${GENERATED_NOTICE} -->`);
    }
  });
});
