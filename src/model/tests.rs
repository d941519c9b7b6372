use super::*;

fn model(started: i32, retired: Option<i32>) -> Model {
    Model {
        code: "MH01".into(),
        name: "Mô hình".into(),
        field: Field::Economy,
        level: Level::Grassroots,
        owner_unit: String::new(),
        owner_member: String::new(),
        started,
        retired,
        note: String::new(),
    }
}

#[test]
fn runs_from_start_to_retirement_inclusive() {
    let m = model(2023, Some(2025));
    assert!(!m.runs_in(2022));
    assert!(m.runs_in(2023));
    assert!(m.runs_in(2025));
    assert!(!m.runs_in(2026));
    assert!(model(2023, None).runs_in(2030));
}

#[test]
fn retirement_within_start_and_current_year() {
    assert!(model(2024, Some(2024)).validate(2026).is_ok());
    assert!(model(2024, Some(2023)).validate(2026).is_err());
    assert!(model(2024, Some(2027)).validate(2026).is_err());
    assert!(model(2027, None).validate(2026).is_err());
}

#[test]
fn units_match_with_or_without_marks() {
    let units = vec!["Văn phòng".to_string(), "Phòng Nghiệp vụ".to_string()];
    assert_eq!(find_unit(&units, "van PHONG").as_deref(), Some("Văn phòng"));
    assert_eq!(
        find_unit(&units, "Văn  phòng").as_deref(),
        Some("Văn phòng")
    );
    assert_eq!(find_unit(&units, "Thanh tra"), None);
}

#[test]
fn edit_gives_the_model_one_owner_and_retire_says_when_nothing_changes() {
    let dir = tempfile::tempdir().unwrap();
    let (mut db, _) = crate::db::Db::create_or_open(&dir.path().join("t.db")).unwrap();
    let member = member::Member {
        code: "NV001".into(),
        name: "Nguyễn Văn An".into(),
        unit: "Văn phòng".into(),
        roles: Vec::new(),
        joined: chrono::NaiveDate::from_ymd_opt(2015, 3, 1).unwrap(),
        left: None,
        email: String::new(),
        phone: String::new(),
        note: String::new(),
    };
    db.write(|w| member::add(w, &member)).unwrap();
    let mut m = model(2024, None);
    m.owner_member = "NV001".into();
    db.write(|w| add(w, m, 2026)).unwrap();
    let changes = ModelChanges {
        unit: Some("van phong".into()),
        ..ModelChanges::default()
    };
    let new = db
        .write(|w| edit(w, "MH01", changes, 2026))
        .unwrap()
        .unwrap();
    assert_eq!(
        (new.owner_unit.as_str(), new.owner_member.as_str()),
        ("Văn phòng", "")
    );
    let unchanged = db.write(|w| edit(w, "MH01", ModelChanges::default(), 2026));
    assert_eq!(unchanged.unwrap(), None);
    let retired = db
        .write(|w| retire(w, "MH01", 2025, 2026))
        .unwrap()
        .unwrap();
    assert_eq!(retired.retired, Some(2025));
    assert_eq!(db.write(|w| retire(w, "MH01", 2025, 2026)).unwrap(), None);
}
