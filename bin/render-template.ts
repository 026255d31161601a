// Renders this package's React template into a folder the way
// @asyncapi/generator does for `ag` (same files, same bytes, same hooks),
// without loading the generator.
//
// The generator loads about 2,500 modules before it renders anything (npm's
// arborist and pacote to install templates, Spectral and the schema parsers
// to validate, git, nunjucks), a second or more of start-up whatever the
// interface. For a local React template with an already parsed document, all
// it does is (lib/generator.js, lib/renderer/react.js):
// - read the template configuration (package.json `generator`) and give the
//   parameters without a value their `default`;
// - register the hooks of hooks/ and run `generate:before`;
// - leave out the folders and files whose `conditionalGeneration` parameter
//   condition fails (the `web` parameter's web/ and webconsole/);
// - make every folder of template/ in the target, render every .js file of
//   template/ from its transpiled copy in __transpiled/ with
//   `renderTemplate(file, { asyncapi, params, originalAsyncAPI })` of
//   @asyncapi/generator-react-sdk, and write each result to the template
//   file's path with the file name the result's metadata gives (mode
//   `metadata.permissions`, else 0o666); other files are copied;
// - run `generate:after`.
// That is what this module does. test/cli-generate.test.js checks that `ag`
// and `stingeripc generate` write identical trees.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { deferModule } from './defer-module';

/** The template's configuration (package.json `generator`): the parts read here, and the rest as is. */
export type TemplateConfig = {
  apiVersion?: unknown;
  parameters?: Record<string, { description?: string; required?: boolean; default?: string | boolean }>;
  hooks?: Record<string, unknown>;
  conditionalGeneration?: Record<string, ParameterCondition>;
  [key: string]: unknown;
};

export type Rendered = { content: string, metadata?: { fileName?: string, permissions?: number } };

export type Hook = (generator: HookTarget, args?: unknown) => unknown;

/** what the hooks see of the generator (its fields of the same names) */
export type HookTarget = { templateDir: string, targetDir: string, templateParams: Record<string, string>,
  templateConfig: TemplateConfig, asyncapi: unknown, originalAsyncAPI: unknown };

/**
 * The sdk's renderTemplate, loaded without the sdk's transpiler. The
 * transpiled template files `require('@asyncapi/generator-react-sdk')` for
 * its components; that index would load Babel and rollup too, so it is
 * deferred (bin/defer-module.ts) with the components and utilities at hand.
 */
function sdkRenderTemplate(): (file: string, context: Record<string, unknown>) => Promise<Rendered | Rendered[] | undefined> {
  const sdkIndex = require.resolve('@asyncapi/generator-react-sdk');
  const lib = path.dirname(sdkIndex);
  const components: typeof import('@asyncapi/generator-react-sdk/lib/components') = require(path.join(lib, 'components'));
  const renderer: typeof import('@asyncapi/generator-react-sdk/lib/renderer') = require(path.join(lib, 'renderer'));
  const utils: typeof import('@asyncapi/generator-react-sdk/lib/utils') = require(path.join(lib, 'utils'));
  const types: typeof import('@asyncapi/generator-react-sdk/lib/types') = require(path.join(lib, 'types'));
  deferModule(sdkIndex, {
    ...components,
    ...renderer,
    ...types,
    IndentationTypes: utils.IndentationTypes,
    withIndendation: utils.withIndendation,
    withNewLines: utils.withNewLines,
  });
  // The sdk types the context for its own callers (originalAsyncAPI a string);
  // the generator, and so this module, may pass the parsed document there.
  return renderer.renderTemplate as unknown as (file: string, context: Record<string, unknown>) => Promise<Rendered | Rendered[] | undefined>;
}

/**
 * The template configuration, as the generator's loader reads it.
 */
function templateConfig(templateDir: string): TemplateConfig {
  const rc = path.join(templateDir, '.ageneratorrc');
  if (fs.existsSync(rc)) throw new Error(`${rc}: a YAML template configuration is not supported by stingeripc generate`);
  const manifest = JSON.parse(fs.readFileSync(path.join(templateDir, 'package.json'), 'utf8')) as { generator?: TemplateConfig };
  return manifest.generator || {};
}

/**
 * The hooks of templateDir/hooks, grouped by hook name, in the order the
 * generator registers them.
 */
function loadHooks(templateDir: string, config: TemplateConfig): Record<string, Hook[]> {
  if (config.hooks && Object.keys(config.hooks).length > 0) {
    throw new Error('hooks from other packages (package.json generator.hooks) are not supported by stingeripc generate');
  }
  const hooks: Record<string, Hook[]> = {};
  const dir = path.join(templateDir, 'hooks');
  if (!fs.existsSync(dir)) return hooks;
  for (const file of walk(dir).files) {
    let mod = require(path.join(dir, file)) as Record<string, unknown>;
    if (typeof mod.default === 'object') mod = mod.default as Record<string, unknown>;
    for (const name of Object.keys(mod)) {
      for (const hook of ([] as Hook[]).concat(mod[name] as Hook | Hook[])) (hooks[name] = hooks[name] || []).push(hook);
    }
  }
  return hooks;
}

/**
 * The folders and files below root, relative, depth first in name order.
 */
function walk(root: string): { dirs: string[]; files: string[]; } {
  const dirs: string[] = [];
  const files: string[] = [];
  const visit = (rel: string) => {
    const entries = fs.readdirSync(path.join(root, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const child = rel === '' ? entry.name : path.join(rel, entry.name);
      if (entry.isDirectory()) {
        if (child === '.git' || child.startsWith(`.git${path.sep}`)) continue;
        dirs.push(child);
        visit(child);
      } else if (!child.startsWith(`.git${path.sep}`)) {
        files.push(child);
      }
    }
  };
  visit('');
  return { dirs, files };
}

const isJsFile = (file: string) => ['js', 'jsx', 'cjs'].includes(file.split('.').pop() || '');

/**
 * Renders the template in templateDir (its template/ folder, transpiled in
 * transpiledDir) for a parsed document into targetDir.
 *   `asyncapi`: the parsed document (parser API v3); `originalAsyncAPI`: what the
 *   generator would have been given (the text, or the parsed document)
 */
async function renderPackage(options: {
templateDir: string; transpiledDir: string; targetDir: string; asyncapi: unknown;
originalAsyncAPI: unknown; templateParams: Record<string, string>;
}): Promise<void> {
  const { templateDir, transpiledDir, targetDir } = options;
  const config = templateConfig(templateDir);
  const version = config.apiVersion;
  if (version !== 'v3') throw new Error(`stingeripc generate renders templates of parser API v3, not ${version}`);
  const params: Record<string, string> = { ...options.templateParams };
  for (const [name, parameter] of Object.entries(config.parameters || {})) {
    if (!Object.prototype.hasOwnProperty.call(params, name) && parameter && parameter.default) params[name] = String(parameter.default);
  }
  for (const name of Object.keys(options.templateParams)) {
    if (!config.parameters || !config.parameters[name]) throw new Error(`Template parameter "${name}" has not been defined in the Generator Configuration.`);
  }
  const renderTemplate = sdkRenderTemplate();
  const generator: HookTarget = {
    templateDir,
    targetDir,
    templateParams: params,
    templateConfig: config,
    asyncapi: options.asyncapi,
    originalAsyncAPI: options.originalAsyncAPI,
  };
  const hooks = loadHooks(templateDir, config);
  const launch = async (name: string) => {
    for (const hook of hooks[name] || []) await hook(generator);
  };

  await launch('generate:before');
  const contentDir = path.join(templateDir, 'template');
  const walked = walk(contentDir);
  const wanted = conditionalFilter(config, params);
  const dirs = walked.dirs.filter(wanted);
  const files = walked.files.filter(wanted);
  fs.mkdirSync(targetDir, { recursive: true });
  for (const dir of dirs) fs.mkdirSync(path.join(targetDir, dir), { recursive: true });
  for (const file of files) {
    const target = path.join(targetDir, renamed(file));
    if (!isJsFile(file)) {
      fs.copyFileSync(path.join(contentDir, file), target);
      continue;
    }
    const context = { asyncapi: options.asyncapi, params, originalAsyncAPI: options.originalAsyncAPI };
    const rendered = await renderTemplate(path.join(transpiledDir, file), context);
    if (rendered === undefined) continue;
    for (const one of Array.isArray(rendered) ? rendered : [rendered]) save(one, target);
  }
  await launch('generate:after');
}

/**
 * The template's `conditionalGeneration` entries that depend on a parameter
 * (`{ parameter, validation }`), as the generator applies them: a folder or
 * file whose entry's parameter value does not pass `validation` is not
 * generated, nor is anything below such a folder. Validation schemas may use
 * `enum` and `const` (all this template needs); entries with a `subject` are
 * refused.
 * `config` is package.json's `generator`.
 */
type ParameterCondition = { parameter?: unknown, subject?: unknown, validation?: { enum?: unknown[], const?: unknown } };

function conditionalFilter(config: { conditionalGeneration?: Record<string, ParameterCondition> }, params: Record<string, unknown>): (relativePath: string) => boolean {
  const decided = new Map<string, boolean>();
  for (const [where, entry] of Object.entries(config.conditionalGeneration || {})) {
    if (!entry || typeof entry.parameter !== 'string' || entry.subject !== undefined) {
      throw new Error(`stingeripc generate supports only parameter conditions in conditionalGeneration, not the one of ${where}`);
    }
    const validation = entry.validation || {};
    for (const keyword of Object.keys(validation)) {
      if (keyword !== 'enum' && keyword !== 'const') throw new Error(`conditionalGeneration of ${where}: unsupported validation keyword '${keyword}'`);
    }
    const value = params[entry.parameter as string];
    let ok = true;
    if (Array.isArray(validation.enum)) ok = ok && validation.enum.some((allowed) => allowed === value);
    if ('const' in validation) ok = ok && validation.const === value;
    decided.set(path.normalize(where), ok);
  }
  return (relativePath: string) => {
    for (let at = path.normalize(relativePath); at !== '.' && at !== ''; at = path.dirname(at)) {
      if (decided.get(at) === false) return false;
    }
    return true;
  };
}

/**
 * The generator's names for files a package cannot hold as such.
 */
function renamed(file: string) {
  const base = path.basename(file);
  if (base === '{.gitignore}') return path.join(path.dirname(file), '.gitignore');
  if (base === '{.npmignore}') return path.join(path.dirname(file), '.npmignore');
  return file;
}

/**
 * Writes one rendered file where the generator would.
 * @param target  the template file's path in the target folder
 */
function save(rendered: Rendered, target: string) {
  if (typeof rendered.content !== 'string') throw new Error(`Template file not rendered correctly, was rendered as ${rendered.content}`);
  let file = target;
  let mode = 0o666;
  if (rendered.metadata) {
    if (rendered.metadata.permissions !== undefined) mode = rendered.metadata.permissions;
    if (rendered.metadata.fileName !== undefined) file = path.join(path.dirname(target), rendered.metadata.fileName.trim());
  }
  fs.writeFileSync(file, rendered.content, { mode });
}

export { renderPackage };
