// What the build writes from a compiled bundle besides dist/content.json itself.
import { closeSync, createWriteStream, openSync, writeSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { constants, createBrotliCompress } from 'node:zlib';
import { SearchIndex, toHeadDoc } from '../model/search/searchIndex';
import type { ContentBundle, Question } from '../model/types';

/**
 * The bundle's JSON text in pieces, one per question. As one string it would not scale: at 100×
 * the content it is ~400 million UTF-16 characters, near V8's string limit, and held beside the
 * compiled entries it took the compiler to its heap limit.
 */
export function* bundleJsonPieces(bundle: ContentBundle): Generator<string> {
  const { questions, ...rest } = bundle;
  // `{…,"questions":[]}` without its `[]}`: the questions follow one by one
  yield JSON.stringify({ ...rest, questions: [] }).slice(0, -3);
  for (const [i, q] of questions.entries()) {
    yield `${i ? ',' : '['}${JSON.stringify(q)}`;
  }
  yield questions.length ? ']}' : '[]}';
}

/**
 * Writes dist/content.json (for tools and tests) and dist/content.json.br, what the extension
 * loads: JSON deflates to a third inside the VSIX zip, Brotli to a fifth. The JSON is written
 * before this returns; Brotli runs on the thread pool while the caller goes on (it builds the
 * head index), and the promise settles once the .br file is complete. Quality 6 takes about as
 * long as the head index (120 ms), so the build does not wait for it; 7 took twice as long (the
 * compiler sat idle for 130 ms) for a file 2% smaller.
 */
export function writeBundleFiles(bundle: ContentBundle, jsonFile: string, brFile: string): Promise<void> {
  // Each write, and each output chunk, is a turn of the event loop for the compressor, and the
  // caller keeps the loop busy: few large writes into a large output buffer let it go on alone.
  const brotli = createBrotliCompress({ chunkSize: BROTLI_BLOCK_BYTES, params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY } });
  const compressed = pipeline(brotli, createWriteStream(brFile));
  const fd = openSync(jsonFile, 'w');
  let block: Buffer[] = [];
  let blockBytes = 0;
  const flush = (): void => {
    // queued, not awaited: the compressor works through its queue on the thread pool
    brotli.write(Buffer.concat(block, blockBytes));
    block = [];
    blockBytes = 0;
  };
  try {
    for (const piece of bundleJsonPieces(bundle)) {
      const bytes = Buffer.from(piece, 'utf8');
      writeSync(fd, bytes);
      block.push(bytes);
      blockBytes += bytes.length;
      if (blockBytes >= BROTLI_BLOCK_BYTES) {
        flush();
      }
    }
    flush();
  } finally {
    closeSync(fd);
    brotli.end();
  }
  return compressed;
}

const BROTLI_QUALITY = 6;

/** The shipped content is ~5 MB: one block, one job on the thread pool; 100× is a hundred. */
const BROTLI_BLOCK_BYTES = 8 * 2 ** 20;

/**
 * dist/search-index.json: the head index (names and one-line answers) that a first search
 * loads; the answer-text index is built by the extension in the background (see LazySearch).
 */
export function headIndexJson(questions: readonly Question[]): string {
  return SearchIndex.build(questions.map(toHeadDoc), { body: false }).toJSON().head;
}
