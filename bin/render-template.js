"use strict";
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
// - make every folder of template/ in the target, render every .js file of
//   template/ from its transpiled copy in __transpiled/ with
//   `renderTemplate(file, { asyncapi, params, originalAsyncAPI })` of
//   @asyncapi/generator-react-sdk, and write each result to the template
//   file's path with the file name the result's metadata gives (mode
//   `metadata.permissions`, else 0o666); other files are copied;
// - run `generate:after`.
// That is what this module does. test/cli-generate.test.js checks that `ag`
// and `stingeripc generate` write identical trees.
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.renderPackage = renderPackage;
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const defer_module_1 = require("./defer-module");
/**
 * The sdk's renderTemplate, loaded without the sdk's transpiler. The
 * transpiled template files `require('@asyncapi/generator-react-sdk')` for
 * its components; that index would load Babel and rollup too, so it is
 * deferred (bin/defer-module.js) with the components and utilities at hand.
 */
function sdkRenderTemplate() {
    const sdkIndex = require.resolve('@asyncapi/generator-react-sdk');
    const lib = path.dirname(sdkIndex);
    const components = require(path.join(lib, 'components'));
    const renderer = require(path.join(lib, 'renderer'));
    const utils = require(path.join(lib, 'utils'));
    const types = require(path.join(lib, 'types'));
    (0, defer_module_1.deferModule)(sdkIndex, {
        ...components,
        ...renderer,
        ...types,
        IndentationTypes: utils.IndentationTypes,
        withIndendation: utils.withIndendation,
        withNewLines: utils.withNewLines,
    });
    // The sdk types the context for its own callers (originalAsyncAPI a string);
    // the generator, and so this module, may pass the parsed document there.
    return renderer.renderTemplate;
}
/**
 * The template configuration, as the generator's loader reads it.
 */
function templateConfig(templateDir) {
    const rc = path.join(templateDir, '.ageneratorrc');
    if (fs.existsSync(rc))
        throw new Error(`${rc}: a YAML template configuration is not supported by stingeripc generate`);
    const manifest = JSON.parse(fs.readFileSync(path.join(templateDir, 'package.json'), 'utf8'));
    return manifest.generator || {};
}
/**
 * The hooks of templateDir/hooks, grouped by hook name, in the order the
 * generator registers them.
 */
function loadHooks(templateDir, config) {
    if (config.hooks && Object.keys(config.hooks).length > 0) {
        throw new Error('hooks from other packages (package.json generator.hooks) are not supported by stingeripc generate');
    }
    const hooks = {};
    const dir = path.join(templateDir, 'hooks');
    if (!fs.existsSync(dir))
        return hooks;
    for (const file of walk(dir).files) {
        let mod = require(path.join(dir, file));
        if (typeof mod.default === 'object')
            mod = mod.default;
        for (const name of Object.keys(mod)) {
            for (const hook of [].concat(mod[name]))
                (hooks[name] = hooks[name] || []).push(hook);
        }
    }
    return hooks;
}
/**
 * The folders and files below root, relative, depth first in name order.
 */
function walk(root) {
    const dirs = [];
    const files = [];
    const visit = (rel) => {
        const entries = fs.readdirSync(path.join(root, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
            const child = rel === '' ? entry.name : path.join(rel, entry.name);
            if (entry.isDirectory()) {
                if (child === '.git' || child.startsWith(`.git${path.sep}`))
                    continue;
                dirs.push(child);
                visit(child);
            }
            else if (!child.startsWith(`.git${path.sep}`)) {
                files.push(child);
            }
        }
    };
    visit('');
    return { dirs, files };
}
const isJsFile = (file) => ['js', 'jsx', 'cjs'].includes(file.split('.').pop() || '');
/**
 * Renders the template in templateDir (its template/ folder, transpiled in
 * transpiledDir) for a parsed document into targetDir.
 *   `asyncapi`: the parsed document (parser API v3); `originalAsyncAPI`: what the
 *   generator would have been given (the text, or the parsed document)
 */
async function renderPackage(options) {
    const { templateDir, transpiledDir, targetDir } = options;
    const config = templateConfig(templateDir);
    const version = config.apiVersion;
    if (version !== 'v3')
        throw new Error(`stingeripc generate renders templates of parser API v3, not ${version}`);
    const params = { ...options.templateParams };
    for (const [name, parameter] of Object.entries(config.parameters || {})) {
        if (!Object.prototype.hasOwnProperty.call(params, name) && parameter && parameter.default)
            params[name] = parameter.default;
    }
    for (const name of Object.keys(options.templateParams)) {
        if (!config.parameters || !config.parameters[name])
            throw new Error(`Template parameter "${name}" has not been defined in the Generator Configuration.`);
    }
    const renderTemplate = sdkRenderTemplate();
    const generator = {
        templateDir,
        targetDir,
        templateParams: params,
        templateConfig: config,
        asyncapi: options.asyncapi,
        originalAsyncAPI: options.originalAsyncAPI,
    };
    const hooks = loadHooks(templateDir, config);
    const launch = async (name) => {
        for (const hook of hooks[name] || [])
            await hook(generator);
    };
    await launch('generate:before');
    const contentDir = path.join(templateDir, 'template');
    const { dirs, files } = walk(contentDir);
    fs.mkdirSync(targetDir, { recursive: true });
    for (const dir of dirs)
        fs.mkdirSync(path.join(targetDir, dir), { recursive: true });
    for (const file of files) {
        const target = path.join(targetDir, renamed(file));
        if (!isJsFile(file)) {
            fs.copyFileSync(path.join(contentDir, file), target);
            continue;
        }
        const context = { asyncapi: options.asyncapi, params, originalAsyncAPI: options.originalAsyncAPI };
        const rendered = await renderTemplate(path.join(transpiledDir, file), context);
        if (rendered === undefined)
            continue;
        for (const one of Array.isArray(rendered) ? rendered : [rendered])
            save(one, target);
    }
    await launch('generate:after');
}
/**
 * The generator's names for files a package cannot hold as such.
 */
function renamed(file) {
    const base = path.basename(file);
    if (base === '{.gitignore}')
        return path.join(path.dirname(file), '.gitignore');
    if (base === '{.npmignore}')
        return path.join(path.dirname(file), '.npmignore');
    return file;
}
/**
 * Writes one rendered file where the generator would.
 * @param target  the template file's path in the target folder
 */
function save(rendered, target) {
    if (typeof rendered.content !== 'string')
        throw new Error(`Template file not rendered correctly, was rendered as ${rendered.content}`);
    let file = target;
    let mode = 0o666;
    if (rendered.metadata) {
        if (rendered.metadata.permissions !== undefined)
            mode = rendered.metadata.permissions;
        if (rendered.metadata.fileName !== undefined)
            file = path.join(path.dirname(target), rendered.metadata.fileName.trim());
    }
    fs.writeFileSync(file, rendered.content, { mode });
}
