import { load, settle, textOf } from '../helpers/page';
import { resetRecords } from '../helpers/records';
import { recordsStore } from '../../miniprogram/stores/records';
import { settingsStore } from '../../miniprogram/stores/settings';
import { installWxFake } from '../wx-fake';

// The first render compiles templates with WeChat's compiler: slow on a busy machine.
jest.setTimeout(30_000);

type PageInst = Record<string, (...a: unknown[]) => unknown> & { data: Record<string, unknown> };

let navigated: string[] = [];
beforeEach(() => {
  navigated = [];
  (wx as unknown as { navigateTo: (o: { url: string }) => void }).navigateTo = (o) => {
    navigated.push(o.url);
  };
});

test('empty state explains why to keep evidence', async () => {
  resetRecords();
  const page = await load('pages/records/index');
  expect(textOf(page, '#empty')).toContain('还没有保存的证据');
  expect(textOf(page, '#why')).toContain('合同');
  expect(textOf(page, '#why')).toContain('通话录音');
  expect(textOf(page, '#why')).toContain('还款凭证');
  expect(page.querySelector('#new-case')).toBeDefined();
});

test('create a case from the form: directory institution, borrowed, amount, notes', async () => {
  resetRecords();
  const page = await load('pages/records/index');
  page.querySelector('#new-case')!.dispatchEvent('click');
  await settle();
  const inst = page.instance as unknown as PageInst;
  expect(inst.data.showForm).toBe(true);
  // Saving without an institution explains what is missing.
  expect(inst.onSaveCase()).toBe('');
  await settle();
  expect(textOf(page, '#form-error')).toContain('机构名称');
  const chip = page.querySelectorAll('.rc-chip').find((c) => c.dom!.textContent!.includes('微众'));
  chip!.dispatchEvent('tap');
  const no = page
    .querySelectorAll('.rc-choice')
    .find((c) => c.dom!.textContent!.trim() === '没借过');
  no!.dispatchEvent('tap');
  await settle();
  inst.onAmountInput({ detail: '3200.50' });
  inst.onNotesInput({ detail: '从没在这里借过钱' });
  const id = inst.onSaveCase() as string;
  await settle();
  expect(id).not.toBe('');
  expect(navigated).toEqual([`/packageRecords/case/index?id=${id}`]);
  const c = recordsStore.cases[0];
  expect(c.institutionName).toContain('微众银行');
  expect(c.borrowed).toBe('no');
  expect(c.amount).toBe('3200.50');
  expect(textOf(page, '#case-0')).toContain('0 条证据');
  expect(page.querySelector('#empty')).toBeUndefined();
});

test('start-up warnings are shown once, then not again on the next show', async () => {
  const fake = installWxFake({ storage: { records_v1_index: JSON.stringify(['a']) } });
  fake.corruptKey('records_v1_case_a', '{"broken');
  resetRecords({ init: false });
  const page = await load('pages/records/index');
  expect(fake.calls.modals).toHaveLength(1);
  expect(fake.calls.modals[0].content).toContain('旧版本的案件记录已损坏');
  await (page.instance as unknown as PageInst).onShow();
  expect(fake.calls.modals).toHaveLength(1);
});

test('dark and large-font classes reach the root view', async () => {
  resetRecords();
  settingsStore.setTheme('dark');
  settingsStore.setLargeFont(true);
  const page = await load('pages/records/index');
  const cls = page.querySelector('#page')!.dom!.className;
  expect(cls).toContain('theme-dark');
  expect(cls).toContain('large-font');
  settingsStore.setTheme('light');
  settingsStore.setLargeFont(false);
});

test("dark mode: case rows and form fields take the page's nc-line class (Vant's fixed light lines)", async () => {
  resetRecords();
  recordsStore.createCase({ institution: { name: '微众银行', entryId: 'webank' }, borrowed: 'no' });
  const page = await load('pages/records/index');
  const cases = page.querySelector('#cases')!.dom!;
  const cells = [...cases.querySelectorAll('wx-view')].filter((n) =>
    /(^|\s)van-cell--van-cell(\s|$)/.test(n.className),
  );
  expect(cells).toHaveLength(1);
  // custom-class maps the page's class (simulate prefixes it with the page's scope, main--).
  expect(cells[0].className).toMatch(/(^|\s)main--nc-line(\s|$)/);
  // The inset card has no top/bottom hairline of its own.
  expect(cases.innerHTML).not.toContain('hairline');
  const form = page.querySelector('#form')!.dom!;
  const fieldCells = [...form.querySelectorAll('wx-view')].filter((n) =>
    /(^|\s)van-cell--van-cell(\s|$)/.test(n.className),
  );
  expect(fieldCells.length).toBe(3);
  for (const c of fieldCells) expect(c.className).toMatch(/(^|\s)main--nc-line(\s|$)/);
});
