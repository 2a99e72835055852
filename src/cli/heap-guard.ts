/**
 * Keeps a long batch run's memory flat. V8 on a machine with plenty of RAM lets garbage pile up to a few
 * hundred MB before a full collection; a batch holds nothing between letters, so collecting when the heap
 * passes a limit costs a few milliseconds now and then and keeps peak memory near one letter's needs.
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Heap in use above which a batch collects garbage between letters (measured on the bench corpus: peak RSS
 * 190 MB without, 156 MB at 64 MB, no slower; at 48 MB collections come too often). */
export const BATCH_HEAP_LIMIT = 64 * 1024 * 1024;

let gc: (() => void) | null | undefined;

/** Collects garbage when the heap in use is above `limit` bytes; does nothing where V8 will not allow it. */
export function collectIfAbove(limit = BATCH_HEAP_LIMIT): void {
  if (getHeapStatistics().used_heap_size < limit) return;
  if (gc === undefined) {
    try {
      // the flag reaches contexts made after it is set: a fresh one hands out its `gc`
      setFlagsFromString('--expose-gc');
      gc = runInNewContext('gc') as () => void;
    } catch {
      gc = null;
    }
  }
  gc?.();
}
