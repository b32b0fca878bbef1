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
  test('debug values', () => {
    for (const v of ['1', 'true', ' YES ', 'On']) expect(isDebugValue(v)).toBe(true);
    for (const v of [undefined, '', '0', 'no', 'enable']) expect(isDebugValue(v)).toBe(false);
  });
});
