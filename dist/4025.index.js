"use strict";
exports.id = 4025;
exports.ids = [4025];
exports.modules = {

/***/ 3349:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K1: () => (/* binding */ streamJsonDocument),
/* harmony export */   j6: () => (/* binding */ scanJsonDocument),
/* harmony export */   sT: () => (/* binding */ JsonDocumentError),
/* harmony export */   uR: () => (/* binding */ streamJsonElements),
/* harmony export */   w2: () => (/* binding */ JsonSyntaxScanner)
/* harmony export */ });
/* unused harmony export Utf8Validator */
/* harmony import */ var buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(181);
/* harmony import */ var buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9896);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _hail_json__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(393);
/* harmony import */ var _lines__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7242);
// The one streaming reader of JSON documents (parsers.md 2.16, 2.17), hand-written over bytes:
// - JsonSyntaxScanner checks the whole grammar (what JSON.parse accepts) with an explicit stack and keeps
//   only top-level keys, member kinds and small member values: pass 1 of the Gemini JSON, Cline and Amp
//   parsers (scanJsonDocument, with a strict UTF-8 check) and candidate detection (detect.ts).
// - streamJsonDocument finds element boundaries of the main array (structure only, no validation) and
//   hands out one element at a time as raw text: pass 2 (streamJsonElements) and the whole-session HAIL
//   parser, both of which run after a validating pass.




const decoder = new TextDecoder('utf-8', { fatal: true });
function isWs(c) {
    return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}
const BOM = [0xef, 0xbb, 0xbf];
/** Streams a JSON document from `filePath`. Throws only for I/O errors. */
async function streamJsonDocument(filePath, opts) {
    const memberLimit = opts.memberLimit ?? 1 << 20;
    const shape = { top: 'other', complete: false, foundArray: false };
    let started = false;
    let bomAt = 0; // BOM bytes seen at file start; -1 once past it
    let depth = 0;
    let inString = false;
    let escape = false;
    let trailingGarbage = false;
    // Depth-1 object bookkeeping.
    let expectKey = false;
    let keyParts;
    let currentKey = '';
    let memberActive = false; // a depth-1 member value is being read
    let memberIsTarget = false;
    let elementArrayDepth = -1; // depth of the container whose elements are streamed
    // Capture of the current element / member value.
    let capParts = [];
    let capBytes = 0;
    let capStart = -1; // index in the current chunk, -1 when not capturing in this chunk
    let capturing = false;
    let capOversized = false;
    let capKind = 'element';
    let elementIndex = 0;
    let elementPending = false; // inside the main array, waiting for the next element's first byte
    const pending = [];
    const startCapture = (kind, at) => {
        capturing = true;
        capKind = kind;
        capParts = [];
        capBytes = 0;
        capStart = at;
        capOversized = false;
    };
    const finishCapture = (chunk, end) => {
        if (!capturing)
            return;
        capturing = false;
        if (capStart >= 0 && end > capStart && !capOversized) {
            capParts.push(chunk.subarray(capStart, end));
            capBytes += end - capStart;
        }
        capStart = -1;
        const limit = capKind === 'element' ? _lines__WEBPACK_IMPORTED_MODULE_3__/* .MAX_RECORD_BYTES */ .xR : memberLimit;
        if (capOversized || capBytes > limit) {
            if (capKind === 'element') {
                const r = opts.onElement(undefined, elementIndex, 'oversized');
                if (r)
                    pending.push(r);
            }
            capParts = [];
            return;
        }
        let text;
        try {
            text = decoder.decode(capParts.length === 1 ? capParts[0] : Buffer.concat(capParts, capBytes));
        }
        catch {
            text = undefined;
        }
        capParts = [];
        if (capKind === 'element') {
            const r = opts.onElement(text === undefined ? undefined : text.trimEnd(), elementIndex, text === undefined ? 'invalid-utf8' : undefined);
            if (r)
                pending.push(r);
        }
        else if (text !== undefined && opts.onMember) {
            opts.onMember(currentKey, text.trimEnd());
        }
    };
    const stream = fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream(filePath, { highWaterMark: opts.readBytes ?? 1 << 20 });
    try {
        for await (const raw of stream) {
            const chunk = raw;
            if (capturing)
                capStart = capOversized ? -1 : 0;
            // A UTF-8 BOM at file start is not part of the document (parsers.md 2.16), even split across reads.
            let i = 0;
            while (bomAt >= 0 && bomAt < 3 && i < chunk.length) {
                if (chunk[i] !== BOM[bomAt])
                    break;
                bomAt++;
                i++;
            }
            if (i < chunk.length)
                bomAt = -1;
            const len = chunk.length;
            for (; i < len; i++) {
                let c = chunk[i];
                if (inString) {
                    // Most bytes are string content: skip to the next quote or backslash in a tight loop.
                    if (keyParts === undefined && !escape) {
                        while (c !== 0x22 && c !== 0x5c) {
                            if (++i === len)
                                break;
                            c = chunk[i];
                        }
                        if (i === len)
                            break;
                    }
                    if (keyParts !== undefined && !(c === 0x22 && !escape))
                        keyParts.push(c);
                    if (escape)
                        escape = false;
                    else if (c === 0x5c)
                        escape = true;
                    else if (c === 0x22) {
                        inString = false;
                        if (keyParts !== undefined) {
                            try {
                                currentKey = JSON.parse('"' + decoder.decode(Uint8Array.from(keyParts)) + '"');
                            }
                            catch {
                                currentKey = '';
                            }
                            keyParts = undefined;
                        }
                    }
                    continue;
                }
                if (isWs(c))
                    continue;
                if (!started) {
                    started = true;
                    shape.top = c === 0x7b ? 'object' : c === 0x5b ? 'array' : 'other';
                    if (shape.top === 'other')
                        break;
                    depth = 1;
                    if (shape.top === 'object')
                        expectKey = true;
                    else if (opts.arrayKey === undefined) {
                        shape.foundArray = true;
                        elementArrayDepth = 1;
                        elementPending = true;
                    }
                    continue;
                }
                if (depth === 0) {
                    trailingGarbage = true;
                    break;
                }
                // Start of an element of the main array.
                if (elementPending && depth === elementArrayDepth && c !== 0x5d && c !== 0x2c) {
                    elementPending = false;
                    elementIndex++;
                    startCapture('element', i);
                }
                // Start of a depth-1 member value.
                if (shape.top === 'object' &&
                    depth === 1 &&
                    !expectKey &&
                    !memberActive &&
                    c !== 0x3a &&
                    c !== 0x2c &&
                    c !== 0x7d) {
                    memberActive = true;
                    memberIsTarget =
                        opts.arrayKey !== undefined &&
                            currentKey === opts.arrayKey &&
                            c === 0x5b &&
                            !(opts.firstArrayOnly === true && shape.foundArray);
                    if (memberIsTarget) {
                        shape.foundArray = true;
                        elementArrayDepth = 2;
                        elementPending = true;
                    }
                    else if (opts.onMember) {
                        startCapture('member', i);
                    }
                }
                switch (c) {
                    case 0x22: // "
                        inString = true;
                        if (shape.top === 'object' && depth === 1 && expectKey)
                            keyParts = [];
                        break;
                    case 0x7b: // {
                    case 0x5b: // [
                        depth++;
                        break;
                    case 0x7d: // }
                    case 0x5d: // ]
                        if (depth === elementArrayDepth && elementArrayDepth > 0) {
                            finishCapture(chunk, i);
                            elementPending = false;
                            if (elementArrayDepth === 2)
                                elementArrayDepth = -1;
                        }
                        if (shape.top === 'object' && depth === 1 && memberActive) {
                            if (!memberIsTarget)
                                finishCapture(chunk, i);
                            memberActive = false;
                        }
                        depth--;
                        if (depth === 0)
                            shape.complete = true;
                        break;
                    case 0x2c: // ,
                        if (depth === elementArrayDepth) {
                            finishCapture(chunk, i);
                            elementPending = true;
                        }
                        else if (shape.top === 'object' && depth === 1) {
                            if (memberActive && !memberIsTarget)
                                finishCapture(chunk, i);
                            memberActive = false;
                            memberIsTarget = false;
                            expectKey = true;
                        }
                        break;
                    case 0x3a: // :
                        if (shape.top === 'object' && depth === 1)
                            expectKey = false;
                        break;
                    default:
                        break;
                }
            }
            if (capturing && capStart >= 0 && !capOversized) {
                const part = chunk.subarray(capStart);
                if (capBytes + part.length > (capKind === 'element' ? _lines__WEBPACK_IMPORTED_MODULE_3__/* .MAX_RECORD_BYTES */ .xR : memberLimit)) {
                    capOversized = true;
                    capParts = [];
                }
                else {
                    capParts.push(part);
                    capBytes += part.length;
                }
                capStart = -1;
            }
            while (pending.length > 0)
                await pending.shift();
            if ((started && shape.top === 'other') || trailingGarbage)
                break;
        }
    }
    finally {
        stream.destroy();
    }
    if (trailingGarbage)
        shape.complete = false;
    return shape;
}
/** Top-level failure of a JSON document: not UTF-8, or not well-formed JSON. */
class JsonDocumentError extends Error {
    kind;
    constructor(kind, message) {
        super(message);
        this.kind = kind;
        this.name = 'JsonDocumentError';
    }
}
// Scanner states.
const S_START = 0; // before the root value
const S_VALUE = 1; // a value is required (after `:` or `,` in an array)
const S_ARRAY_FIRST = 2; // after `[`: a value or `]`
const S_OBJECT_FIRST = 3; // after `{`: a key or `}`
const S_KEY = 4; // after `,` in an object: a key
const S_COLON = 5;
const S_AFTER_VALUE = 6; // `,` or the closing bracket of the current container
const S_DONE = 7; // the root value ended: only whitespace may follow
const S_STRING = 8;
const S_ESCAPE = 9;
const S_UNICODE = 10; // inside \uXXXX (hexLeft digits to go)
const S_MINUS = 11; // after `-`: a digit
const S_ZERO = 12; // leading `0`: `.`, `e`, or the end of the number
const S_INT = 13;
const S_DOT = 14; // after `.`: a digit
const S_FRACTION = 15;
const S_EXP = 16; // after `e`: sign or digit
const S_EXP_SIGN = 17; // after the exponent sign: a digit
const S_EXP_DIGITS = 18;
const S_LITERAL = 19; // inside true / false / null
const LITERALS = {
    0x74: Buffer.from('true'),
    0x66: Buffer.from('false'),
    0x6e: Buffer.from('null'),
};
function isDigit(c) {
    return c >= 0x30 && c <= 0x39;
}
function isHex(c) {
    return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}
function kindOfFirstByte(c) {
    if (c === 0x7b)
        return 'object';
    if (c === 0x5b)
        return 'array';
    if (c === 0x22)
        return 'string';
    if (c === 0x74 || c === 0x66)
        return 'boolean';
    if (c === 0x6e)
        return 'null';
    return 'number';
}
function describeByte(c) {
    return c >= 0x21 && c <= 0x7e ? `"${String.fromCharCode(c)}"` : `byte 0x${c.toString(16).padStart(2, '0')}`;
}
/**
 * Push-style validating JSON scanner. `write` each chunk, then `end`; both throw JsonDocumentError
 * (kind `syntax`) at the first byte that breaks the grammar, naming its offset in the input.
 */
class JsonSyntaxScanner {
    opts;
    rootKind = 'none';
    /** Top-level keys of an object root, in document order (duplicates once). */
    keys = new Set();
    /** Kind of every top-level member of an object root, including the main array (last one wins). */
    memberKinds = new Map();
    /** The main array (arrayKey) was found with an array value. */
    foundArray = false;
    state = S_START;
    bomAt = 0; // BOM bytes matched at input start; -1 once past it
    stack = new Uint8Array(64); // 0 object, 1 array
    depth = 0;
    base = 0; // input offset of the current chunk
    afterString = S_AFTER_VALUE; // state after the current string ends (S_COLON for keys)
    hexLeft = 0;
    literal = LITERALS[0x74];
    literalAt = 0;
    // top-level key being read (object root, depth 1)
    keyParts;
    keyBytes = 0;
    keyStart = -1;
    currentKey = '';
    // top-level member value being captured
    capParts;
    capBytes = 0;
    capStart = -1;
    capOversized = false;
    constructor(opts = {}) {
        this.opts = opts;
    }
    /** Bytes consumed so far. */
    get offset() {
        return this.base;
    }
    fail(c, at) {
        if (c === undefined)
            throw new JsonDocumentError('syntax', 'unexpected end of document');
        if (this.state === S_DONE)
            throw new JsonDocumentError('syntax', `unexpected data after the document at byte ${at}`);
        throw new JsonDocumentError('syntax', `unexpected ${describeByte(c)} at byte ${at}`);
    }
    push(kind) {
        if (this.depth === this.stack.length) {
            const grown = new Uint8Array(this.stack.length * 2);
            grown.set(this.stack);
            this.stack = grown;
        }
        this.stack[this.depth++] = kind;
    }
    valueEnded() {
        this.state = this.depth === 0 ? S_DONE : S_AFTER_VALUE;
    }
    endKey(chunk, end) {
        const parts = this.keyParts;
        if (this.keyStart >= 0) {
            parts.push(chunk.subarray(this.keyStart, end));
            this.keyBytes += end - this.keyStart;
        }
        this.keyParts = undefined;
        this.keyStart = -1;
        if (this.keyBytes > _lines__WEBPACK_IMPORTED_MODULE_3__/* .MAX_RECORD_BYTES */ .xR) {
            this.currentKey = '';
            return;
        }
        // Invalid UTF-8 decodes to U+FFFD (detection does not require UTF-8); escapes were checked above.
        const text = (parts.length === 1 ? parts[0] : Buffer.concat(parts)).toString('utf8');
        this.currentKey = text.includes('\\') ? JSON.parse('"' + text + '"') : text;
        this.keys.add(this.currentKey);
    }
    startMember(c, at) {
        const key = this.currentKey;
        this.memberKinds.set(key, kindOfFirstByte(c));
        if (c === 0x5b && this.opts.arrayKey !== undefined && key === this.opts.arrayKey && !this.foundArray) {
            this.foundArray = true;
            return;
        }
        if (this.opts.onMember === undefined)
            return;
        this.capParts = [];
        this.capBytes = 0;
        this.capStart = at;
        this.capOversized = false;
    }
    endMember(chunk, end) {
        const parts = this.capParts;
        if (parts === undefined)
            return;
        this.capParts = undefined;
        if (this.capStart >= 0 && !this.capOversized) {
            parts.push(chunk.subarray(this.capStart, end));
            this.capBytes += end - this.capStart;
        }
        this.capStart = -1;
        if (this.capOversized || this.capBytes > _lines__WEBPACK_IMPORTED_MODULE_3__/* .MAX_RECORD_BYTES */ .xR)
            return;
        this.opts.onMember(this.currentKey, parts.length === 1 ? parts[0] : Buffer.concat(parts));
    }
    write(chunk) {
        let i = 0;
        const n = chunk.length;
        // A UTF-8 BOM at input start is skipped, even split across chunks; a partial one is an error.
        while (this.bomAt >= 0 && i < n) {
            if (chunk[i] !== BOM[this.bomAt]) {
                if (this.bomAt > 0)
                    this.fail(chunk[i], this.base + i);
                this.bomAt = -1;
                break;
            }
            i++;
            if (++this.bomAt === 3)
                this.bomAt = -1;
        }
        if (this.keyParts !== undefined)
            this.keyStart = 0;
        if (this.capParts !== undefined)
            this.capStart = this.capOversized ? -1 : 0;
        const base = this.base;
        for (; i < n; i++) {
            let c = chunk[i];
            switch (this.state) {
                case S_STRING:
                    for (;;) {
                        if (c === 0x22) {
                            if (this.keyParts !== undefined)
                                this.endKey(chunk, i);
                            if (this.afterString === S_COLON)
                                this.state = S_COLON;
                            else
                                this.valueEnded();
                            break;
                        }
                        if (c === 0x5c) {
                            this.state = S_ESCAPE;
                            break;
                        }
                        if (c < 0x20)
                            this.fail(c, base + i);
                        if (++i === n)
                            break;
                        c = chunk[i];
                    }
                    continue;
                case S_ESCAPE:
                    if (c === 0x75) {
                        this.state = S_UNICODE;
                        this.hexLeft = 4;
                    }
                    else if (c === 0x22 ||
                        c === 0x5c ||
                        c === 0x2f ||
                        c === 0x62 ||
                        c === 0x66 ||
                        c === 0x6e ||
                        c === 0x72 ||
                        c === 0x74) {
                        this.state = S_STRING;
                    }
                    else
                        this.fail(c, base + i);
                    continue;
                case S_UNICODE:
                    if (!isHex(c))
                        this.fail(c, base + i);
                    if (--this.hexLeft === 0)
                        this.state = S_STRING;
                    continue;
                case S_MINUS:
                    if (c === 0x30)
                        this.state = S_ZERO;
                    else if (isDigit(c))
                        this.state = S_INT;
                    else
                        this.fail(c, base + i);
                    continue;
                case S_INT:
                case S_ZERO:
                    if (this.state === S_INT) {
                        while (isDigit(c)) {
                            if (++i === n)
                                break;
                            c = chunk[i];
                        }
                        if (i === n)
                            continue;
                    }
                    if (c === 0x2e)
                        this.state = S_DOT;
                    else if (c === 0x65 || c === 0x45)
                        this.state = S_EXP;
                    else {
                        this.valueEnded();
                        i--; // the byte after the number is read in the new state
                    }
                    continue;
                case S_DOT:
                    if (isDigit(c))
                        this.state = S_FRACTION;
                    else
                        this.fail(c, base + i);
                    continue;
                case S_FRACTION:
                    if (isDigit(c))
                        continue;
                    if (c === 0x65 || c === 0x45)
                        this.state = S_EXP;
                    else {
                        this.valueEnded();
                        i--;
                    }
                    continue;
                case S_EXP:
                    if (c === 0x2b || c === 0x2d)
                        this.state = S_EXP_SIGN;
                    else if (isDigit(c))
                        this.state = S_EXP_DIGITS;
                    else
                        this.fail(c, base + i);
                    continue;
                case S_EXP_SIGN:
                    if (isDigit(c))
                        this.state = S_EXP_DIGITS;
                    else
                        this.fail(c, base + i);
                    continue;
                case S_EXP_DIGITS:
                    if (isDigit(c))
                        continue;
                    this.valueEnded();
                    i--;
                    continue;
                case S_LITERAL:
                    if (c !== this.literal[this.literalAt])
                        this.fail(c, base + i);
                    if (++this.literalAt === this.literal.length)
                        this.valueEnded();
                    continue;
                default:
                    break;
            }
            // Structural states: whitespace is skipped everywhere.
            if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09)
                continue;
            switch (this.state) {
                case S_START:
                case S_VALUE:
                case S_ARRAY_FIRST:
                    if (c === 0x5d && this.state === S_ARRAY_FIRST) {
                        this.close(chunk, i);
                        continue;
                    }
                    if (this.state === S_START)
                        this.rootKind = kindOfFirstByte(c);
                    else if (this.depth === 1 && this.stack[0] === 0)
                        this.startMember(c, i);
                    this.startValue(c, base + i);
                    continue;
                case S_OBJECT_FIRST:
                case S_KEY:
                    if (c === 0x7d && this.state === S_OBJECT_FIRST) {
                        this.close(chunk, i);
                        continue;
                    }
                    if (c !== 0x22)
                        this.fail(c, base + i);
                    this.state = S_STRING;
                    this.afterString = S_COLON;
                    if (this.depth === 1) {
                        this.keyParts = [];
                        this.keyBytes = 0;
                        this.keyStart = i + 1;
                    }
                    continue;
                case S_COLON:
                    if (c !== 0x3a)
                        this.fail(c, base + i);
                    this.state = S_VALUE;
                    continue;
                case S_AFTER_VALUE:
                    if (c === 0x2c) {
                        const inObject = this.stack[this.depth - 1] === 0;
                        if (inObject && this.depth === 1)
                            this.endMember(chunk, i);
                        this.state = inObject ? S_KEY : S_VALUE;
                    }
                    else if ((c === 0x7d && this.stack[this.depth - 1] === 0) ||
                        (c === 0x5d && this.stack[this.depth - 1] === 1)) {
                        this.close(chunk, i);
                    }
                    else
                        this.fail(c, base + i);
                    continue;
                default:
                    this.fail(c, base + i); // S_DONE: data after the root value
            }
        }
        if (this.keyParts !== undefined && this.keyStart >= 0) {
            if (this.keyBytes <= _lines__WEBPACK_IMPORTED_MODULE_3__/* .MAX_RECORD_BYTES */ .xR)
                this.keyParts.push(chunk.subarray(this.keyStart));
            this.keyBytes += n - this.keyStart;
            this.keyStart = -1;
        }
        if (this.capParts !== undefined && this.capStart >= 0 && !this.capOversized) {
            const part = chunk.subarray(this.capStart);
            if (this.capBytes + part.length > _lines__WEBPACK_IMPORTED_MODULE_3__/* .MAX_RECORD_BYTES */ .xR) {
                this.capOversized = true;
                this.capParts = [];
            }
            else {
                this.capParts.push(part);
                this.capBytes += part.length;
            }
            this.capStart = -1;
        }
        this.base += n;
    }
    startValue(c, at) {
        switch (c) {
            case 0x7b:
                this.push(0);
                this.state = S_OBJECT_FIRST;
                return;
            case 0x5b:
                this.push(1);
                this.state = S_ARRAY_FIRST;
                return;
            case 0x22:
                this.state = S_STRING;
                this.afterString = S_AFTER_VALUE;
                return;
            case 0x2d:
                this.state = S_MINUS;
                return;
            case 0x30:
                this.state = S_ZERO;
                return;
            case 0x74:
            case 0x66:
            case 0x6e:
                this.literal = LITERALS[c];
                this.literalAt = 1;
                this.state = S_LITERAL;
                return;
            default:
                if (c >= 0x31 && c <= 0x39) {
                    this.state = S_INT;
                    return;
                }
                this.fail(c, at);
        }
    }
    close(chunk, i) {
        this.depth--;
        if (this.depth === 0 && this.stack[0] === 0)
            this.endMember(chunk, i);
        this.valueEnded();
    }
    /** End of input: the root value must be complete. */
    end() {
        switch (this.state) {
            case S_DONE:
                return;
            case S_ZERO:
            case S_INT:
            case S_FRACTION:
            case S_EXP_DIGITS:
                if (this.depth === 0)
                    return;
                break;
            case S_START:
                throw new JsonDocumentError('syntax', 'empty document');
            default:
                break;
        }
        this.fail(undefined, this.base);
    }
}
/** Streaming strict UTF-8 check: a sequence split across chunks is carried to the next one. */
class Utf8Validator {
    carry;
    /** False when the bytes so far are not UTF-8. */
    write(chunk) {
        const data = this.carry !== undefined ? Buffer.concat([this.carry, chunk]) : chunk;
        this.carry = undefined;
        // A lead byte among the last three whose sequence is not complete yet waits for the next chunk.
        let cut = data.length;
        for (let k = 1; k <= 3 && k <= data.length; k++) {
            const b = data[data.length - k];
            if (b < 0x80)
                break;
            if (b >= 0xc0) {
                const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
                if (need > k)
                    cut = data.length - k;
                break;
            }
        }
        if (cut < data.length)
            this.carry = Buffer.from(data.subarray(cut));
        return (0,buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(cut === data.length ? data : data.subarray(0, cut));
    }
    /** False when the input ended inside a sequence. */
    end() {
        return this.carry === undefined;
    }
}
const NOT_UTF8 = 'input is not valid UTF-8 text';
/**
 * Pass 1 of the document parsers (Gemini JSON, Cline, Amp): checks strict UTF-8 and JSON syntax of the
 * whole file and returns the root kind and the top-level members, without materialising the main array.
 * Throws JsonDocumentError. Each read is checked for UTF-8 before its syntax.
 */
async function scanJsonDocument(filePath, opts = {}) {
    const members = new Map();
    const scanner = new JsonSyntaxScanner({
        arrayKey: opts.arrayKey,
        onMember: (key, raw) => {
            if (members.has(key))
                return; // the first member that parses wins
            try {
                members.set(key, (0,_hail_json__WEBPACK_IMPORTED_MODULE_2__/* .parseJsonLossless */ .KK)(raw.toString('utf8')));
            }
            catch {
                // a value the lossless model refuses (duplicate key, lone surrogate) is left out
            }
        },
    });
    const utf8 = new Utf8Validator();
    const stream = fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream(filePath, { highWaterMark: opts.readBytes ?? 1 << 20 });
    try {
        for await (const chunk of stream) {
            if (!utf8.write(chunk))
                throw new JsonDocumentError('utf8', NOT_UTF8);
            scanner.write(chunk);
        }
    }
    finally {
        stream.destroy();
    }
    if (!utf8.end())
        throw new JsonDocumentError('utf8', NOT_UTF8);
    scanner.end();
    return { rootKind: scanner.rootKind, members, memberKinds: scanner.memberKinds };
}
/**
 * Pass 2: calls `onElement` for every element of the main array, in order, one at a time, parsed
 * losslessly. Call after scanJsonDocument succeeded (this pass checks structure only).
 */
async function streamJsonElements(filePath, opts, onElement) {
    await streamJsonDocument(filePath, {
        arrayKey: opts.arrayKey,
        readBytes: opts.readBytes,
        firstArrayOnly: true,
        onElement: (text, index, problem) => {
            if (problem === 'oversized')
                return onElement({ index, oversized: true });
            let value;
            if (text !== undefined) {
                try {
                    value = (0,_hail_json__WEBPACK_IMPORTED_MODULE_2__/* .parseJsonLossless */ .KK)(text);
                }
                catch {
                    value = undefined;
                }
            }
            return onElement({ index, value });
        },
    });
}


/***/ }),

/***/ 8008:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pr: () => (/* binding */ probeFile),
/* harmony export */   s1: () => (/* binding */ formatCandidates),
/* harmony export */   yC: () => (/* binding */ detectCandidates)
/* harmony export */ });
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9896);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1509);
/* harmony import */ var _common_jsondoc__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3349);
// Candidate detection (parsers.md 3.2): filename rules, then content rules, in one streaming pass.



const CONTENT_PATTERNS = [
    '"type":"session_meta"',
    '"type": "session_meta"',
    '"type":"response_item"',
    '"type":"event_msg"',
    '"type":"thread.started"',
    '"type":"turn.started"',
    '"type":"item.completed"',
    '"type":"user"',
    '"type":"assistant"',
    '"message"',
    '"messages"',
    '"session_id"',
    '"sessionId"',
    '"agentMode"',
    '"tool_use"',
    '"providerID"',
    '"providerId"',
    '"modelID"',
    '"modelId"',
];
/** Filename rules of 3.2, in table order. */
function filenameRules(fileNameLower) {
    const out = [];
    if (fileNameLower.endsWith('.hail.jsonl'))
        out.push({ id: 'hail', confidence: 95, reason: 'filename ends with .hail.jsonl' });
    if (fileNameLower.endsWith('.jsonl')) {
        const reason = 'filename ends with .jsonl';
        out.push({ id: 'hail', confidence: 70, reason }, { id: 'codex', confidence: 64, reason }, { id: 'claude-code', confidence: 62, reason }, { id: 'gemini', confidence: 50, reason });
    }
    if (fileNameLower.endsWith('.json')) {
        const reason = 'filename ends with .json';
        out.push({ id: 'gemini', confidence: 56, reason }, { id: 'amp', confidence: 46, reason }, { id: 'opencode', confidence: 44, reason }, { id: 'hail', confidence: 34, reason });
    }
    if (fileNameLower.endsWith('.vscdb'))
        out.push({ id: 'cursor', confidence: 92, reason: 'filename ends with .vscdb' });
    if (fileNameLower.endsWith('api_conversation_history.json'))
        out.push({ id: 'cline', confidence: 88, reason: 'filename is api_conversation_history.json' });
    return out;
}
/** Content rules of 3.2, in table order. */
function contentRules(p) {
    const out = [];
    if (p.sqliteHeader)
        out.push({ id: 'cursor', confidence: 90, reason: 'sqlite database header' });
    const first = p.firstLineObject;
    if (first && first.type === 'header' && 'version' in first && 'session_id' in first) {
        out.push({ id: 'hail', confidence: 100, reason: 'first line is a HAIL header' });
    }
    const keys = p.documentKeys;
    if (keys && ['version', 'session_id', 'agent', 'context', 'events'].every((k) => keys.has(k))) {
        out.push({ id: 'hail', confidence: 86, reason: 'document is a HAIL session object' });
    }
    if (p.contains('"type":"session_meta"') ||
        p.contains('"type": "session_meta"') ||
        p.contains('"type":"response_item"') ||
        p.contains('"type":"event_msg"')) {
        out.push({ id: 'codex', confidence: 90, reason: 'codex rollout markers' });
    }
    if (p.contains('"type":"thread.started"') ||
        (p.contains('"type":"turn.started"') && p.contains('"type":"item.completed"'))) {
        out.push({ id: 'codex', confidence: 89, reason: 'codex exec --json markers' });
    }
    if ((p.contains('"type":"user"') || p.contains('"type":"assistant"')) && p.contains('"message"')) {
        out.push({ id: 'claude-code', confidence: 88, reason: 'claude code message markers' });
    }
    if (p.contains('"messages"') && (p.contains('"session_id"') || p.contains('"sessionId"'))) {
        out.push({ id: 'gemini', confidence: 84, reason: 'gemini session markers' });
    }
    if (p.contains('"agentMode"') || (p.contains('"messages"') && p.contains('"tool_use"'))) {
        out.push({ id: 'amp', confidence: 66, reason: 'amp thread markers' });
    }
    if (p.contains('"providerID"') || p.contains('"providerId"') || p.contains('"modelID"') || p.contains('"modelId"')) {
        out.push({ id: 'opencode', confidence: 60, reason: 'opencode model markers' });
    }
    return out;
}
/** Applies rules in order (an id is replaced only by a strictly higher confidence), then ranks. */
function rankCandidates(rules) {
    const byId = new Map();
    for (const r of rules) {
        const prev = byId.get(r.id);
        if (!prev || r.confidence > prev.confidence)
            byId.set(r.id, { id: r.id, confidence: r.confidence, reason: r.reason });
    }
    return [...byId.values()].sort((a, b) => b.confidence - a.confidence || (0,_text__WEBPACK_IMPORTED_MODULE_1__/* .compareBytewise */ .GV)(a.id, b.id));
}
/** One streaming pass over the file computing the probe (3.2; bytes, carry-over between chunks). */
async function probeFile(filePath) {
    const slash = Math.max(filePath.lastIndexOf('/'), filePath.lastIndexOf('\\'));
    const fileNameLower = filePath.slice(slash + 1).toLowerCase();
    const patterns = CONTENT_PATTERNS.map((p) => Buffer.from(p, 'utf8'));
    const found = new Set();
    const carryLen = Math.max(...patterns.map((p) => p.length)) - 1;
    let carry = Buffer.alloc(0);
    let head = Buffer.alloc(0);
    let firstLine;
    let firstLineBytes = 0;
    let firstLineDone = false;
    let seenNonBlank = false;
    // The whole file as one well-formed JSON object (UTF-8 is not required here; keys decode leniently).
    const scanner = new _common_jsondoc__WEBPACK_IMPORTED_MODULE_2__/* .JsonSyntaxScanner */ .w2();
    let wellFormed = true;
    let total = 0;
    const stream = fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream(filePath, { highWaterMark: 1 << 20 });
    try {
        for await (const raw of stream) {
            const chunk = raw;
            total += chunk.length;
            if (head.length < 16)
                head = Buffer.concat([head, chunk.subarray(0, 16 - head.length)]);
            const hay = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
            for (let i = 0; i < patterns.length; i++) {
                if (!found.has(CONTENT_PATTERNS[i]) && hay.indexOf(patterns[i]) >= 0)
                    found.add(CONTENT_PATTERNS[i]);
            }
            carry = Buffer.from(hay.subarray(Math.max(0, hay.length - carryLen)));
            if (!firstLineDone) {
                let start = 0;
                if (!seenNonBlank) {
                    if (total === chunk.length && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf)
                        start = 3;
                    while (start < chunk.length &&
                        (chunk[start] === 0x20 ||
                            chunk[start] === 0x09 ||
                            chunk[start] === 0x0a ||
                            chunk[start] === 0x0d ||
                            chunk[start] === 0x0b ||
                            chunk[start] === 0x0c))
                        start++;
                    if (start < chunk.length) {
                        seenNonBlank = true;
                        firstLine = [];
                    }
                }
                if (seenNonBlank && firstLine) {
                    const nl = chunk.indexOf(0x0a, start);
                    const end = nl < 0 ? chunk.length : nl;
                    if (firstLineBytes + (end - start) > 64 * 1024 * 1024) {
                        firstLineDone = true;
                        firstLine = undefined;
                    }
                    else {
                        firstLine.push(chunk.subarray(start, end));
                        firstLineBytes += end - start;
                        if (nl >= 0)
                            firstLineDone = true;
                    }
                }
            }
            if (wellFormed) {
                try {
                    scanner.write(chunk);
                }
                catch {
                    wellFormed = false;
                }
            }
        }
    }
    finally {
        stream.destroy();
    }
    if (wellFormed) {
        try {
            scanner.end();
        }
        catch {
            wellFormed = false;
        }
    }
    const sqliteHeader = head.length >= 16 && head.equals(Buffer.from('SQLite format 3\0', 'latin1'));
    let firstLineObject;
    if (firstLine && firstLine.length > 0) {
        try {
            const text = (0,_text__WEBPACK_IMPORTED_MODULE_1__/* .trim */ .Bq)(Buffer.concat(firstLine)
                .toString('utf8')
                .replace(/^\ufeff/, ''));
            const v = JSON.parse(text);
            if (typeof v === 'object' && v !== null && !Array.isArray(v))
                firstLineObject = v;
        }
        catch {
            firstLineObject = undefined;
        }
    }
    return {
        fileNameLower,
        sqliteHeader,
        firstLineObject,
        documentKeys: wellFormed && scanner.rootKind === 'object' ? scanner.keys : undefined,
        contains: (p) => found.has(p),
    };
}
/** detectCandidates(path): filename rules then content rules, ranked (3.2). */
async function detectCandidates(filePath) {
    const probe = await probeFile(filePath);
    return rankCandidates([...filenameRules(probe.fileNameLower), ...contentRules(probe)]);
}
/** Renders `codex (90), hail (70)` or `none`. */
function formatCandidates(candidates) {
    return candidates.length === 0 ? 'none' : candidates.map((c) => `${c.id} (${c.confidence})`).join(', ');
}


/***/ }),

/***/ 4025:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  INCREMENTAL_PROFILES: () => (/* reexport */ INCREMENTAL_PROFILES),
  IncrementalParser: () => (/* reexport */ IncrementalParser),
  NoEvents: () => (/* reexport */ parsers_types/* NoEvents */.Le),
  PROFILE_IDS: () => (/* reexport */ parsers_types/* PROFILE_IDS */.Xg),
  ParserFailed: () => (/* reexport */ parsers_types/* ParserFailed */.Rb),
  SelectionFailed: () => (/* reexport */ parsers_types/* SelectionFailed */.CG),
  WATCHED_EXTENSIONS: () => (/* reexport */ parsers_select/* WATCHED_EXTENSIONS */.G4),
  collectingSink: () => (/* binding */ collectingSink),
  cursorDbHasConversations: () => (/* reexport */ discover/* cursorDbHasConversations */.X),
  detectCandidates: () => (/* reexport */ detect/* detectCandidates */.yC),
  discoverSessions: () => (/* reexport */ discover.discoverSessions),
  formatCandidates: () => (/* reexport */ detect/* formatCandidates */.s1),
  getParser: () => (/* reexport */ getParser),
  homeDirectory: () => (/* reexport */ discover/* homeDirectory */.R),
  isAuxiliarySessionPath: () => (/* reexport */ parsers_select/* isAuxiliarySessionPath */.Yy),
  isProfileId: () => (/* reexport */ parsers_types/* isProfileId */.jq),
  parseAuto: () => (/* binding */ parseAuto),
  parseSessionInMemory: () => (/* binding */ parseSessionInMemory),
  parseWithProfile: () => (/* binding */ parseWithProfile),
  parserContext: () => (/* binding */ parserContext),
  parserForPath: () => (/* reexport */ parsers_select/* parserForPath */.gG),
  probeFile: () => (/* reexport */ detect/* probeFile */.pr),
  registeredParsers: () => (/* reexport */ registeredParsers)
});

// EXTERNAL MODULE: external "fs"
var external_fs_ = __webpack_require__(9896);
// EXTERNAL MODULE: external "path"
var external_path_ = __webpack_require__(6928);
// EXTERNAL MODULE: ./core/hail/stats.ts
var stats = __webpack_require__(143);
// EXTERNAL MODULE: ./core/hail/types.ts
var types = __webpack_require__(1022);
// EXTERNAL MODULE: ./core/parsers/common/fs.ts
var fs = __webpack_require__(5682);
// EXTERNAL MODULE: ./core/parsers/detect.ts
var detect = __webpack_require__(8008);
;// CONCATENATED MODULE: ./core/parsers/registry.ts
/** Table order (also the order of `registeredParsers`). */
const LOADERS = [
    ['hail', async () => (await Promise.all(/* import() */[__webpack_require__.e(1577), __webpack_require__.e(7472), __webpack_require__.e(4632), __webpack_require__.e(2590), __webpack_require__.e(2134)]).then(__webpack_require__.bind(__webpack_require__, 2134))).hailParser],
    ['codex', async () => (await Promise.all(/* import() */[__webpack_require__.e(1577), __webpack_require__.e(7472), __webpack_require__.e(2590), __webpack_require__.e(9757)]).then(__webpack_require__.bind(__webpack_require__, 9757))).codexParser],
    ['claude-code', async () => (await Promise.all(/* import() */[__webpack_require__.e(1577), __webpack_require__.e(7472), __webpack_require__.e(2590), __webpack_require__.e(3306)]).then(__webpack_require__.bind(__webpack_require__, 3306))).claudeCodeParser],
    ['gemini', async () => (await Promise.all(/* import() */[__webpack_require__.e(1577), __webpack_require__.e(7472), __webpack_require__.e(2590), __webpack_require__.e(9276)]).then(__webpack_require__.bind(__webpack_require__, 9276))).geminiParser],
    ['opencode', async () => (await Promise.all(/* import() */[__webpack_require__.e(1577), __webpack_require__.e(7472), __webpack_require__.e(2590), __webpack_require__.e(8281)]).then(__webpack_require__.bind(__webpack_require__, 8281))).opencodeParser],
    ['cursor', async () => (await Promise.all(/* import() */[__webpack_require__.e(1577), __webpack_require__.e(7472), __webpack_require__.e(2590), __webpack_require__.e(734)]).then(__webpack_require__.bind(__webpack_require__, 734))).cursorParser],
    ['cline', async () => (await Promise.all(/* import() */[__webpack_require__.e(1577), __webpack_require__.e(7472), __webpack_require__.e(2590), __webpack_require__.e(8787)]).then(__webpack_require__.bind(__webpack_require__, 8787))).clineParser],
    ['amp', async () => (await Promise.all(/* import() */[__webpack_require__.e(1577), __webpack_require__.e(7472), __webpack_require__.e(2590), __webpack_require__.e(2866)]).then(__webpack_require__.bind(__webpack_require__, 2866))).ampParser],
];
const loaded = new Map();
/** The parser module of a profile, loaded on first use; undefined when none is registered. */
function getParser(id) {
    let mod = loaded.get(id);
    if (mod === undefined) {
        const loader = LOADERS.find(([pid]) => pid === id)?.[1];
        if (loader === undefined)
            return Promise.resolve(undefined);
        mod = loader();
        loaded.set(id, mod);
        mod.catch(() => loaded.delete(id)); // a failed load is tried again next time
    }
    return mod;
}
/** Every registered parser module (all of them loaded), in table order. */
function registeredParsers() {
    return Promise.all(LOADERS.map(([id]) => getParser(id)));
}

// EXTERNAL MODULE: ./core/parsers/types.ts
var parsers_types = __webpack_require__(7862);
// EXTERNAL MODULE: ./core/parsers/select.ts
var parsers_select = __webpack_require__(2871);
// EXTERNAL MODULE: ./core/parsers/discover.ts
var discover = __webpack_require__(3440);
// EXTERNAL MODULE: ./core/parsers/common/lines.ts
var lines = __webpack_require__(7242);
;// CONCATENATED MODULE: ./core/parsers/incremental.ts


const INCREMENTAL_PROFILES = ['codex', 'claude-code', 'hail'];
/**
 * A parser state fed with appended bytes. Events reach `sink` as soon as they are final; `finish()`
 * after the last chunk equals a full parse of the same bytes. A consumer following a growing file
 * keeps `bytesConsumed` and discards the state when the file shrinks or its first line changes.
 */
class IncrementalParser {
    profile;
    ctx;
    sink;
    /** Created on first use: the parser module loads on demand (registry.ts). */
    parser;
    splitter;
    pending = [];
    bytes = 0;
    finished = false;
    constructor(profile, ctx, sink) {
        this.profile = profile;
        this.ctx = ctx;
        this.sink = sink;
        if (!INCREMENTAL_PROFILES.includes(profile))
            throw new Error(`profile '${profile}' cannot be parsed incrementally`);
        this.splitter = new lines/* LineSplitter */.g3((line) => {
            const parser = this.parser;
            parser.feedLine(line);
            const p = parser.takePending();
            if (p)
                this.pending.push(p);
        });
    }
    async lineParser() {
        this.parser ??= await this.createLineParser(this.sink);
        return this.parser;
    }
    async createLineParser(sink) {
        const mod = await getParser(this.profile);
        if (!mod?.createLineParser)
            throw new Error(`profile '${this.profile}' cannot be parsed incrementally`);
        return mod.createLineParser(sink, this.ctx);
    }
    /** Bytes fed so far (complete lines plus a held-back partial line). */
    get bytesConsumed() {
        return this.bytes;
    }
    /** Feeds appended bytes; complete lines are parsed, a trailing partial line is held back. */
    async feed(chunk) {
        if (this.finished)
            throw new Error('parser already finished');
        await this.lineParser();
        this.bytes += chunk.length;
        this.splitter.push(chunk);
        while (this.pending.length > 0)
            await this.pending.shift();
    }
    /** End of input (a held partial line is parsed as the last record). */
    async finish() {
        this.finished = true;
        const parser = await this.lineParser();
        this.splitter.end();
        while (this.pending.length > 0)
            await this.pending.shift();
        return parser.finish();
    }
    /**
     * What finish() would return for the bytes seen so far, without consuming this state: the same
     * bytes are parsed again by a fresh state (EOF rules apply to the snapshot only).
     */
    async snapshot() {
        const events = [];
        const fresh = await this.createLineParser({ push: (e) => void events.push(e) });
        if (this.bytes > 0) {
            await (0,lines/* readLines */.Se)(this.ctx.path, (line) => {
                fresh.feedLine(line);
            }, { end: this.bytes - 1 });
        }
        const result = await fresh.finish();
        return { result, events };
    }
}

;// CONCATENATED MODULE: ./core/parsers/index.ts
// Library interface of the parsers package (parsers.md section 6).














/** Resolves the paths and mtime a parser module needs. Throws fs errors (unreadable input). */
async function parserContext(filePath, o = {}) {
    // Synchronous calls: two quick system calls, without a thread-pool round trip each (the hook parses many small logs).
    const real = external_fs_.realpathSync.native(external_path_.resolve(filePath));
    return {
        path: real,
        displayPath: o.displayPath ?? filePath,
        sourcePath: o.sourcePath === null ? null : (o.sourcePath ?? real),
        mtime: (0,fs/* fileMtimeSync */.yI)(real),
        options: o,
    };
}
function isFsError(e) {
    return (typeof e?.code === 'string' && typeof e?.syscall === 'string');
}
/** Event types that make a native parse a match (A5): messages of a person or agent, and every kind of tool call. */
const SUBSTANTIVE = new Set([
    'UserMessage',
    'AgentMessage',
    'ToolCall',
    'ShellCommand',
    'FileRead',
    'FileEdit',
    'FileCreate',
    'FileDelete',
    'CodeSearch',
    'FileSearch',
    'WebSearch',
    'WebFetch',
    'ImageGenerate',
    'VideoGenerate',
    'AudioGenerate',
]);
async function runProfile(profile, ctx, sink) {
    const mod = await getParser(profile);
    if (!mod)
        throw new parsers_types/* ParserFailed */.Rb(profile, `no parser registered for profile '${profile}'`);
    // A5: a native parser matches only when it found something a person or an agent did (a user or agent message,
    // or a tool call); a foreign file read as only system messages and thinking "produced no events".
    let substantive = profile === 'hail';
    const counting = {
        push: (event) => {
            if (!substantive && SUBSTANTIVE.has(event.event_type.type))
                substantive = true;
            return sink.push(event);
        },
    };
    let result;
    try {
        result = await mod.parse(ctx.path, counting, ctx);
    }
    catch (e) {
        if (e instanceof parsers_types/* ParserFailed */.Rb || isFsError(e))
            throw e;
        // A parser bug on odd input must not abort auto selection; it reads as that parser failing.
        throw new parsers_types/* ParserFailed */.Rb(profile, e instanceof Error ? e.message : String(e), { cause: e });
    }
    if (result.eventCount === 0 || !substantive)
        throw new parsers_types/* NoEvents */.Le(profile);
    return { parserUsed: profile, header: result.header, eventCount: result.eventCount, warnings: result.warnings };
}
/**
 * Runs one parser (explicit profile). Throws ParserFailed (top-level failure), NoEvents (zero
 * events) or an fs error (unreadable input).
 */
async function parseWithProfile(filePath, profile, sink, o = {}) {
    return runProfile(profile, await parserContext(filePath, o), sink);
}
/**
 * Ranked auto-detection (3.3), optionally hinted. Each unsuccessful attempt adds a warning; the sink's
 * `reset()` (when present) is called before every retry. Throws SelectionFailed when nothing succeeds.
 */
async function parseAuto(filePath, sink, o = {}) {
    const ctx = await parserContext(filePath, o);
    const warnings = [];
    const attempts = [];
    let dirty = false;
    const attempt = async (profile, hinted) => {
        if (dirty && sink.reset)
            await sink.reset();
        dirty = true;
        const label = hinted ? 'parser_hint' : 'parser';
        try {
            const outcome = await runProfile(profile, ctx, sink);
            return { ...outcome, warnings: [...warnings, ...outcome.warnings] };
        }
        catch (e) {
            if (e instanceof parsers_types/* ParserFailed */.Rb) {
                warnings.push(`${label} '${profile}' failed: ${e.message}`);
                attempts.push({ profile, error: e.message, hinted });
                return undefined;
            }
            if (e instanceof parsers_types/* NoEvents */.Le) {
                warnings.push(`${label} '${profile}' produced no events`);
                attempts.push({ profile, hinted });
                return undefined;
            }
            throw e;
        }
    };
    if (o.hint !== undefined) {
        const r = await attempt(o.hint, true);
        if (r)
            return r;
    }
    const candidates = await (0,detect/* detectCandidates */.yC)(ctx.path);
    for (const c of candidates) {
        if (c.id === o.hint)
            continue;
        const r = await attempt(c.id, false);
        if (r)
            return r;
    }
    throw new parsers_types/* SelectionFailed */.CG(candidates, attempts, warnings);
}
/** A sink that keeps every event in memory (and forgets them when auto-selection retries). */
function collectingSink() {
    const events = [];
    return { events, sink: { push: (e) => void events.push(e), reset: () => void (events.length = 0) } };
}
/** An agent log parsed into a whole in-memory session (auto-detected, optionally hinted), stats recomputed. */
async function parseSessionInMemory(filePath, o = {}) {
    const { sink, events } = collectingSink();
    const h = (await parseAuto(filePath, sink, o)).header;
    return {
        version: h.version ?? types/* HAIL_VERSION */.c$,
        session_id: h.session_id,
        agent: h.agent,
        context: h.context,
        events,
        stats: (0,stats/* recomputeStats */.Qf)({ events }),
    };
}


/***/ }),

/***/ 7862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CG: () => (/* binding */ SelectionFailed),
/* harmony export */   Le: () => (/* binding */ NoEvents),
/* harmony export */   Rb: () => (/* binding */ ParserFailed),
/* harmony export */   Xg: () => (/* binding */ PROFILE_IDS),
/* harmony export */   jq: () => (/* binding */ isProfileId)
/* harmony export */ });
const PROFILE_IDS = ['hail', 'codex', 'claude-code', 'gemini', 'amp', 'cline', 'cursor', 'opencode'];
function isProfileId(value) {
    return PROFILE_IDS.includes(value);
}
/** A parser rejected the input at top level (`<err>` of parsers.md 3.3 is `message`). */
class ParserFailed extends Error {
    profile;
    constructor(profile, message, options) {
        super(message, options);
        this.profile = profile;
        this.name = 'ParserFailed';
    }
}
/** A parser ran without a top-level failure but emitted no event. */
class NoEvents extends Error {
    profile;
    constructor(profile) {
        super(`parser '${profile}' produced no events`);
        this.profile = profile;
        this.name = 'NoEvents';
    }
}
/** Auto selection found no candidate, or every candidate failed. */
class SelectionFailed extends Error {
    candidates;
    attempts;
    warnings;
    constructor(candidates, attempts, warnings) {
        super(candidates.length === 0
            ? 'could not determine parser from source'
            : 'auto-detection failed; choose a parser and retry');
        this.candidates = candidates;
        this.attempts = attempts;
        this.warnings = warnings;
        this.name = 'SelectionFailed';
    }
}


/***/ })

};
;