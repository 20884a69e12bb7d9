// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MemoryRouter } from 'react-router';
import { makeFragmentData } from '../../gql';
import type { UnitDetails_UnitFragment } from '../../gql/graphql';
import { setLanguage } from '../../i18n';
import { UnitDetails, UnitDetails_unit } from './UnitDetails';
import { stubMatchMedia } from '../../testing/jsdom';

// Guangzhou in mid-2010, while it was still a city under Guangdong (DOMAIN.md's demo data).
const guangzhou2010: UnitDetails_UnitFragment = {
  code: 'GZ',
  nameZh: '广州分公司',
  nameEn: 'Guangzhou Branch',
  kind: 'BRANCH',
  level: 'CITY',
  parent: { code: 'GD', nameZh: '广东分公司', nameEn: 'Guangdong Branch' },
  ancestors: [
    { code: 'HQ', nameZh: '总公司', nameEn: 'Head Office' },
    { code: 'GD', nameZh: '广东分公司', nameEn: 'Guangdong Branch' },
  ],
  children: [
    { code: 'GZTH', nameZh: '天河支公司', nameEn: 'Tianhe Sub-branch' },
    { code: 'GZPY', nameZh: '番禺支公司', nameEn: null },
  ],
};

// A department without an English name, looked at on a date when it is not in the tree.
const closedDepartment: UnitDetails_UnitFragment = {
  code: 'GDLP',
  nameZh: '广东理赔事业部',
  nameEn: null,
  kind: 'DEPARTMENT',
  level: null,
  parent: null,
  ancestors: [],
  children: [],
};

function renderDetails(unit: UnitDetails_UnitFragment, at: string) {
  return render(
    <MemoryRouter initialEntries={[`/units/${unit.code}?at=${at}`]}>
      <UnitDetails unit={makeFragmentData(unit, UnitDetails_unit)} at={at} />
    </MemoryRouter>,
  );
}

// The value cell beside a label in antd's bordered Descriptions.
function field(label: string): HTMLElement {
  const cell = screen.getByText(label).closest('th')?.nextElementSibling;
  if (!(cell instanceof HTMLElement)) throw new Error(`no value beside the label ${label}`);
  return cell;
}

beforeAll(() => {
  stubMatchMedia();
});

afterEach(cleanup);

describe('UnitDetails', () => {
  it('shows a unit in Chinese, with links that keep the hierarchy date', async () => {
    await setLanguage('zh-CN');
    renderDetails(guangzhou2010, '2010-06-30');

    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('广州分公司');
    expect(field('机构代码').textContent).toBe('GZ');
    expect(field('机构层级').textContent).toBe('地市分公司');
    expect(field('机构类型').textContent).toBe('分支机构');
    expect(field('英文名称').textContent).toBe('Guangzhou Branch');

    const parent = within(field('上级机构')).getByRole('link');
    expect(parent.textContent).toBe('广东分公司');
    expect(parent.getAttribute('href')).toBe('/units/GD?at=2010-06-30');

    const breadcrumb = screen.getByRole('navigation', { name: '机构路径' });
    expect(
      within(breadcrumb)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['总公司', '广东分公司']);
    expect(breadcrumb.textContent).toContain('广州分公司');

    const children = screen.getByRole('region', { name: '下级机构（2）' });
    expect(
      within(children)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['天河支公司', '/units/GZTH?at=2010-06-30'],
      ['番禺支公司', '/units/GZPY?at=2010-06-30'],
    ]);
  });

  it('shows the same unit in English, falling back to the Chinese name where there is no English one', async () => {
    await setLanguage('en');
    renderDetails(guangzhou2010, '2010-06-30');

    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('Guangzhou Branch');
    expect(field('Unit code').textContent).toBe('GZ');
    expect(field('Level').textContent).toBe('City branch');
    expect(field('Kind').textContent).toBe('Branch');
    expect(field('Chinese name').textContent).toBe('广州分公司');
    expect(field('Parent unit').textContent).toBe('Guangdong Branch');

    const breadcrumb = screen.getByRole('navigation', { name: 'Unit path' });
    expect(
      within(breadcrumb)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Head Office', 'Guangdong Branch']);
    const children = screen.getByRole('region', { name: 'Subordinate units (2)' });
    expect(
      within(children)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Tianhe Sub-branch', '番禺支公司']);
  });

  it('says when the unit is not in the tree at the date and has no parent or children', async () => {
    await setLanguage('zh-CN');
    renderDetails(closedDepartment, '2013-01-01');

    expect(screen.getByRole('alert').textContent).toContain('2013年1月1日 该机构不在机构树中。');
    expect(field('机构层级').textContent).toBe('无');
    expect(field('机构类型').textContent).toBe('部门');
    expect(field('英文名称').textContent).toBe('无');
    expect(field('上级机构').textContent).toBe('无');
    expect(screen.getByText('无下级机构')).toBeTruthy();
  });
});
