import * as assert from 'node:assert/strict';
import { checkCoverage, parseTopics } from '../../content/seedCoverage';

const TOPICS = `# Seed questions

Intro text.

## 语言
- 闭包
- 生成器

## 网络
- TCP三次握手
`;

describe('seed coverage checker', () => {
  const topics = parseTopics(TOPICS);

  it('reads groups and their questions', () => {
    assert.deepEqual([...topics.entries()], [
      ['语言', ['闭包', '生成器']],
      ['网络', ['TCP三次握手']],
    ]);
  });

  it('passes when every question of a required group maps to an existing entry', () => {
    const r = checkCoverage(topics, { required: ['语言'], groups: { 语言: { 闭包: 'closure', 生成器: 'gen' } } }, new Set(['closure', 'gen']));
    assert.deepEqual(r.errors, []);
    assert.deepEqual(r.groups, [
      { group: '语言', covered: 2, total: 2, required: true },
      { group: '网络', covered: 0, total: 1, required: false },
    ]);
  });

  it('fails for an unmapped question of a required group, an unknown id, and a stale mapping', () => {
    const r = checkCoverage(topics, { required: ['语言', '不存在'], groups: { 语言: { 闭包: 'ghost', 旧问题: 'closure' } } }, new Set(['closure']));
    assert.deepEqual(r.errors.sort(), [
      'required group "不存在" is not a heading of TOPICS.md',
      '语言 / 旧问题: mapped, but TOPICS.md has no such question',
      '语言 / 生成器: no entry (add one and map it in test/content/seed-coverage.yaml)',
      '语言 / 闭包: mapped to "ghost", which is not an entry',
    ].sort());
  });
});
