import * as assert from 'node:assert/strict';
import { withoutSummarySection } from '../../../src/model/answerParts';

describe('answer parts', () => {
  it('drops the leading 一句话回答 section and keeps the rest', () => {
    const html = '<h2>一句话回答</h2>\n<p>短答案</p>\n<h2 id="x">详细解释</h2><p>长</p>';
    assert.equal(withoutSummarySection(html), '<h2 id="x">详细解释</h2><p>长</p>');
    assert.equal(withoutSummarySection('<h2>一句话回答</h2><p>只有它</p>'), '');
  });

  it('leaves a body without a leading summary section alone', () => {
    const html = '<h2>详细解释</h2><h2>一句话回答</h2><p>not leading</p>';
    assert.equal(withoutSummarySection(html), html);
  });
});
