//! What a clerk sees: command lines with their output, kept in
//! `tests/cmd/*.md` (run on a fixed today, in a scratch directory).

#[test]
fn cli_cases() {
    trycmd::TestCases::new()
        .env("DANVAN_TODAY", "2026-11-27")
        .env("DANVAN_DB", "clerk.db")
        .env("LANG", "C")
        .env("NO_COLOR", "1")
        .case("tests/cmd/*.md");
}
