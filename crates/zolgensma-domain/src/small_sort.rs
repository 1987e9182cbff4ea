//! A stable sort for the domain's short lists: search hits and a code's
//! group (at most the data's codes), and claim findings (one per item
//! pasted: tens in a real claim, a few thousand at most within the
//! claim check's 20,000-character limit, where this quadratic sort does
//! millions of comparisons). The standard library's stable sort costs
//! kilobytes of wasm for each element type; this costs a few hundred bytes.

/// Sorts `items` by `key`, keeping the order of items whose keys are equal
/// (an insertion sort: quadratic, and fastest for short lists).
pub(crate) fn by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && key(&items[j - 1]) > key(&items[j]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::by_key;

    /// Every list of up to 7 items with keys 0..3 (ties everywhere), each
    /// item tagged with its position: the same order as the standard
    /// library's stable sort.
    #[test]
    fn sorts_like_the_standard_stable_sort() {
        for len in 0..=7u32 {
            for code in 0..3u32.pow(len) {
                let items: Vec<(u32, u32)> =
                    (0..len).map(|i| ((code / 3u32.pow(i)) % 3, i)).collect();
                let mut ours = items.clone();
                by_key(&mut ours, |item| item.0);
                let mut std = items;
                std.sort_by_key(|item| item.0);
                assert_eq!(ours, std);
            }
        }
    }
}
