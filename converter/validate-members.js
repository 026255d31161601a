"use strict";
// The check that no element's generated member is a fixed member of the
// server or client class or another element's member. The names come from
// filters/names.js, the one naming source of the template.
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
exports.FIXED_CLIENT_MEMBERS = exports.FIXED_SERVER_MEMBERS = void 0;
exports.generatedMembers = generatedMembers;
exports.checkGeneratedMembers = checkGeneratedMembers;
exports.elementsOf = elementsOf;
const naming = __importStar(require("../filters/naming"));
const names_1 = require("../filters/names");
Object.defineProperty(exports, "FIXED_SERVER_MEMBERS", { enumerable: true, get: function () { return names_1.FIXED_SERVER_MEMBERS; } });
Object.defineProperty(exports, "FIXED_CLIENT_MEMBERS", { enumerable: true, get: function () { return names_1.FIXED_CLIENT_MEMBERS; } });
function generatedMembers(model) {
    const server = [];
    const client = [];
    for (const [element, loc] of elementsOf(model)) {
        const what = `${element.kind} '${element.name}'`;
        // Both spellings of a property's setter: the config decides which one the server has.
        const serverMembers = [...new Set([...(0, names_1.serverMembersOf)(element, true), ...(0, names_1.serverMembersOf)(element, false)])];
        for (const member of serverMembers)
            server.push({ member, kind: element.kind, name: element.name, what, loc });
        for (const member of (0, names_1.clientMembersOf)(element))
            client.push({ member, kind: element.kind, name: element.name, what, loc });
    }
    return { server, client };
}
/**
 * The signals, methods and properties of the model as naming elements (filters/names.js), with their locations.
 */
function elementsOf(model) {
    return [
        ...model.signals.map((s) => [{ kind: 'signal', name: s.name, fields: s.payload.length }, s.loc]),
        ...model.methods.map((m) => [{ kind: 'method', name: m.name, arguments: m.arguments.length, returnValues: m.returnValues.length }, m.loc]),
        ...model.properties.map((p) => [{ kind: 'property', name: p.name, values: p.values.length, readOnly: p.readOnly }, p.loc]),
    ];
}
/**
 * Two elements of one kind whose names collide in TypeScript: validate.js
 * reports those already.
 */
function sameNameCollision(a, b) {
    return a.kind === b.kind && naming.camelCase(a.name) === naming.camelCase(b.name);
}
/**
 * Reports an element whose generated member is a fixed member or the member
 * of another element (`set_foo` and `foo` both give `setFoo`).
 */
function checkGeneratedMembers(model, error) {
    const { server, client } = generatedMembers(model);
    const reported = new Set();
    const sides = ([['server', server, names_1.FIXED_SERVER_MEMBERS], ['client', client, names_1.FIXED_CLIENT_MEMBERS]]);
    for (const [side, members, fixed] of sides) {
        const ordered = [...members].sort((a, b) => a.loc.line - b.loc.line || a.loc.col - b.loc.col);
        const seen = new Map();
        for (const m of ordered) {
            if (m.member === '')
                continue;
            if (fixed.includes(m.member)) {
                const key = `${m.what}|fixed|${m.member}`;
                if (!reported.has(key)) {
                    reported.add(key);
                    error(m.loc, `${m.what} becomes the ${side} member '${m.member}', which every generated ${side} already has`, `rename the ${m.kind}`);
                }
                continue;
            }
            const first = seen.get(m.member);
            if (!first) {
                seen.set(m.member, m);
            }
            else if (first.what !== m.what && !sameNameCollision(first, m)) {
                const key = `${first.what}|${m.what}`;
                if (reported.has(key))
                    continue;
                reported.add(key);
                error(m.loc, `${m.what} and ${first.what} (line ${first.loc.line}) both become the ${side} member '${m.member}'`, 'rename one of them');
            }
        }
    }
}
