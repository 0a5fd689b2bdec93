import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | undefined;

/**
 * The extension host is not started with --expose-gc. Setting the flag at run time and taking
 * `gc` from a fresh context is the documented V8 way round that; without a collection the heap
 * figure would mostly measure when V8 last happened to collect.
 */
function collector(): () => void {
  if (!gc) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  return gc;
}

/** Heap in use after two full collections (the second frees what the first's finalizers released). */
export function heapUsedAfterGc(): number {
  const collect = collector();
  collect();
  collect();
  return process.memoryUsage().heapUsed;
}
