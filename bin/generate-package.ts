// `stingeripc generate` as a function: .stingeripc -> AsyncAPI document ->
// TypeScript package, through the Generator API. The package is rendered
// into a temporary folder next to OUTDIR and moved into place only when the
// whole rendering succeeded, so a failure never leaves half-written output.

import type { Diagnostic } from '../converter/diagnostics';

import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** The template is this package itself (package.json `generator`, template/). */
const TEMPLATE_DIR = path.resolve(__dirname, '..');

/** Where the generator puts the transpiled React template (its own constant). */
const TRANSPILED_DIR = path.join(TEMPLATE_DIR, '__transpiled');

/** Our record of which sources `__transpiled` was built from. */
const TRANSPILED_STAMP = path.join(TRANSPILED_DIR, '.stingeripc-sources');

/** Folders whose files end up in the transpiled bundles (template/ imports components/). */
const TRANSPILED_SOURCES = ['template', 'components'];

/**
 * `docs: 'html'`: also the HTML page of the document (@asyncapi/html-template), next to the Markdown reference.
 *   `web`: also web/ (the console page and its bundled script) and its sources in webconsole/ (template parameter `web`).
 *   `validate`: let the official parser validate and resolve the document (slow) instead of bin/parsed-document.ts
 */
export type GenerateRequest = { input: string, outDir: string, host?: string, port?: number, packageName?: string, docs?: 'html', web?: boolean, validate?: boolean,
  configFiles?: string[], onWarning?: (warning: Diagnostic) => void };

/** `files`: what was written, relative to outDir with '/', sorted; empty when there are diagnostics. */
export type GenerateResult = { diagnostics: Diagnostic[], files: string[], reusedTranspiled: boolean };

/**
 * Every file below dir, relative with '/', sorted.
 */
function listFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (rel: string) => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else found.push(child);
    }
  };
  walk('');
  return found.sort();
}

/**
 * A hash of everything the transpiled template is made from: the template
 * sources and the transpiler's version.
 */
function sourcesHash(): string {
  const hash = crypto.createHash('sha256');
  const sdk = require('@asyncapi/generator-react-sdk/package.json') as { version: string };
  hash.update(`react-sdk ${sdk.version}\n`);
  for (const folder of TRANSPILED_SOURCES) {
    const root = path.join(TEMPLATE_DIR, folder);
    if (!fs.existsSync(root)) continue;
    for (const file of listFiles(root)) {
      hash.update(`${folder}/${file}\n`);
      hash.update(fs.readFileSync(path.join(root, file)));
    }
  }
  return hash.digest('hex');
}

/**
 * The transpiler writes absolute paths to some modules (React's JSX runtime
 * as the generator resolved it); an `npm install` that moves them makes the
 * transpiled files stale even though the sources did not change.
 */
function absoluteRequires(code: string): string[] {
  return [...code.matchAll(/require\((['"])(\/[^'"]+)\1\)/g)].map((match) => match[2]);
}

/**
 * True when `__transpiled` was built by us from exactly the current sources:
 * our record names them, every template file has its transpiled file, and
 * none of those was rewritten after the record (another generator run,
 * e.g. `ag`, transpiles whatever the sources were then). The generator may
 * then skip transpiling (its `compile: false` option).
 * @param hash  the current sourcesHash()
 */
function transpiledIsCurrent(hash: string) {
  try {
    if (fs.readFileSync(TRANSPILED_STAMP, 'utf8') !== hash) return false;
    const stampTime = fs.statSync(TRANSPILED_STAMP).mtimeMs;
    return listFiles(path.join(TEMPLATE_DIR, 'template')).every((file) => {
      const transpiled = path.join(TRANSPILED_DIR, file);
      return (
        fs.existsSync(transpiled) &&
        fs.statSync(transpiled).mtimeMs <= stampTime &&
        absoluteRequires(fs.readFileSync(transpiled, 'utf8')).every((target) => fs.existsSync(target))
      );
    });
  } catch {
    return false;
  }
}

/**
 * The generator walks the document's channels, messages and schemas again
 * for every template file it renders (to offer per-channel file names); the
 * parsed models are immutable, so each collection is built once.
 */
function memoizeCollections<T extends object>(parsed: T): T {
  const methods = parsed as Record<string, unknown>;
  for (const name of ['channels', 'messages', 'operations', 'schemas', 'components', 'servers']) {
    const method = methods[name];
    if (typeof method !== 'function' || method.length !== 0) continue;
    let value: unknown;
    methods[name] = function memoized() {
      if (value === undefined) value = method.call(parsed);
      return value;
    };
  }
  return parsed;
}

/**
 * Renders the package into the empty folder `target`: from a parsed document
 * (bin/parsed-document.ts) with bin/render-template.ts, which writes what the
 * generator writes without loading it; from the text (--validate, or a
 * document that module cannot resolve) with the generator itself, which has
 * the official parser validate it, as `ag` does.
 * @param yamlText  the AsyncAPI document as text
 * @param parsed  the parsed document, or undefined
 * @returns whether the transpiled template was reused
 */
async function render(yamlText: string, parsed: object | undefined, target: string, templateParams: Record<string, string>): Promise<boolean> {
  const hash = sourcesHash();
  const reuse = transpiledIsCurrent(hash);
  if (parsed) {
    if (!reuse) {
      // What the generator does before rendering a React template.
      await (require('@asyncapi/generator-react-sdk') as typeof import('@asyncapi/generator-react-sdk')).transpileFiles(path.join(TEMPLATE_DIR, 'template'), TRANSPILED_DIR, { recursive: true });
    }
    // Looked up on each call, so a test can make rendering fail.
    await (require('./render-template') as typeof import('./render-template')).renderPackage({
      templateDir: TEMPLATE_DIR,
      transpiledDir: TRANSPILED_DIR,
      targetDir: target,
      asyncapi: memoizeCollections(parsed),
      originalAsyncAPI: parsed,
      templateParams,
    });
  } else {
    // The generator ships no types.
    const generatorModule = '@asyncapi/generator';
    const Generator = require(generatorModule) as GeneratorClass;
    const generator = new Generator(TEMPLATE_DIR, target, { forceWrite: true, templateParams, compile: !reuse });
    await generator.generate(yamlText);
  }
  if (!reuse) {
    // Written after a successful run only; the hash is of the sources as
    // they were before transpiling, so an edit made meanwhile forces a rebuild.
    try {
      fs.writeFileSync(TRANSPILED_STAMP, hash);
    } catch {
      // A read-only install just transpiles every time.
    }
  }
  return reuse;
}

/** What is used here of @asyncapi/generator's Generator class (the package ships no types). */
type GeneratorClass = new (
  templateName: string,
  targetDir: string,
  options: { forceWrite: boolean; templateParams: Record<string, string>; compile?: boolean },
) => { generate(asyncapiDocument: string): Promise<void> };

/** The official HTML docs template, an optional peer dependency. */
const HTML_TEMPLATE = '@asyncapi/html-template';

/**
 * The folder of the installed HTML docs template, or undefined.
 */
function htmlTemplateDir(): string | undefined {
  try {
    return path.dirname(require.resolve(`${HTML_TEMPLATE}/package.json`));
  } catch {
    return undefined;
  }
}

/**
 * Renders the document's HTML page (one self-contained file, no network) with
 * the official template and writes it to `htmlFile`.
 */
async function renderHtmlDocs(yamlText: string, htmlFile: string) {
  const templateDir = htmlTemplateDir();
  if (!templateDir) throw new Error(`${HTML_TEMPLATE} is not installed`);
  const generatorModule = '@asyncapi/generator';
  const Generator = require(generatorModule) as GeneratorClass;
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'stingeripc-html-'));
  try {
    const generator = new Generator(templateDir, out, { forceWrite: true, templateParams: { singleFile: 'true' } });
    await generator.generate(yamlText);
    fs.mkdirSync(path.dirname(htmlFile), { recursive: true });
    fs.copyFileSync(path.join(out, 'index.html'), htmlFile);
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

/**
 * Moves the rendered files from `from` into `outDir`: a rename of the whole
 * folder when outDir does not exist yet, else file by file (files of outDir
 * that the template does not write, e.g. node_modules, stay).
 */
function moveIntoPlace(from: string, outDir: string, files: string[]) {
  if (!fs.existsSync(outDir)) {
    fs.renameSync(from, outDir);
    return;
  }
  for (const file of files) {
    const target = path.join(outDir, file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.renameSync(path.join(from, file), target);
  }
}

/**
 * Converts and renders. Input errors come back as diagnostics, with nothing
 * touched on disk; a failing rendering throws, leaving outDir as it was.
 */
async function generatePackage(request: GenerateRequest): Promise<GenerateResult> {
  const converter: typeof import('../converter') = require('../converter');
  const { document, diagnostics, warnings } = converter.convertFile(request.input, {
    host: request.host,
    port: request.port,
    configFiles: request.configFiles,
  });
  if (request.onWarning) warnings.forEach(request.onWarning);
  if (diagnostics.length > 0 || !document) return { diagnostics, files: [], reusedTranspiled: false };

  const outDir = path.resolve(request.outDir);
  if (fs.existsSync(outDir) && !fs.statSync(outDir).isDirectory()) {
    throw Object.assign(new Error(`${request.outDir} exists and is not a folder`), { code: 'ENOTDIR' });
  }
  // Same parent as outDir, so the final renames stay on one file system.
  fs.mkdirSync(path.dirname(outDir), { recursive: true });
  // Not mkdtemp: its 0700 mode would stick to OUTDIR after the rename.
  const staging = path.join(path.dirname(outDir), `.${path.basename(outDir)}.stingeripc-${process.pid}-${crypto.randomBytes(4).toString('hex')}`);
  fs.mkdirSync(staging);
  try {
    const templateParams: Record<string, string> = {};
    if (request.packageName !== undefined) templateParams.packageName = request.packageName;
    if (request.web) templateParams.web = 'true';
    const yamlText = converter.serialize(document, 'yaml');
    // The document is not used after this: it becomes the parsed one's JSON.
    const parsed = request.validate ? undefined : await (require('./parsed-document') as typeof import('./parsed-document')).parsedDocument(document, yamlText, { consume: true });
    const reusedTranspiled = await render(yamlText, parsed, staging, templateParams);
    if (request.docs === 'html') {
      // Next to the Markdown reference: docs/NAME.md -> docs/NAME.html.
      const reference = listFiles(staging).find((f) => /^docs\/[^/]+\.md$/.test(f));
      if (!reference) throw new Error('the template wrote no docs/NAME.md reference');
      await renderHtmlDocs(yamlText, path.join(staging, reference.replace(/\.md$/, '.html')));
    }
    const files = listFiles(staging);
    moveIntoPlace(staging, outDir, files);
    return { diagnostics: [], files, reusedTranspiled };
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

export { generatePackage, listFiles, sourcesHash, htmlTemplateDir, TRANSPILED_STAMP, HTML_TEMPLATE };
