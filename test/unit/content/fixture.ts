import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from '../../harness/paths';

export const CATEGORIES = `- id: basics
  name: 基础
  name_en: Basics
  order: 10
  icon: book
- id: web
  name: Web
  name_en: Web
  order: 20
  icon: globe
`;

/** A valid entry; tests break one thing at a time with `replace`. */
export function entry(id = 'sample-entry', category = 'basics', extra = ''): string {
  return `---
id: ${id}
title: 这是一个示例问题吗?
title_en: Is this a sample question?
category: ${category}
order: 1
difficulty: 1
frequency: 2
tags: [示例]
related: []
keywords:
  python: [print]
quiz:
  - type: single
    q: 选哪个?
    options: [甲, 乙]
    answer: 0
    explain: 因为甲。
  - type: truefalse
    q: 对吗?
    answer: true
    explain: 对。
  - type: output
    q: 输出什么?
    code: print(1 + 1)
    answer: "2"
    explain: 整数相加。
snippets:
  - name: hello
    prefix: iv-hello-${id}
    description: 打印问候
    placeholders: { greet: functionName }
${extra}---
## 一句话回答

一句话说清楚。

## 详细解释

详细内容,见 [另一题](other-entry.md)。

## 代码示例

\`\`\`python run snippet=hello
def greet():
    print("hi")
greet()
\`\`\`
\`\`\`output
hi
\`\`\`

## 面试追问

### 为什么?

因为。

## 易错点

注意。

## 参考

- [Python docs](https://docs.python.org/3/)
`;
}

/** A throwaway content folder with the real schemas and the given entry files. */
export class ContentFixture {
  readonly dir = mkdtempSync(join(tmpdir(), 'pyi-content-'));

  constructor(files: Record<string, string>, categories = CATEGORIES) {
    copyFileSync(join(ROOT, 'content', 'schema.json'), join(this.dir, 'schema.json'));
    copyFileSync(join(ROOT, 'content', 'categories.schema.json'), join(this.dir, 'categories.schema.json'));
    writeFileSync(join(this.dir, 'categories.yaml'), categories);
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(this.dir, path)), { recursive: true });
      writeFileSync(join(this.dir, path), text);
    }
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
