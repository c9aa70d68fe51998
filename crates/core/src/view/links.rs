//! The one place where a link's query is put together, so that every href, copied link, iframe
//! code and history entry keeps what the view does not own: `?data=data/other.json` stays on
//! every link of a page opened with it, and so do parameters of features this crate does not know.

use crate::view::url_state::{decode_query, encode_query, KEYS};

/// The encoded query (without its `?`) of a view in the page whose query is now `current_query`.
///
/// `owned` is the view's own parameters, as [`ViewState::to_query`](crate::ViewState::to_query)
/// gives them. They come first, in the order of [`KEYS`] (keys outside it, after those, in their
/// given order). Then every parameter of `current_query` (with or without its `?`) that the view
/// does not own follows in its order there: `data=`, and any key that is neither in [`KEYS`] nor
/// in `owned`. A key of [`KEYS`] that `owned` leaves out is dropped: the new view has the default.
///
/// ```
/// use daumoc_core::compose_query;
/// let owned = [("event".to_string(), "khoi-nghia-bac-son".to_string())];
/// assert_eq!(
///     compose_query("?q=ha&data=data/other.json", &owned),
///     "event=khoi-nghia-bac-son&data=data/other.json"
/// );
/// ```
pub fn compose_query(current_query: &str, owned: &[(String, String)]) -> String {
    let rank = |key: &str| KEYS.iter().position(|k| *k == key).unwrap_or(KEYS.len());
    let mut pairs = owned.to_vec();
    // A stable sort: a key given twice keeps its order.
    crate::order::sort_stable_by_key(&mut pairs, |(k, _)| rank(k));
    let kept = decode_query(current_query)
        .into_iter()
        .filter(|(k, _)| !KEYS.contains(&k.as_str()) && !owned.iter().any(|(o, _)| o == k));
    pairs.extend(kept);
    encode_query(&pairs)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn owned(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn keeps_the_dataset() {
        assert_eq!(
            compose_query("?data=data/other.json", &owned(&[("event", "bac-son")])),
            "event=bac-son&data=data/other.json"
        );
        // An encoded path is written back readable.
        assert_eq!(compose_query("data=fixtures%2Fx.json", &[]), "data=fixtures/x.json");
    }

    #[test]
    fn keeps_unknown_parameters_in_their_order() {
        assert_eq!(
            compose_query("?utm_source=zalo&data=d.json&x=1&x=2", &owned(&[("year", "2025")])),
            "year=2025&utm_source=zalo&data=d.json&x=1&x=2"
        );
    }

    #[test]
    fn replaces_owned_parameters() {
        assert_eq!(
            compose_query(
                "?event=old&cat=history&data=d.json",
                &owned(&[("cat", "congress"), ("event", "new")])
            ),
            "cat=congress&event=new&data=d.json"
        );
    }

    #[test]
    fn drops_owned_parameters_absent_from_the_new_view() {
        assert_eq!(
            compose_query(
                "?q=ha&from=1940&mode=present&slide=3&embed=1&lang=en&data=d.json",
                &owned(&[("event", "e")])
            ),
            "event=e&data=d.json"
        );
    }

    #[test]
    fn owned_keys_come_in_the_order_of_keys() {
        assert_eq!(
            compose_query("", &owned(&[("view", "anniversaries"), ("year", "2025"), ("lang", "en")])),
            "lang=en&year=2025&view=anniversaries"
        );
    }

    #[test]
    fn an_owned_key_outside_keys_replaces_the_current_one() {
        assert_eq!(
            compose_query("?data=old.json&q=x", &owned(&[("data", "new.json"), ("q", "y")])),
            "q=y&data=new.json"
        );
    }

    #[test]
    fn encodes_vietnamese_text() {
        assert_eq!(
            compose_query("?data=dữ liệu/lạng sơn.json", &owned(&[("q", "bắc sơn"), ("tag", "cách-mạng")])),
            "q=b%E1%BA%AFc+s%C6%A1n&tag=c%C3%A1ch-m%E1%BA%A1ng&data=d%E1%BB%AF+li%E1%BB%87u/l%E1%BA%A1ng+s%C6%A1n.json"
        );
    }

    #[test]
    fn empty_when_nothing_is_left() {
        assert_eq!(compose_query("", &[]), "");
        assert_eq!(compose_query("?", &[]), "");
        assert_eq!(compose_query("?q=ha&event=e&view=anniversaries", &[]), "");
    }
}
