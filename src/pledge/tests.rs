//! Unit tests of `pledge`.

use super::*;

#[test]
fn item_references() {
    let r: ItemRef = "NV001/2026/2".parse().unwrap();
    assert_eq!(r.to_string(), "NV001/2026/2");
    assert_eq!(r.no, 2);
    for bad in [
        "NV001/2026",
        "NV001/2026/0",
        "NV001/26/1",
        "/2026/1",
        "NV001/2026/x",
        "a/b/c/d",
    ] {
        assert!(bad.parse::<ItemRef>().is_err(), "{bad}");
    }
}
