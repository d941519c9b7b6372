use super::*;

#[test]
fn the_empty_join_date_names_the_date_forms() {
    assert_eq!(
        Msg::new("member-row-joined-empty").text(Lang::En),
        format!(
            "joined: the join date is empty; write it as {}",
            crate::dates::DATE_FORMS
        )
    );
}

#[test]
fn find_lists_the_columns_of_list_then_active() {
    let (list, last) = FIND_COLUMNS.split_at(COLUMNS.len());
    let labels = |cs: &[Column]| -> Vec<(String, String, String)> {
        cs.iter()
            .map(|c| (c.key.to_string(), c.vi.to_string(), c.en.to_string()))
            .collect()
    };
    assert_eq!(labels(list), labels(COLUMNS));
    assert_eq!(last.len(), 1);
    assert_eq!(last[0].key, "active");
}

#[test]
fn edit_changes_what_is_given_and_writes_nothing_when_all_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let (mut db, _) = crate::db::Db::create_or_open(&dir.path().join("t.db")).unwrap();
    let m = Member {
        code: "NV001".into(),
        name: "Nguyễn Văn An".into(),
        unit: "Văn phòng".into(),
        roles: vec![Role::PartyMember],
        joined: NaiveDate::from_ymd_opt(2015, 3, 1).unwrap(),
        left: None,
        email: String::new(),
        phone: String::new(),
        note: String::new(),
    };
    db.write(|w| add(w, &m)).unwrap();
    let kept = MemberChanges {
        name: Some(" Nguyễn  Văn An ".into()),
        ..MemberChanges::default()
    };
    assert_eq!(db.write(|w| edit(w, "NV001", kept)).unwrap(), None);
    let changes = MemberChanges {
        phone: Some("0905 123 456".into()),
        roles: vec![Role::PartyMember, Role::Cadre, Role::PartyMember],
        ..MemberChanges::default()
    };
    let new = db.write(|w| edit(w, "NV001", changes)).unwrap().unwrap();
    assert_eq!(
        (new.name.as_str(), new.unit.as_str()),
        ("Nguyễn Văn An", "Văn phòng")
    );
    assert_eq!(new.phone, "0905 123 456");
    assert_eq!(
        new.roles,
        sorted_roles(vec![Role::Cadre, Role::PartyMember])
    );
    assert_eq!(get(&db.conn, "NV001").unwrap(), new);
}
