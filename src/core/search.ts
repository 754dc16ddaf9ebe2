// Binary search over anything in order, so each caller states only its test.

import {must} from './must.js'

/**
 * The first index in [0, length) at which `after(index)` is true, or `length`:
 * `after` must be false for a prefix of the indices and true for the rest.
 */
export function partitionPoint(length: number, after: (index: number) => boolean): number {
  let low = 0
  let high = length
  while (low < high) {
    const middle = (low + high) >> 1
    if (after(middle)) high = middle
    else low = middle + 1
  }
  return low
}

/** `partitionPoint` over a list: the first index whose item is `after`, or the list's length. */
export function partitionPointOf<T>(items: readonly T[], after: (item: T) => boolean): number {
  return partitionPoint(items.length, (index) => after(must(items[index], 'a bisection index is in range')))
}
