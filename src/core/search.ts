// Binary search over anything in order, so each caller states only its test.

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
