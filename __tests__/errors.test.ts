import { formatErrorChain, GuidedError, isDebugValue, OpenSessionError } from '../core/errors';

describe('errors', () => {
  test('guided error renders reason, steps and docs', () => {
    const e = new GuidedError('bad thing', ['  step one ', '', 'step two'], 'docs.md#X');
    expect(e.message).toBe('bad thing\nnext:\n- step one\n- step two\ndocs: docs.md#X');
  });
  test('guided error without steps falls back to --help', () => {
    expect(new GuidedError('r', ['', ' ']).message).toBe('r\nnext:\n- run `opensession --help`');
  });
  test('error chain: outer + root by default, all layers in debug', () => {
    const root = new Error('ENOENT: no such file');
    const mid = new OpenSessionError('middle', { cause: root });
    const outer = new OpenSessionError('read x', { cause: mid });
    expect(formatErrorChain(outer, false)).toBe('read x: ENOENT: no such file');
    expect(formatErrorChain(outer, true)).toBe('read x: middle: ENOENT: no such file');
    expect(formatErrorChain(new OpenSessionError('alone'), false)).toBe('alone');
  });
  test('guided error trims with the section 1 whitespace set (U+0085 stripped, U+FEFF kept)', () => {
    const e = new GuidedError('\u0085reason\u0085', ['\u0085step\u0085', '\ufeff', '\u0085']);
    expect(e.message).toBe('reason\nnext:\n- step\n- \ufeff');
  });
  test('debug values are trimmed with the section 1 whitespace set', () => {
    expect(isDebugValue('\u0085on\u0085')).toBe(true);
    expect(isDebugValue('\u3000TRUE')).toBe(true);
    expect(isDebugValue('\ufeff1')).toBe(false);
  });
  test('debug values', () => {
    for (const v of ['1', 'true', ' YES ', 'On']) expect(isDebugValue(v)).toBe(true);
    for (const v of [undefined, '', '0', 'no', 'enable']) expect(isDebugValue(v)).toBe(false);
  });
});
