// Error types made without class syntax (core/error-type.ts) behave as the classes they replace.
import { InputError } from '../../miniprogram/core/check';
import { VerifyCancelled } from '../../miniprogram/core/evidence/chain';
import { EvidenceError } from '../../miniprogram/core/evidence/errors';
import { StorageError } from '../../miniprogram/services/storage';

describe('an error type', () => {
  test('makes real errors of its own type, with name, message and stack', () => {
    const e = new InputError('请输入文字内容。');
    expect(e).toBeInstanceOf(InputError);
    expect(e).toBeInstanceOf(Error);
    expect(e).not.toBeInstanceOf(VerifyCancelled);
    expect(e.name).toBe('InputError');
    expect(e.message).toBe('请输入文字内容。');
    expect(typeof e.stack).toBe('string');
    expect(String(e)).toBe('InputError: 请输入文字内容。');
    expect(Object.prototype.toString.call(e)).toBe('[object Error]');
    expect(e.constructor).toBe(InputError);
    expect(new VerifyCancelled().message).toBe('verify cancelled');
  });

  test('sets its fields in order, as own properties, undefined ones too', () => {
    const e = new EvidenceError('not_found', '找不到', undefined);
    expect(Object.keys(e)).toEqual(['name', 'code', 'cause']);
    expect(e.code).toBe('not_found');
    const s = new StorageError('corrupt', 'ev:cases', 'getStorageSync:fail');
    expect(s).toBeInstanceOf(StorageError);
    expect(Object.keys(s)).toEqual(['name', 'code', 'key', 'userMessage', 'errMsg']);
    expect(s.message).toBe(s.userMessage);
    expect(() => {
      throw s;
    }).toThrow(StorageError);
  });
});
