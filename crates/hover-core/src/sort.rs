//! Sorting with one copy of the sort in the wasm package.
//!
//! Each element type and order a slice is sorted by gets its own copy of the standard
//! library's sort: 2 to 3.4 KB each in the wasm package, six of them. There, every sort
//! goes through one copy: the positions are sorted, compared by the elements they point at,
//! then the elements are moved into that order. Natively, the standard library's sort as it
//! is. Every order given here is total, or its equal elements cannot be told apart, so both
//! ways give the same result.

use std::cmp::Ordering;

/// Sorts `items` by `order`, as [`slice::sort_unstable_by`] does.
pub(crate) fn sort_unstable_by<T>(items: &mut [T], order: impl Fn(&T, &T) -> Ordering) {
    #[cfg(not(target_arch = "wasm32"))]
    items.sort_unstable_by(order);
    #[cfg(target_arch = "wasm32")]
    {
        let mut positions = sorted_positions(items.len(), &|a, b| order(&items[a], &items[b]));
        permute(items, &mut positions);
    }
}

/// `0..len` sorted by `order`: the one copy of the sort that every caller shares.
#[cfg(any(target_arch = "wasm32", test))]
fn sorted_positions(len: usize, order: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut positions: Vec<usize> = (0..len).collect();
    positions.sort_unstable_by(|&a, &b| order(a, b));
    positions
}

/// Puts the element at `positions[i]` at `i`, for each `i`: each cycle of the permutation
/// followed once, by swaps (`positions` is spent).
#[cfg(any(target_arch = "wasm32", test))]
fn permute<T>(items: &mut [T], positions: &mut [usize]) {
    for start in 0..items.len() {
        let mut at = start;
        while positions[at] != start {
            let next = positions[at];
            items.swap(at, next);
            positions[at] = at;
            at = next;
        }
        positions[at] = at;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The wasm package's way sorts as the standard library's sort does.
        #[test]
        fn sorting_positions_then_moving_sorts(mut items in proptest::collection::vec((0u8..8, 0u16..1000), 0..200)) {
            let mut expected = items.clone();
            expected.sort_unstable();
            let mut positions = sorted_positions(items.len(), &|a, b| items[a].cmp(&items[b]));
            permute(&mut items, &mut positions);
            proptest::prop_assert_eq!(items, expected);
        }
    }
}
