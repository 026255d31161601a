// A fast reader for the YAML that interface files are made of: block maps
// and block lists, plain keys, one-line plain and quoted scalars, comments.
// It builds nodes the `yaml` package's own type checks accept (isMap,
// isSeq, isScalar: the same Symbol.for markers) with the same values and
// the same ranges as the package's composer, so the model builder reads
// either. Anything else (flow collections, block scalars, anchors, aliases,
// tags, multi-line plain scalars, escapes, several documents, tabs, odd
// characters, anything the package would call an error) makes it give up,
// and loadYaml reads the file with the `yaml` package as before.
//
// Why: the package's lexer, parser and composer take about 25 µs per line
// and keep the whole syntax tree alive meanwhile (most of the time of a
// 60,000-value enum went to the garbage collector); this reads a line in
// well under a microsecond, and the package is not even loaded.
// test/converter-yaml-light.test.js compares both on every interface file
// of the tests and on mutated ones.

const NODE_TYPE = Symbol.for('yaml.node.type');
const MAP = Symbol.for('yaml.map');
const SEQ = Symbol.for('yaml.seq');
const SCALAR = Symbol.for('yaml.scalar');
const PAIR = Symbol.for('yaml.pair');

/**
 * The tests of the yaml package's core schema (YAML 1.2) for plain scalars
 * that are not strings, in its order. test/converter-yaml-light.test.js
 * checks them against the package's own.
 */
export const CORE_TESTS = {
  null: /^(?:~|[Nn]ull|NULL)?$/,
  bool: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  intOct: /^0o[0-7]+$/,
  int: /^[-+]?[0-9]+$/,
  intHex: /^0x[0-9a-fA-F]+$/,
  floatNaN: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  floatExp: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  float: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
};

/** A plain scalar's value, as the core schema reads it. */
export function plainValue(text: string): string | number | boolean | null {
  const c = text.charCodeAt(0);
  // Only these can start anything but a string.
  if (text === '' || c === 0x7e /* ~ */ || c === 0x2b || c === 0x2d || c === 0x2e || (c >= 0x30 && c <= 0x39) ||
      c === 0x6e || c === 0x4e || c === 0x74 || c === 0x54 || c === 0x66 || c === 0x46) {
    if (CORE_TESTS.null.test(text)) return null;
    if (CORE_TESTS.bool.test(text)) return text[0] === 't' || text[0] === 'T';
    if (CORE_TESTS.intOct.test(text)) return parseInt(text.substring(2), 8);
    if (CORE_TESTS.int.test(text)) return parseInt(text, 10);
    if (CORE_TESTS.intHex.test(text)) return parseInt(text.substring(2), 16);
    if (CORE_TESTS.floatNaN.test(text)) {
      if (text.slice(-3).toLowerCase() === 'nan') return NaN;
      return text[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
    }
    if (CORE_TESTS.floatExp.test(text) || CORE_TESTS.float.test(text)) return parseFloat(text);
  }
  return text;
}

/** Thrown to give up; caught by readLight. */
const GIVE_UP = new Error('not in the light subset');

// Characters the light reader leaves to the yaml package: tabs, CR, other
// controls, BOM, line and paragraph separators, and lone surrogates.
const ODD_CHARACTERS = /[\x00-\x09\x0b-\x1f\x7f-\x9f\ufeff\u2028\u2029]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
// Document markers and directives.
const DOCUMENT_MARKERS = /^(?:---|\.\.\.)(?:[ \n]|$)|^%/m;
// First characters of a value that is not a one-line plain or quoted scalar
// (flow collections, anchors, aliases, tags, block scalars, reserved), or of
// a plain scalar the light reader does not take.
const NOT_PLAIN_START = new Set([...'[]{}&*!|>%@`,?:#-\'"']);

/** How deep the light reader goes; deeper files are the yaml package's (and its limit's). */
const MAX_DEPTH = 32;

/** A node as the light reader makes it (the yaml package's type checks accept it). */
export interface LightNode {
  range: [number, number, number];
  value?: unknown;
  items?: unknown[];
}

// Classes rather than object literals: smaller objects, one shape each, the
// kind marker on the prototype (where the package's checks find it too).
class LightScalar implements LightNode {
  constructor(public value: unknown, public range: [number, number, number]) {}
}
class LightMap implements LightNode {
  constructor(public items: LightPair[], public range: [number, number, number], public flow: boolean) {}
}
class LightSeq implements LightNode {
  constructor(public items: LightNode[], public range: [number, number, number], public flow: boolean) {}
}
class LightPair {
  constructor(public key: LightNode, public value: LightNode) {}
}
Object.defineProperty(LightScalar.prototype, NODE_TYPE, { value: SCALAR });
Object.defineProperty(LightMap.prototype, NODE_TYPE, { value: MAP });
Object.defineProperty(LightSeq.prototype, NODE_TYPE, { value: SEQ });
Object.defineProperty(LightPair.prototype, NODE_TYPE, { value: PAIR });

/** Reads text in the light subset; undefined when it is not. */
export function readLight(text: string): { contents: LightNode } | undefined {
  if (ODD_CHARACTERS.test(text) || DOCUMENT_MARKERS.test(text)) return undefined;
  // Content lines (not blank, not only a comment): where their content
  // starts, its column, and where the line ends (before '\n').
  const starts: number[] = [];
  const columns: number[] = [];
  const ends: number[] = [];
  const length = text.length;
  for (let lineStart = 0; lineStart < length;) {
    let end = text.indexOf('\n', lineStart);
    if (end === -1) end = length;
    let p = lineStart;
    while (p < end && text.charCodeAt(p) === 0x20) p++;
    if (p < end && text.charCodeAt(p) !== 0x23 /* # */) {
      starts.push(p);
      columns.push(p - lineStart);
      ends.push(end);
    }
    lineStart = end + 1;
  }
  const count = starts.length;
  let i = 0;

  const scalar = (value: unknown, start: number, valueEnd: number, nodeEnd: number): LightNode =>
    new LightScalar(value, [start, valueEnd, nodeEnd]);

  /** After the spaces at p. */
  const skipSpaces = (p: number): number => {
    while (text.charCodeAt(p) === 0x20) p++;
    return p;
  };

  const isSeqEntry = (line: number): boolean => {
    const p = starts[line];
    return text.charCodeAt(p) === 0x2d /* - */ && (p + 1 === ends[line] || text.charCodeAt(p + 1) === 0x20);
  };

  /**
   * The offset of the ':' that makes the text from p to end a map entry
   * (followed by a space or the line's end), or -1.
   */
  const entryColon = (p: number, end: number): number => {
    for (let j = p; j < end; j++) {
      const c = text.charCodeAt(j);
      if (c === 0x3a /* : */ && (j + 1 === end || text.charCodeAt(j + 1) === 0x20)) return j;
      if (c === 0x23 /* # */ && text.charCodeAt(j - 1) === 0x20) return -1;
    }
    return -1;
  };

  /** What follows a scalar on its line must be nothing or a comment. */
  const expectLineEnd = (p: number, end: number): void => {
    const q = skipSpaces(p);
    if (q !== end && !(text.charCodeAt(q) === 0x23 && q > p)) throw GIVE_UP;
  };

  /** A one-line scalar starting at p, up to the line's end; its node. */
  const inlineScalar = (p: number, end: number): LightNode => {
    const c = text[p];
    if (c === "'") {
      let value = '';
      let from = p + 1;
      for (;;) {
        const q = text.indexOf("'", from);
        if (q === -1 || q >= end) throw GIVE_UP;
        value += text.slice(from, q);
        if (text.charCodeAt(q + 1) === 0x27) {
          value += "'";
          from = q + 2;
          continue;
        }
        expectLineEnd(q + 1, end);
        return scalar(value, p, q + 1, q + 1);
      }
    }
    if (c === '"') {
      const q = text.indexOf('"', p + 1);
      if (q === -1 || q >= end) throw GIVE_UP;
      const value = text.slice(p + 1, q);
      if (value.includes('\\')) throw GIVE_UP;
      expectLineEnd(q + 1, end);
      return scalar(value, p, q + 1, q + 1);
    }
    if (NOT_PLAIN_START.has(c)) throw GIVE_UP;
    // A plain scalar ends at ' #' or the line's end.
    let stop = end;
    for (let j = p + 1; j < end; j++) {
      const d = text.charCodeAt(j);
      if (d === 0x23 && text.charCodeAt(j - 1) === 0x20) {
        stop = j;
        break;
      }
      // ': ' inside, or ':' at the end, is a nested map: not here.
      if (d === 0x3a && (j + 1 === end || text.charCodeAt(j + 1) === 0x20)) throw GIVE_UP;
    }
    let valueEnd = stop;
    while (text.charCodeAt(valueEnd - 1) === 0x20) valueEnd--;
    return scalar(plainValue(text.slice(p, valueEnd)), p, valueEnd, valueEnd);
  };

  /** `[]` or `{}` at p, alone on its line (but for a comment); else undefined. */
  const emptyCollection = (p: number, end: number): LightNode | undefined => {
    const pair = text.slice(p, p + 2);
    if (pair !== '[]' && pair !== '{}') return undefined;
    expectLineEnd(p + 2, end);
    return pair === '[]' ? new LightSeq([], [p, p + 2, p + 2], true) : new LightMap([], [p, p + 2, p + 2], true);
  };

  /**
   * A literal block scalar (`|`, `|-`, `|+`; no indentation indicator) whose
   * header is at p on a line that ends at end, under an entry at `column`.
   * Its lines are read from the text itself (blank and `#` lines are
   * content there), and the content lines it covers are skipped.
   */
  const literal = (p: number, end: number, column: number): LightNode => {
    const chomp = text[p + 1] === '-' || text[p + 1] === '+' ? text[p + 1] : '';
    expectLineEnd(p + 1 + chomp.length, end);
    if (end === length) throw GIVE_UP;
    const lines: string[] = [];
    let indent = -1;
    let afterContent = -1; // offset after the last content line's '\n'
    let trailingEmpty = 0;
    let next = end + 1; // start of the line being looked at
    while (next < length) {
      const lineEnd = text.indexOf('\n', next);
      if (lineEnd === -1) throw GIVE_UP; // no final line break: left to the yaml package
      let q = next;
      while (q < lineEnd && text.charCodeAt(q) === 0x20) q++;
      const spaces = q - next;
      if (q === lineEnd) {
        // A blank line: empty content, or more than the indentation (left to the package).
        if (indent === -1 ? spaces > column : spaces > indent) throw GIVE_UP;
        lines.push('');
        if (indent !== -1) trailingEmpty++;
        next = lineEnd + 1;
        continue;
      }
      if (indent === -1) {
        if (spaces <= column) break;
        indent = spaces;
      }
      if (spaces < indent) {
        if (spaces > column) throw GIVE_UP;
        break;
      }
      lines.push(text.slice(next + indent, lineEnd));
      trailingEmpty = 0;
      afterContent = lineEnd + 1;
      next = lineEnd + 1;
    }
    if (indent === -1) throw GIVE_UP;
    const content = lines.slice(0, lines.length - trailingEmpty).join('\n');
    let value = content;
    let rangeEnd = afterContent;
    if (chomp === '') value += '\n';
    if (chomp === '+') {
      value += '\n'.repeat(1 + trailingEmpty);
      rangeEnd = next;
    }
    while (i < count && starts[i] < next) i++;
    return scalar(value, p, rangeEnd, rangeEnd);
  };

  /** The block node at line i (a map or a list). */
  const block = (depth: number): LightNode => {
    if (isSeqEntry(i)) return sequence(columns[i], depth);
    if (entryColon(starts[i], ends[i]) !== -1) return map(columns[i], depth);
    throw GIVE_UP;
  };

  /**
   * The value of a map entry or list item that is not on its own line:
   * the more indented block below, a list at the same column (for a map
   * entry), or an empty scalar at `at`; `column` is the entry's.
   */
  const valueBelow = (column: number, at: number, listAllowed: boolean, depth: number): LightNode => {
    if (i < count && columns[i] > column) return block(depth);
    if (listAllowed && i < count && columns[i] === column && isSeqEntry(i)) return sequence(column, depth);
    return scalar(null, at, at, at);
  };

  const map = (column: number, depth: number): LightNode => {
    if (depth > MAX_DEPTH) throw GIVE_UP;
    const items: LightPair[] = [];
    const start = starts[i];
    let last = start;
    while (i < count && columns[i] === column) {
      const p = starts[i];
      const end = ends[i];
      const colon = entryColon(p, end);
      if (colon === -1 || NOT_PLAIN_START.has(text[p]) || colon - p > 1024 || text.charCodeAt(colon - 1) === 0x20) throw GIVE_UP;
      const keyText = text.slice(p, colon);
      const key = scalar(plainValue(keyText), p, colon, colon);
      const v = skipSpaces(colon + 1);
      i++;
      let value: LightNode;
      if (v === end || text.charCodeAt(v) === 0x23) {
        value = valueBelow(column, v, true, depth + 1);
      } else if (text.charCodeAt(v) === 0x7c /* | */) {
        value = literal(v, end, column);
      } else {
        value = emptyCollection(v, end) || inlineScalar(v, end);
        if (i < count && columns[i] > column) throw GIVE_UP;
      }
      items.push(new LightPair(key, value));
      last = value.range[2];
    }
    return new LightMap(items, [start, last, last], false);
  };

  const sequence = (column: number, depth: number): LightNode => {
    if (depth > MAX_DEPTH) throw GIVE_UP;
    const items: LightNode[] = [];
    const start = starts[i];
    let last = start;
    while (i < count && columns[i] === column && isSeqEntry(i)) {
      const end = ends[i];
      const v = skipSpaces(starts[i] + 1);
      let item: LightNode;
      if (v === end || text.charCodeAt(v) === 0x23) {
        i++;
        item = valueBelow(column, v, false, depth + 1);
      } else if (text.charCodeAt(v) === 0x2d && (v + 1 === end || text.charCodeAt(v + 1) === 0x20)) {
        throw GIVE_UP;
      } else if (!NOT_PLAIN_START.has(text[v]) && entryColon(v, end) !== -1) {
        // `- key: value`: a map whose column is that of its first key.
        columns[i] += v - starts[i];
        starts[i] = v;
        item = map(columns[i], depth + 1);
      } else if (text.charCodeAt(v) === 0x7c /* | */) {
        i++;
        item = literal(v, end, column);
      } else {
        item = emptyCollection(v, end) || inlineScalar(v, end);
        i++;
        if (i < count && columns[i] > column) throw GIVE_UP;
      }
      items.push(item);
      last = item.range[2];
    }
    return new LightSeq(items, [start, last, last], false);
  };

  try {
    if (count === 0 || isSeqEntry(0) || entryColon(starts[0], ends[0]) === -1) return undefined;
    const contents = map(columns[0], 1);
    if (i !== count) return undefined;
    return { contents };
  } catch (err) {
    if (err === GIVE_UP) return undefined;
    throw err;
  }
}

/**
 * 1-based line and column of text offsets, as the yaml package's
 * LineCounter gives them.
 */
export function positions(text: string): (offset: number) => { line: number; col: number } {
  const lineStarts = [0];
  for (let p = text.indexOf('\n'); p !== -1; p = text.indexOf('\n', p + 1)) lineStarts.push(p + 1);
  return (offset: number) => {
    let low = 0;
    let high = lineStarts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (offset < lineStarts[mid]) high = mid;
      else low = mid + 1;
    }
    return { line: low, col: offset - lineStarts[low - 1] + 1 };
  };
}
