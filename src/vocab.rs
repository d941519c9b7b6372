//! The movement's vocabulary: codes (what the CLI, CSV and JSON use) and
//! their Vietnamese and English labels; input accepts the code or the
//! Vietnamese label in any case, with or without diacritics.

use std::fmt;
use std::str::FromStr;

use crate::error::user_msg;
use crate::i18n::Msg;
use crate::text::fold;

pub use crate::i18n::Lang;

/// A vocabulary term: a stable code and its labels.
pub trait Term: Copy + 'static {
    fn code(self) -> &'static str;
    fn label(self, lang: Lang) -> &'static str;
}

macro_rules! vocabulary {
    ($(#[$doc:meta])* $name:ident, $what:literal, { $($variant:ident => $code:literal, $vi:literal, $en:literal;)+ }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// Every accepted code, for hints.
            pub fn codes() -> String {
                [$($code),+].join(", ")
            }

            /// Every label of a language, for hints.
            pub fn labels(lang: Lang) -> String {
                $name::ALL.iter().map(|t| t.label(lang)).collect::<Vec<_>>().join("; ")
            }
        }

        impl Term for $name {
            fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }
            fn label(self, lang: Lang) -> &'static str {
                match self { $($name::$variant => lang.pick($vi, $en)),+ }
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.code())
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.code())
            }
        }

        impl $name {
            /// The term `s` names (its code, or a label in any case, with
            /// or without diacritics), if any: no error made for a miss.
            pub fn find(s: &str) -> Option<$name> {
                // Codes, as CSV exports and scripts write them, need no folding.
                let trimmed = s.trim();
                if let Some(term) = $name::ALL.iter().find(|t| t.code() == trimmed) {
                    return Some(*term);
                }
                // Nor labels as a form's drop-down writes them (a filled
                // report form has one per status).
                if let Some(term) = $name::ALL
                    .iter()
                    .find(|t| t.label(Lang::Vi) == trimmed || t.label(Lang::En) == trimmed)
                {
                    return Some(*term);
                }
                static FOLDED: std::sync::OnceLock<Vec<($name, String, String)>> =
                    std::sync::OnceLock::new();
                let folded = FOLDED.get_or_init(|| {
                    $name::ALL
                        .iter()
                        .map(|t| (*t, fold(t.label(Lang::Vi)), fold(t.label(Lang::En))))
                        .collect()
                });
                let wanted = fold(s);
                folded
                    .iter()
                    .find(|(term, vi, en)| wanted == term.code() || wanted == *vi || wanted == *en)
                    .map(|(term, _, _)| *term)
            }
        }

        impl FromStr for $name {
            type Err = anyhow::Error;
            fn from_str(s: &str) -> anyhow::Result<$name> {
                $name::find(s).ok_or_else(|| user_msg(
                    Msg::new("vocab-not-a")
                        .arg("value", format!("{:?}", s.trim()))
                        .arg("what", Msg::new($what)),
                    Some(
                        Msg::new("vocab-use-one-of")
                            .arg("codes", $name::codes())
                            .arg("labels", $name::labels(Lang::Vi)),
                    ),
                ))
            }
        }
    };
}

vocabulary!(
    /// The four fields of the movement.
    Field, "vocab-field", {
    Economy => "economy", "Kinh tế", "economy";
    CultureSociety => "culture-society", "Văn hóa - xã hội", "culture and society";
    DefenseSecurity => "defense-security", "Quốc phòng - an ninh", "defence and security";
    PoliticalSystem => "political-system", "Xây dựng hệ thống chính trị", "building the political system";
});

vocabulary!(
    /// A member's roles; a member may hold several.
    Role, "vocab-role", {
    Cadre => "cadre", "Cán bộ", "cadre";
    PartyMember => "party-member", "Đảng viên", "party member";
    CivilServant => "civil-servant", "Công chức", "civil servant";
    PublicEmployee => "public-employee", "Viên chức", "public employee";
    Worker => "worker", "Người lao động", "worker";
    UnionMember => "union-member", "Đoàn viên, hội viên", "union / association member";
});

vocabulary!(
    /// The status of one pledge item in a monthly report.
    Status, "vocab-status", {
    Done => "done", "Đã làm", "done";
    InProgress => "in-progress", "Đang làm", "in progress";
    NotDone => "not-done", "Chưa làm được", "not done";
});

vocabulary!(
    /// The yearly rating of a person, a unit or a model.
    Rating, "vocab-rating", {
    Excellent => "excellent", "Hoàn thành xuất sắc nhiệm vụ", "outstanding";
    Good => "good", "Hoàn thành tốt nhiệm vụ", "good";
    Complete => "complete", "Hoàn thành nhiệm vụ", "complete";
    Incomplete => "incomplete", "Không hoàn thành nhiệm vụ", "not complete";
});

vocabulary!(
    /// The level at which a model is recognised.
    Level, "vocab-level", {
    Grassroots => "grassroots", "Cấp cơ sở", "agency / commune level";
    District => "district", "Cấp huyện", "district level";
    Province => "province", "Cấp tỉnh", "province level";
    National => "national", "Toàn quốc", "national level";
});

vocabulary!(
    /// What an evaluation rates.
    Kind, "vocab-kind", {
    Member => "member", "Cá nhân", "member";
    Unit => "unit", "Tập thể", "unit";
    Model => "model", "Mô hình", "model";
});

vocabulary!(
    /// The form of a discipline (kỷ luật), lightest first.
    DisciplineForm, "vocab-discipline-form", {
    Reprimand => "reprimand", "Khiển trách", "reprimand";
    Warning => "warning", "Cảnh cáo", "warning";
    Demotion => "demotion", "Hạ bậc lương, cách chức", "demotion";
    Dismissal => "dismissal", "Buộc thôi việc, khai trừ", "dismissal";
});

impl DisciplineForm {
    /// Whether the form bars a collective title: a warning or heavier.
    pub fn bars_collective(self) -> bool {
        self >= DisciplineForm::Warning
    }
}

vocabulary!(
    /// An emulation title or a form of commendation (Luật Thi đua, khen
    /// thưởng 2022): the grassroots titles danvan proposes, then the higher
    /// forms it names candidates for.
    Title, "vocab-title", {
    AdvancedWorker => "advanced-worker", "Lao động tiên tiến", "advanced worker";
    GrassrootsEmulationFighter => "grassroots-emulation-fighter", "Chiến sĩ thi đua cơ sở", "grassroots emulation fighter";
    AdvancedCollective => "advanced-collective", "Tập thể lao động tiên tiến", "advanced labour collective";
    ExcellentCollective => "excellent-collective", "Tập thể lao động xuất sắc", "excellent labour collective";
    ProvincialCertificate => "provincial-certificate", "Bằng khen cấp tỉnh", "provincial certificate of merit";
    ProvincialEmulationFighter => "provincial-emulation-fighter", "Chiến sĩ thi đua cấp tỉnh", "provincial emulation fighter";
});

impl Title {
    /// Whether the title is a collective's (a unit's).
    pub fn is_collective(self) -> bool {
        matches!(self, Title::AdvancedCollective | Title::ExcellentCollective)
    }
}

/// Parse from a stored code; the database's CHECK constraints keep other
/// values out, so a miss means a damaged file.
pub fn from_code<T: Term>(all: &[T], code: &str) -> rusqlite::Result<T> {
    all.iter()
        .copied()
        .find(|t| t.code() == code)
        .ok_or_else(|| {
            rusqlite::Error::FromSqlConversionFailure(
                0,
                rusqlite::types::Type::Text,
                format!("unknown code {code:?} in the database").into(),
            )
        })
}

/// A value parser for clap that turns a failed parse into a message; main
/// maps such failures to exit status 1.
pub fn arg<T: FromStr<Err = anyhow::Error>>(s: &str) -> Result<T, crate::error::ArgError> {
    s.parse::<T>().map_err(|e| {
        crate::error::ArgError(Box::new(match e.downcast::<crate::error::UserError>() {
            Ok(u) => u,
            Err(e) => crate::error::UserError::invalid_value(&e),
        }))
    })
}

/// Parse a set of roles written `a|b|c`, `a, b` or `a; b` (labels or
/// codes); returns them in the vocabulary's order, without repeats. Labels
/// are matched whole first: "Đoàn viên, hội viên" holds a comma and is one
/// role, so the longest run of pieces that names a role is taken.
pub fn parse_roles(s: &str) -> anyhow::Result<Vec<Role>> {
    let pieces: Vec<&str> = s.split(['|', ',', ';']).collect();
    // Where each piece starts in `s`.
    let mut starts = Vec::with_capacity(pieces.len());
    let mut at = 0;
    for piece in &pieces {
        starts.push(at);
        at += piece.len() + 1;
    }
    let mut roles = Vec::new();
    let mut i = 0;
    while i < pieces.len() {
        if pieces[i].trim().is_empty() {
            i += 1;
            continue;
        }
        // A code (as exports write them) is a piece of its own.
        if let Some(role) = Role::ALL.iter().find(|r| r.code() == pieces[i].trim()) {
            if !roles.contains(role) {
                roles.push(*role);
            }
            i += 1;
            continue;
        }
        // No label holds more than one separator: a few pieces at most.
        let longest = (i + 1..=pieces.len().min(i + 3)).rev().find_map(|j| {
            let end = starts[j - 1] + pieces[j - 1].len();
            Role::find(&s[starts[i]..end]).map(|role| (j, role))
        });
        let (next, role) = match longest {
            Some(found) => found,
            None => (i + 1, pieces[i].parse::<Role>()?),
        };
        if !roles.contains(&role) {
            roles.push(role);
        }
        i = next;
    }
    roles.sort();
    Ok(roles)
}

/// Roles as stored and exported: codes joined by `|`.
pub fn roles_code(roles: &[Role]) -> String {
    roles.iter().map(|r| r.code()).collect::<Vec<_>>().join("|")
}

/// Roles as a table shows them.
pub fn roles_label(roles: &[Role], lang: Lang) -> String {
    roles
        .iter()
        .map(|r| r.label(lang))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests;
