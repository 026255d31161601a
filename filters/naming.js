"use strict";
// TypeScript naming for names as written in a .stingeripc file.
// The converter uses these to report collisions; the template uses them to name things.
// This is the only place that decides how a name looks in TypeScript.
Object.defineProperty(exports, "__esModule", { value: true });
exports.RESERVED_WORDS = void 0;
exports.words = words;
exports.pascalCase = pascalCase;
exports.camelCase = camelCase;
exports.kebabCase = kebabCase;
exports.isReservedWord = isReservedWord;
exports.isIdentifier = isIdentifier;
/**
 * Splits a name into lower-case words: `order_number`, `orderNumber`,
 * `OrderNumber`, `order-number` and `ORDER_NUMBER` all give ['order', 'number'].
 */
function words(name) {
    return String(name)
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
        .split(/[^A-Za-z0-9]+/)
        .filter((w) => w.length > 0)
        .map((w) => w.toLowerCase());
}
function capitalize(word) {
    return word.charAt(0).toUpperCase() + word.slice(1);
}
/**
 * `day_of_the_week` -> `DayOfTheWeek`. Used for classes, enums, enum members, struct types.
 */
function pascalCase(name) {
    return words(name).map(capitalize).join('');
}
/**
 * `time_of_lunch` -> `timeOfLunch`. Used for methods, arguments, fields and object keys.
 */
function camelCase(name) {
    const pascal = pascalCase(name);
    return pascal.charAt(0).toLowerCase() + pascal.slice(1);
}
/**
 * `SignalOnly` -> `signal-only`. Used for npm package names.
 */
function kebabCase(name) {
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
exports.RESERVED_WORDS = RESERVED_WORDS;
/**
 * True when `identifier` cannot be used as a parameter or variable name.
 */
function isReservedWord(identifier) {
    return RESERVED_WORDS.has(identifier);
}
/**
 * True when `identifier` is a valid TypeScript identifier (ASCII subset).
 */
function isIdentifier(identifier) {
    return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(identifier);
}
