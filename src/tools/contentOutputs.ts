// What the build writes from a compiled bundle besides dist/content.json itself.
import { promisify } from 'node:util';
import { brotliCompress, constants } from 'node:zlib';
import { SearchIndex, toHeadDoc } from '../model/search/searchIndex';
import type { Question } from '../model/types';

const brotli = promisify(brotliCompress);

/**
 * dist/content.json.br, what the extension loads: JSON deflates to a third inside the VSIX zip,
 * Brotli to a fifth. Asynchronous, so it runs on the thread pool while the caller builds the head
 * index; quality 7 takes about as long as that (150 ms) and is 2% bigger than 9, which took twice
 * as long and held up the build.
 */
export function compressBundle(json: string): Promise<Buffer> {
  return brotli(json, { params: { [constants.BROTLI_PARAM_QUALITY]: 7, [constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(json) } });
}

/**
 * dist/search-index.json: the head index (names and one-line answers) that a first search
 * loads; the answer-text index is built by the extension in the background (see LazySearch).
 */
export function headIndexJson(questions: readonly Question[]): string {
  return SearchIndex.build(questions.map(toHeadDoc), { body: false }).toJSON().head;
}
