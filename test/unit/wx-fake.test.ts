// The fake must fail where WeChat fails, with WeChat's words; otherwise tests of "storage
// full" paths prove nothing.
import {
  createWxFake,
  FILE_STORAGE_LIMIT,
  installWxFake,
  STORAGE_ENTRY_LIMIT,
  STORAGE_TOTAL_LIMIT,
  USER_DATA_PATH,
  WxError,
} from '../wx-fake';

function errorOf(fn: () => unknown): { message: string; errMsg?: string } {
  try {
    fn();
  } catch (e) {
    return e as { message: string; errMsg?: string };
  }
  throw new Error('expected a throw');
}

describe('storage limits', () => {
  test('a value over 1 MB for one key fails with the real message and keeps the old value', () => {
    const { wx } = createWxFake();
    wx.setStorageSync('records', { n: 1 });
    const big = 'x'.repeat(STORAGE_ENTRY_LIMIT);
    const err = errorOf(() => wx.setStorageSync('records', big));
    expect(err.message).toBe('APP-SERVICE-SDK:setStorageSync:fail:entry size limit reached');
    expect(err.errMsg).toBe('setStorageSync:fail:entry size limit reached');
    expect(wx.getStorageSync('records')).toEqual({ n: 1 });
  });

  test('the 1 MB limit counts key length plus serialised data length', () => {
    const { wx } = createWxFake();
    const key = 'k';
    expect(() =>
      wx.setStorageSync(key, 'x'.repeat(STORAGE_ENTRY_LIMIT - key.length)),
    ).not.toThrow();
    expect(() => wx.setStorageSync(key, 'x'.repeat(STORAGE_ENTRY_LIMIT - key.length + 1))).toThrow(
      /entry size limit reached/,
    );
  });

  test('going over 10 MB in total fails and leaves every entry intact', () => {
    const { wx } = createWxFake();
    const chunk = 'y'.repeat(STORAGE_ENTRY_LIMIT - 10);
    for (let i = 0; i < 10; i++) wx.setStorageSync(`c${i}`, chunk);
    const before = wx.getStorageInfoSync();
    expect(before.currentSize).toBeLessThanOrEqual(before.limitSize);
    expect(before.limitSize).toBe(STORAGE_TOTAL_LIMIT / 1024);
    const err = errorOf(() => wx.setStorageSync('c10', chunk));
    expect(err.message).toBe('APP-SERVICE-SDK:setStorageSync:fail exceed storage max size 10Mb');
    expect(wx.getStorageInfoSync().keys).toHaveLength(10);
    // Overwriting an existing key with the same size still fits.
    expect(() => wx.setStorageSync('c3', chunk)).not.toThrow();
  });

  test('async setStorage reports the same limits through fail and the promise', async () => {
    const { wx } = createWxFake();
    const fail = jest.fn();
    wx.setStorage({ key: 'a', data: 'x'.repeat(STORAGE_ENTRY_LIMIT), fail });
    await new Promise((r) => setTimeout(r, 5));
    expect(fail).toHaveBeenCalledWith({ errMsg: 'setStorage:fail:entry size limit reached' });
    await expect(wx.getStorage({ key: 'missing' })).rejects.toEqual({
      errMsg: 'getStorage:fail data not found',
    });
  });

  test('storageFull fault and corrupt keys', () => {
    const fake = createWxFake({ storage: { a: { v: 1, list: [1, 2, 3] } } });
    fake.faults.storageFull = true;
    expect(() => fake.wx.setStorageSync('b', 1)).toThrow(/exceed storage max size 10Mb/);
    fake.faults.storageFull = false;
    fake.corruptKey('a');
    expect(typeof fake.wx.getStorageSync('a')).toBe('string');
    expect(fake.wx.getStorageSync('nothing')).toBe('');
  });

  test('values round-trip as copies, not shared references', () => {
    const { wx } = createWxFake();
    const v = { list: [1] };
    wx.setStorageSync('v', v);
    v.list.push(2);
    expect(wx.getStorageSync('v')).toEqual({ list: [1] });
    wx.setStorageSync('n', 3);
    expect(wx.getStorageSync('n')).toBe(3);
    wx.removeStorageSync('n');
    expect(wx.getStorageInfoSync().keys).toEqual(['v']);
    wx.clearStorageSync();
    expect(wx.getStorageInfoSync().keys).toEqual([]);
  });
});

describe('file system', () => {
  test('write, read, stat, copy, readdir, unlink under USER_DATA_PATH', async () => {
    const { wx } = createWxFake();
    expect(wx.env.USER_DATA_PATH).toBe('http://usr');
    const fs = wx.getFileSystemManager();
    fs.mkdirSync(`${USER_DATA_PATH}/evidence/d1`, true);
    fs.writeFileSync(`${USER_DATA_PATH}/evidence/d1/a.txt`, '合同', 'utf8');
    expect(fs.readFileSync(`${USER_DATA_PATH}/evidence/d1/a.txt`, 'utf8')).toBe('合同');
    const buf = fs.readFileSync(`${USER_DATA_PATH}/evidence/d1/a.txt`) as ArrayBuffer;
    expect(buf.byteLength).toBe(6);
    expect(
      (fs.statSync(`${USER_DATA_PATH}/evidence/d1/a.txt`) as WechatMiniprogram.Stats).size,
    ).toBe(6);
    fs.copyFileSync(`${USER_DATA_PATH}/evidence/d1/a.txt`, `${USER_DATA_PATH}/evidence/d1/b.txt`);
    expect(fs.readdirSync(`${USER_DATA_PATH}/evidence/d1`)).toEqual(['a.txt', 'b.txt']);
    fs.unlinkSync(`${USER_DATA_PATH}/evidence/d1/a.txt`);
    expect(() => fs.accessSync(`${USER_DATA_PATH}/evidence/d1/a.txt`)).toThrow(
      'accessSync:fail no such file or directory http://usr/evidence/d1/a.txt',
    );
    const info = await new Promise<{ size: number; digest?: string }>((resolve, reject) =>
      fs.getFileInfo({
        filePath: `${USER_DATA_PATH}/evidence/d1/b.txt`,
        digestAlgorithm: 'sha1',
        success: resolve,
        fail: reject,
      }),
    );
    expect(info.size).toBe(6);
    expect(info.digest).toMatch(/^[0-9a-f]{40}$/);
  });

  test('missing files fail with errCode 1300002 and the path', async () => {
    const { wx } = createWxFake();
    const fs = wx.getFileSystemManager();
    const err = await new Promise<WxError>((resolve) =>
      fs.readFile({ filePath: `${USER_DATA_PATH}/nope.json`, encoding: 'utf8', fail: resolve }),
    );
    expect(err.errMsg).toBe('readFile:fail no such file or directory http://usr/nope.json');
    expect(err.errCode).toBe(1300002);
    // Writing into a missing directory fails too.
    expect(() => fs.writeFileSync(`${USER_DATA_PATH}/no/dir.txt`, 'x', 'utf8')).toThrow(
      /writeFileSync:fail no such file or directory/,
    );
  });

  test('file space limit and fault keep the old file', () => {
    const fake = createWxFake();
    const fs = fake.wx.getFileSystemManager();
    const p = `${USER_DATA_PATH}/r.json`;
    fs.writeFileSync(p, 'old', 'utf8');
    fake.faults.fileSpaceFull = true;
    expect(() => fs.writeFileSync(p, 'new', 'utf8')).toThrow(
      'writeFileSync:fail the maximum size of the file storage limit is exceeded',
    );
    expect(fake.readFileText(p)).toBe('old');
    fake.faults.fileSpaceFull = false;
    // 200 MB in total, counting space other files already use.
    const nearlyFull = createWxFake({ usedFileBytes: FILE_STORAGE_LIMIT - 10 });
    const fs2 = nearlyFull.wx.getFileSystemManager();
    fs2.writeFileSync(`${USER_DATA_PATH}/ten.bin`, new ArrayBuffer(10));
    expect(() => fs2.writeFileSync(`${USER_DATA_PATH}/one.bin`, new ArrayBuffer(1))).toThrow(
      /maximum size of the file storage limit is exceeded/,
    );
    // Rewriting a file replaces its bytes rather than adding to them.
    expect(() => fs2.writeFileSync(`${USER_DATA_PATH}/ten.bin`, new ArrayBuffer(10))).not.toThrow();
    expect(nearlyFull.userFileBytes()).toBe(FILE_STORAGE_LIMIT);
  });

  test('only the user directory is writable; rename moves a file', () => {
    const { wx } = createWxFake();
    const fs = wx.getFileSystemManager();
    expect(() => fs.writeFileSync('http://tmp/x.txt', 'x', 'utf8')).toThrow(/permission denied/);
    fs.writeFileSync(`${USER_DATA_PATH}/a.tmp`, 'x', 'utf8');
    fs.renameSync(`${USER_DATA_PATH}/a.tmp`, `${USER_DATA_PATH}/a.json`);
    expect(fs.readdirSync(USER_DATA_PATH)).toEqual(['a.json']);
  });
});

describe('clipboard, privacy, phone and UI recorders', () => {
  test('clipboard refusal uses WeChat wording', async () => {
    const fake = createWxFake({ clipboard: '催收短信' });
    await expect(fake.wx.getClipboardData()).resolves.toMatchObject({ data: '催收短信' });
    fake.faults.clipboard = 'privacy';
    await expect(fake.wx.getClipboardData()).rejects.toMatchObject({
      errMsg: 'getClipboardData:fail privacy permission is not authorized',
    });
  });

  test('without privacy consent the listener is asked; agreeing lets the call through', async () => {
    const fake = createWxFake({ privacyAuthorized: false, clipboard: 'abc' });
    await expect(fake.wx.getClipboardData()).rejects.toMatchObject({ errCode: 104 });
    const listener = jest.fn((resolve: (r: { event: 'agree' }) => void) =>
      resolve({ event: 'agree' }),
    );
    fake.wx.onNeedPrivacyAuthorization(listener as never);
    await expect(fake.wx.getClipboardData()).resolves.toMatchObject({ data: 'abc' });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  test('phone calls, toasts, modals and action sheets are recorded', async () => {
    const fake = createWxFake();
    await fake.wx.makePhoneCall({ phoneNumber: '95188' });
    fake.wx.showToast({ title: '已复制' });
    fake.queueModal({ confirm: false });
    const modal = await fake.wx.showModal({ title: '删除', content: '确定删除？' });
    expect(modal.confirm).toBe(false);
    fake.queueActionSheet(1);
    await expect(fake.wx.showActionSheet({ itemList: ['a', 'b'] })).resolves.toMatchObject({
      tapIndex: 1,
    });
    await expect(fake.wx.showActionSheet({ itemList: ['a'] })).rejects.toEqual({
      errMsg: 'showActionSheet:fail cancel',
    });
    expect(fake.calls.phone).toEqual(['95188']);
    expect(fake.calls.toasts[0].title).toBe('已复制');
    expect(fake.calls.modals[0].content).toBe('确定删除？');
    expect(fake.calls.actionSheets).toEqual([['a', 'b'], ['a']]);
  });

  test('chooseMessageFile hands over readable temp files; cancel is the default', async () => {
    const fake = createWxFake();
    fake.queueMessageFile([{ path: 'contract.pdf', data: '%PDF-1.4', name: '借款合同.pdf' }]);
    const res = await fake.wx.chooseMessageFile({ count: 1 });
    expect(res.tempFiles[0].name).toBe('借款合同.pdf');
    const fs = fake.wx.getFileSystemManager();
    expect(fs.readFileSync(res.tempFiles[0].path, 'utf8')).toBe('%PDF-1.4');
    await expect(fake.wx.chooseMessageFile({ count: 1 })).rejects.toEqual({
      errMsg: 'chooseMessageFile:fail cancel',
    });
  });

  test('theme changes reach listeners; enter options carry forwarded files', () => {
    const fake = createWxFake({
      enterOptions: {
        scene: 1173,
        forwardMaterials: [
          { name: 'sms.txt', path: 'http://tmp/sms.txt', size: 10, type: 'text/plain' },
        ],
      },
    });
    const seen: string[] = [];
    fake.wx.onThemeChange((r) => seen.push(r.theme));
    fake.setTheme('dark');
    expect(seen).toEqual(['dark']);
    expect(fake.wx.getSystemInfoSync().theme).toBe('dark');
    expect(fake.wx.getAppBaseInfo().theme).toBe('dark');
    expect(fake.wx.getEnterOptionsSync().forwardMaterials[0].name).toBe('sms.txt');
    expect(fake.wx.getLaunchOptionsSync().scene).toBe(1173);
  });

  test('network APIs are forbidden', () => {
    const { wx } = createWxFake();
    expect(() => wx.request({ url: 'https://example.com' })).toThrow(/forbidden/);
  });

  test('installWxFake replaces and restores the global wx', () => {
    const g = globalThis as unknown as { wx?: unknown };
    expect(g.wx).toBeUndefined();
    const fake = installWxFake();
    expect((g.wx as WechatMiniprogram.Wx).env.USER_DATA_PATH).toBe(USER_DATA_PATH);
    fake.uninstall();
    expect(g.wx).toBeUndefined();
  });
});

test('navigation calls are recorded', async () => {
  const fake = createWxFake();
  await fake.wx.navigateTo({ url: '/pages/lookup/index?q=95188' });
  await fake.wx.navigateBack();
  await fake.wx.switchTab({ url: '/pages/directory/index' });
  expect(fake.calls.navigations).toEqual([
    { kind: 'navigateTo', url: '/pages/lookup/index?q=95188' },
    { kind: 'navigateBack', url: '1' },
    { kind: 'switchTab', url: '/pages/directory/index' },
  ]);
});
