// ts-fsrs and MiniSearch are a third of the host code and neither is needed to draw the tree or
// open an answer: required here on first use, the build writes each to dist/vendor/ (see
// src/build/build.mjs) so that loading the features does not compile them.
import type MiniSearch from 'minisearch';
import type * as TsFsrs from 'ts-fsrs';

/* eslint-disable @typescript-eslint/no-require-imports -- an import would load them with the features */
export const tsFsrs = (): typeof TsFsrs => require('ts-fsrs') as typeof TsFsrs;
export const miniSearch = (): typeof MiniSearch => require('minisearch') as typeof MiniSearch;
