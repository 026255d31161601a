// TypeScript naming for names as written in a .stingeripc file.
// The converter uses these to report collisions; the template uses them to name things.
// This is the only place that decides how a name looks in TypeScript.

/**
 * Splits a name into lower-case words: `order_number`, `orderNumber`,
 * `OrderNumber`, `order-number` and `ORDER_NUMBER` all give ['order', 'number'].
 */
function words(name: string): string[] {
  return String(name)
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w.length > 0)
    .map((w) => w.toLowerCase());
}

// The converter and the template ask for the same names many times (every
// collision check, every component); both conversions are pure, so they are
// remembered (per process, up to MEMO_LIMIT names each, then started afresh).
const MEMO_LIMIT = 100000;
const pascalCache: Map<string, string> = new Map();
const camelCache: Map<string, string> = new Map();

function remember(cache: Map<string, string>, name: string, value: string) {
  if (cache.size >= MEMO_LIMIT) cache.clear();
  cache.set(name, value);
}

function capitalize(word: string) {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * `day_of_the_week` -> `DayOfTheWeek`. Used for classes, enums, enum members, struct types.
 */
function pascalCase(name: string) {
  let pascal = pascalCache.get(name);
  if (pascal === undefined) {
    pascal = words(name).map(capitalize).join('');
    remember(pascalCache, name, pascal);
  }
  return pascal;
}

/**
 * `time_of_lunch` -> `timeOfLunch`. Used for methods, arguments, fields and object keys.
 */
function camelCase(name: string) {
  let camel = camelCache.get(name);
  if (camel === undefined) {
    const pascal = pascalCase(name);
    camel = pascal.charAt(0).toLowerCase() + pascal.slice(1);
    remember(camelCache, name, camel);
  }
  return camel;
}

/**
 * `SignalOnly` -> `signal-only`. Used for npm package names.
 */
function kebabCase(name: string) {
  return words(name).join('-');
}

// Words that cannot name a function parameter, a variable or a class in
// strict-mode TypeScript. Object keys and members may use them freely.
const RESERVED_WORDS = new Set([
  'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default',
  'delete', 'do', 'else', 'enum', 'export', 'extends', 'false', 'finally', 'for',
  'function', 'if', 'import', 'in', 'instanceof', 'new', 'null', 'return', 'super',
  'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void', 'while', 'with',
  'implements', 'interface', 'let', 'package', 'private', 'protected', 'public',
  'static', 'yield', 'await', 'arguments', 'eval', 'undefined',
]);

/**
 * True when `identifier` cannot be used as a parameter or variable name.
 */
function isReservedWord(identifier: string) {
  return RESERVED_WORDS.has(identifier);
}

/**
 * True when `identifier` is a valid TypeScript identifier (ASCII subset).
 */
function isIdentifier(identifier: string) {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(identifier);
}

export { words, pascalCase, camelCase, kebabCase, isReservedWord, isIdentifier, RESERVED_WORDS };
