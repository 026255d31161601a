// The .stingeripc file format in one place: versions, types and the keys each
// map may hold. model.js checks files against it; the JSON Schema test checks
// schema/stingeripc.schema.json against it so the two cannot drift apart.

const SUPPORTED_VERSIONS = ['0.0.5', '0.0.7', '0.0.8', '0.0.9', '0.1.0'];

const PRIMITIVE_TYPES = ['integer', 'float', 'string', 'boolean', 'datetime', 'duration', 'binary'];
const FIELD_TYPES = [...PRIMITIVE_TYPES, 'enum', 'struct', 'array'];
const CONSTANT_TYPES = ['integer', 'float', 'string', 'boolean'];

// Type names people write out of habit from other languages; edit distance
// alone would not find `int` -> `integer`.
const TYPE_ALIASES: Record<string, string> = {
  int: 'integer', int32: 'integer', int64: 'integer', uint: 'integer', long: 'integer',
  number: 'float', double: 'float', real: 'float',
  str: 'string', text: 'string',
  bool: 'boolean',
  date: 'datetime', time: 'datetime', timestamp: 'datetime',
  timedelta: 'duration', interval: 'duration',
  bytes: 'binary', blob: 'binary', buffer: 'binary',
  enumeration: 'enum',
  structure: 'struct', object: 'struct',
  list: 'array', sequence: 'array',
};

// Words for keys that other formats use; suggested only where the key is allowed.
const KEY_ALIASES: Record<string, string> = {
  enumerations: 'enums', enumeration: 'enums',
  fields: 'members', attributes: 'members',
  params: 'arguments', parameters: 'arguments', inputs: 'arguments',
  outputs: 'returnValues', results: 'returnValues', return: 'returnValues',
  description: 'documentation', doc: 'documentation', docs: 'documentation',
  documentation: 'description',
  readonly: 'readOnly', 'read-only': 'readOnly',
  items: 'itemType', itemtype: 'itemType', of: 'itemType',
  enum: 'enumName', struct: 'structName',
  nullable: 'optional', required: 'optional',
  default: 'value',
};

// Keys accepted for compatibility with stinger-ipc but not used by this converter.
const FIELD_EXTRA_KEYS = ['schema', 'index', 'example', 'version', 'enumVersion', 'structVersion', 'consumers'];

/** Keys each kind of map may hold. */
const KEYS = {
  topLevel: ['stingeripc', 'interface', 'enums', 'structures', 'signals', 'methods', 'properties', 'constants'],
  stingeripc: ['version'],
  interface: ['name', 'version', 'title', 'summary', 'documentation', 'license'],
  enum: ['values', 'documentation', 'version'],
  enumValue: ['name', 'value', 'description'],
  structure: ['members', 'documentation', 'version'],
  signal: ['payload', 'documentation', 'version', 'consumers'],
  method: ['arguments', 'returnValues', 'documentation', 'version', 'consumers'],
  property: ['values', 'readOnly', 'documentation', 'version', 'consumers'],
  constant: ['type', 'value', 'description'],
  field: ['name', 'type', 'description', 'optional', 'enumName', 'structName', 'itemType', ...FIELD_EXTRA_KEYS],
  itemType: ['type', 'enumName', 'structName', 'enumVersion', 'structVersion'],
};

/** Keys that must be present in each kind of map. */
const REQUIRED_KEYS = {
  topLevel: ['stingeripc', 'interface'],
  stingeripc: ['version'],
  interface: ['name', 'version'],
  enum: ['values'],
  enumValue: ['name'],
  structure: ['members'],
  signal: [],
  method: ['arguments'],
  property: ['values'],
  constant: ['type', 'value'],
  field: ['name', 'type'],
  itemType: ['type'],
};

// Names go into MQTT topics, JSON keys and AsyncAPI component keys as written.
const NAME_PATTERN = /^[A-Za-z0-9_-]+$/;

export {
  SUPPORTED_VERSIONS, PRIMITIVE_TYPES, FIELD_TYPES, CONSTANT_TYPES, TYPE_ALIASES,
  KEY_ALIASES, FIELD_EXTRA_KEYS, KEYS, REQUIRED_KEYS, NAME_PATTERN,
};
