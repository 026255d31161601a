// YAML text of a JSON-like value, byte for byte what
// `yamlPackage().stringify(value, { aliasDuplicateObjects: false, lineWidth: 0 })`
// writes, at a fraction of its cost: the yaml package builds a node tree and
// runs its general stringifier (about 1 s for a 3,000-member document); this
// writes the block structure directly. Scalars that are not obviously plain
// are still rendered by the yaml package itself (memoized), so quoting and
// block literals follow its rules exactly. test/converter-yaml-emit.test.js
// compares both on every document the tests know and on odd strings.

import { CORE_TESTS } from './yaml-light';

/** The yaml package, loaded only for the strings and keys written by it. */
const yamlPackage = () => (require('yaml') as typeof import('yaml'));

const OPTIONS = { aliasDuplicateObjects: false, lineWidth: 0 };

// Map keys the yaml package writes as they are (not one of the words YAML
// reads as null or a boolean).
const SAFE_KEY = /^[A-Za-z_$][A-Za-z0-9_.$/-]*$/;
const SPECIAL_WORDS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);

// The yaml package's rules for a one-line string in block context
// (stringifyString.js): these force quotes...
const NOT_PLAIN = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;
// ...and so do these characters, with double quotes.
const NEEDS_ESCAPES = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u;
// Text that would read back as another type (numbers, booleans, null) is
// quoted too; the tests are the default schema's own (test/converter-yaml-light.test.js
// checks CORE_TESTS against the package's).
const OTHER_TYPES = Object.values(CORE_TESTS);

// Multi-line text that the package writes as a plain block literal: no tab,
// neither starting with a space or line break nor ending with whitespace.
const SIMPLE_BLOCK = /^(?![ \n])[^\t]*\n[^\t]*[^\s]$/;

const keyCache: Map<string, string> = new Map();
const valueCache: Map<string, string> = new Map();

/**
 * A map key as the yaml package writes it (its rules differ a little at the
 * top level).
 */
function keyText(key: string, top: boolean) {
  if (SAFE_KEY.test(key) && !SPECIAL_WORDS.has(key)) return key;
  const cacheKey = `${top ? 't' : 'n'}${key}`;
  let text = keyCache.get(cacheKey);
  if (text === undefined) {
    const lines = top ? yamlPackage().stringify({ [key]: null }, OPTIONS) : yamlPackage().stringify({ a: { [key]: null } }, OPTIONS);
    text = lines.slice(top ? 0 : 'a:\n  '.length, lines.length - ': null\n'.length);
    keyCache.set(cacheKey, text);
  }
  return text;
}

/**
 * The yaml package's double-quoted form of a one-line string.
 */
function doubleQuoted(value: string) {
  const json = JSON.stringify(value);
  let str = '';
  let start = 0;
  for (let i = 0; i < json.length; i++) {
    if (json[i] !== '\\') continue;
    if (json[i + 1] === 'u') {
      str += json.slice(start, i);
      const code = json.substr(i + 2, 4);
      const short = { '0000': '\\0', '0007': '\\a', '000b': '\\v', '001b': '\\e', '0085': '\\N', '00a0': '\\_', '2028': '\\L', '2029': '\\P' }[code];
      if (short) str += short;
      else if (code.substr(0, 2) === '00') str += `\\x${code.substr(2)}`;
      else str += json.substr(i, 6);
      i += 5;
      start = i + 1;
    } else {
      i += 1;
    }
  }
  return start ? str + json.slice(start) : json;
}

/**
 * A one-line string in value position, by the yaml package's rules.
 */
function lineText(value: string) {
  if (NEEDS_ESCAPES.test(value)) return doubleQuoted(value);
  if (!NOT_PLAIN.test(value) && !OTHER_TYPES.some((test) => test.test(value))) return value;
  const hasDouble = value.includes('"');
  const hasSingle = value.includes("'");
  if (hasDouble && !hasSingle) return `'${value}'`;
  return doubleQuoted(value);
}

/**
 * A scalar in value position, as the yaml package writes it as the value of
 * a top-level key; continuation lines (block literals) are indented from
 * column 0 there, so the caller prefixes them with the map's indentation.
 */
function scalarText(value: unknown): string {
  if (value === null) return 'null';
  if (value === true) return 'true';
  if (value === false) return 'false';
  if (typeof value === 'number' && Number.isFinite(value)) return Object.is(value, -0) ? '-0' : JSON.stringify(value);
  if (typeof value === 'string' && !value.includes('\n')) return lineText(value);
  if (typeof value === 'string' && SIMPLE_BLOCK.test(value) && !NEEDS_ESCAPES.test(value)) {
    // The yaml package's block literal (stringifyString.js, blockString) for
    // text without leading or trailing whitespace or tabs: strip chomping,
    // no indentation indicator, each run of line breaks followed by the indentation.
    return `|-\n  ${value.replace(/\n+/g, '$&  ')}`;
  }
  const cacheKey = `${typeof value}:${String(value)}`;
  let text = valueCache.get(cacheKey);
  if (text === undefined) {
    const line = yamlPackage().stringify({ a: value }, OPTIONS);
    text = line.slice('a: '.length, line.length - 1);
    valueCache.set(cacheKey, text);
  }
  return text;
}

/**
 * The text being written, in flat chunks: appending to one string makes a
 * rope of millions of small pieces that all live until the end (several
 * times the text's size for the garbage collector to copy); a chunk is
 * flattened once it is long enough, so its pieces die young.
 */
class Output {
  private chunk = '';
  private readonly chunks: string[] = [];

  add(text: string) {
    this.chunk += text;
    if (this.chunk.length >= 16384) {
      // Converting a string to a number flattens it (V8 flattens a rope
      // before reading it); the value itself is not used.
      void Number(this.chunk);
      this.chunks.push(this.chunk);
      this.chunk = '';
    }
  }

  done() {
    this.chunks.push(this.chunk);
    return this.chunks.join('');
  }
}

/** @param value @returns */
function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Writes `value` (a map or list) starting on a line that begins with
 * `first`; later lines begin with `indent`.
 */
function collection(value: Record<string, unknown> | unknown[], first: string, indent: string, out: Output) {
  let prefix = first;
  if (Array.isArray(value)) {
    for (const item of value) {
      entry(`${prefix}- `, indent, `${indent}  `, item, out);
      prefix = indent;
    }
    return;
  }
  for (const key of Object.keys(value)) {
    const item = value[key];
    if (item === undefined) continue;
    entry(`${prefix}${keyText(key, first === '' && indent === '')}:`, indent, `${indent}  `, item, out, true);
    prefix = indent;
  }
}

/**
 * One map entry or list item whose head (`key:` or `- `) is `head`.
 * @param indent indentation of the collection holding the item
 * @param inner indentation of the item's own content
 */
function entry(head: string, indent: string, inner: string, item: unknown, out: Output, isPair: boolean = false) {
  if (Array.isArray(item) || isMap(item)) {
    const empty = Array.isArray(item) ? item.length === 0 : Object.keys(item).every((k) => item[k] === undefined);
    if (empty) {
      out.add(`${head}${isPair ? ' ' : ''}${Array.isArray(item) ? '[]' : '{}'}\n`);
    } else if (isPair) {
      // A list under a key is indented (the yaml package's indentSeq).
      out.add(`${head}\n`);
      collection(item, inner, inner, out);
    } else {
      // A list item's map or list starts on the dash's line.
      collection(item, head, inner, out);
    }
    return;
  }
  const text = scalarText(item);
  const continued = text.includes('\n') ? text.replace(/\n(?=[^\n])/g, `\n${indent}`) : text;
  out.add(`${head}${isPair ? ' ' : ''}${continued}\n`);
}

function emitYaml(document: Record<string, unknown>): string {
  if (!isMap(document) || Object.keys(document).length === 0) return yamlPackage().stringify(document, OPTIONS);
  const out = new Output();
  collection(document, '', '', out);
  return out.done();
}

export { emitYaml };
