"use strict";
// Reads YAML text into a document whose nodes know their positions.
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_NESTING = void 0;
exports.loadYaml = loadYaml;
const diagnostics_1 = require("./diagnostics");
const yaml_light_1 = require("./yaml-light");
const yaml_nodes_1 = require("./yaml-nodes");
/** The yaml package, loaded when a file needs it (not for files the light reader takes). */
const yamlPackage = () => require('yaml');
/**
 * How deeply maps and lists may nest. An interface file needs about 8
 * levels; the limit keeps every recursive step after it (the yaml package's
 * composer, our walkers) far from the stack's end.
 */
const MAX_NESTING = 64;
exports.MAX_NESTING = MAX_NESTING;
/**
 * @param file name used in diagnostics
 * @param options  light: try converter/yaml-light.js first (the
 *   document then has `contents`, `errors` and `warnings` only; the converter reads no more)
 */
function loadYaml(file, text, options = {}) {
    const position = (0, yaml_light_1.positions)(text);
    if (options.light) {
        const light = (0, yaml_light_1.readLight)(text);
        if (light) {
            const document = { contents: light.contents, errors: [], warnings: [] };
            const diagnostics = [];
            reportDuplicateKeys(document.contents, file, position, diagnostics, 'root');
            return { document, text, position, diagnostics, syntaxOk: true };
        }
    }
    const YAML = yamlPackage();
    // Parse to the concrete syntax tree first (the yaml package does this
    // without recursion), and refuse deep nesting before composing, which recurses.
    const tokens = withPlainEnv(() => Array.from(new YAML.Parser().parse(text)));
    const deep = tooDeep(tokens);
    if (deep !== undefined) {
        return {
            document: new YAML.Document(null),
            text,
            position,
            diagnostics: [(0, diagnostics_1.makeDiagnostic)(file, position(deep), `maps and lists nest more than ${MAX_NESTING} levels deep here`, `an interface file needs far fewer; at most ${MAX_NESTING} are accepted`)],
            syntaxOk: false,
        };
    }
    // uniqueKeys off: duplicates are reported below, with the first key's line.
    const document = composeFirst(tokens, text.length);
    const diagnostics = [];
    for (const error of [...document.errors, ...document.warnings]) {
        const message = error.code === 'MULTIPLE_DOCS'
            ? "the file holds more than one YAML document (a second '---'); an interface file is one document"
            : firstLine(error.message);
        diagnostics.push((0, diagnostics_1.makeDiagnostic)(file, position(error.pos[0]), `YAML: ${message}`));
    }
    reportDuplicateKeys(document.contents, file, position, diagnostics, 'root');
    return { document, text, position, diagnostics, syntaxOk: document.errors.length === 0 };
}
/**
 * Runs `fn` with `process.env` replaced by a plain copy. The yaml package's
 * parser reads `process.env.LOG_TOKENS` once per token, and each read of the
 * real environment is a call into C++: about a fifth of the parsing time of
 * a large file. Nothing else runs meanwhile (fn is synchronous).
 */
function withPlainEnv(fn) {
    const env = process.env;
    try {
        process.env = { ...env };
    }
    catch {
        return fn();
    }
    try {
        return fn();
    }
    finally {
        process.env = env;
    }
}
/**
 * YAML.parseDocument on already parsed tokens: the first document, with an
 * error for each further one.
 */
function composeFirst(tokens, length) {
    const YAML = yamlPackage();
    const composer = new YAML.Composer({ uniqueKeys: false });
    let first;
    for (const doc of composer.compose(tokens, true, length)) {
        if (!first) {
            first = doc;
        }
        else {
            first.errors.push(new YAML.YAMLParseError([doc.range[0], doc.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents'));
            break;
        }
    }
    // compose(..., true) always ends with a document, empty input included.
    return first;
}
/**
 * The offset of the first map or list nested deeper than MAX_NESTING, or
 * undefined. Walks the syntax tree with its own stack.
 */
function tooDeep(tokens) {
    const stack = [];
    for (const token of tokens) {
        if (token.type === 'document' && token.value)
            stack.push([token.value, 1]);
    }
    let found;
    while (stack.length > 0) {
        const [token, depth] = stack.pop();
        if (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection')
            continue;
        if (depth > MAX_NESTING) {
            if (found === undefined || token.offset < found)
                found = token.offset;
            continue;
        }
        for (const item of token.items) {
            if (item.key)
                stack.push([item.key, depth + 1]);
            if (item.value)
                stack.push([item.value, depth + 1]);
        }
    }
    return found;
}
/**
 * The yaml package appends "at line L, column C" and a code frame; the
 * diagnostic already carries the position.
 */
function firstLine(message) {
    return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').replace(/:$/, '');
}
// What the keys of each top-level section name, for messages like "duplicate signal 'foo'".
const SECTION_ITEMS = {
    enums: 'enum', structures: 'structure', signals: 'signal', methods: 'method', properties: 'property', constants: 'constant',
};
/**
 * @param context 'root', a section's item noun, or undefined
 */
function reportDuplicateKeys(node, file, position, diagnostics, context) {
    if ((0, yaml_nodes_1.isMap)(node)) {
        const items = node.items;
        // key -> offset of its first use (turned into a line only for a
        // duplicate); small maps, most of a file, are searched without a Map.
        const seen = items.length > 8 ? new Map() : undefined;
        const keys = [];
        const offsets = [];
        for (const pair of items) {
            const key = (0, yaml_nodes_1.isScalar)(pair.key) ? String(pair.key.value) : undefined;
            if (key !== undefined && (0, yaml_nodes_1.isScalar)(pair.key) && pair.key.range) {
                let first;
                if (seen) {
                    first = seen.get(key);
                    if (first === undefined)
                        seen.set(key, pair.key.range[0]);
                }
                else {
                    const at = keys.indexOf(key);
                    if (at === -1) {
                        keys.push(key);
                        offsets.push(pair.key.range[0]);
                    }
                    else {
                        first = offsets[at];
                    }
                }
                if (first !== undefined) {
                    const pos = position(pair.key.range[0]);
                    const firstLine = position(first).line;
                    if (context !== undefined && context !== 'root') {
                        diagnostics.push((0, diagnostics_1.makeDiagnostic)(file, pos, `duplicate ${context} '${key}' (first defined on line ${firstLine})`, 'rename or remove one of them'));
                    }
                    else {
                        diagnostics.push((0, diagnostics_1.makeDiagnostic)(file, pos, `duplicate key '${key}' (first defined on line ${firstLine})`, 'each key may appear only once in a map'));
                    }
                }
            }
            const childContext = context === 'root' && key !== undefined && Object.prototype.hasOwnProperty.call(SECTION_ITEMS, key) ? SECTION_ITEMS[key] : undefined;
            reportDuplicateKeys(pair.value, file, position, diagnostics, childContext);
        }
    }
    else if ((0, yaml_nodes_1.isSeq)(node)) {
        for (const item of node.items)
            reportDuplicateKeys(item, file, position, diagnostics, undefined);
    }
}
