# danvan's messages in English.
#
# Every id here is in vi.ftl too, with the same placeholders; a test fails
# otherwise, and when an id is used by no code. Code passes the data (a code,
# a month, a count) and never a sentence. The English text is what danvan
# has always printed: tests compare it byte for byte.
# Help of commands and options in English is the doc comments of src/cli;
# its Vietnamese is in vi-help.ftl.

## The lines of an error

error-prefix = error
hint-prefix = hint

## A unit, member or model typed that names nothing
## $typed: what was typed, in quotes

unknown-unit = there is no unit { $typed }: no member belongs to it, nor ever did
unknown-member = there is no member with code { $typed }
unknown-model = there is no model with code { $typed }
# $near: the nearest existing spellings; $then: the hint that follows
hint-did-you-mean = did you mean { $near }? { $then }
hint-see-units = see the units with `danvan unit list --all`
hint-find-member-by-name = to find a member by name, run `danvan member find "{ $name }"`
hint-see-members = see the codes with `danvan member list --all`
hint-see-models = see the codes with `danvan model list`, or add the model first with `danvan model add CODE --name … --field …`

## A new member whose code is taken

member-exists = member { $code } already exists ({ $name })
hint-member-exists = choose another code, or change this member with `danvan member edit { $code }`

## people: members, units, models, evaluations, titles, removals

# $typed, $existing, $old, $new: unit names, in quotes
unit-looks-like = the unit { $typed } is new, but is spelled like the existing unit { $existing }
hint-unit-looks-like = write it as { $existing }, or add --new-unit (--new-units for an import) if { $typed } is another unit
unit-would-merge = the unit { $new } exists already: renaming { $old } to it merges the two
hint-unit-would-merge = to merge them, run `danvan unit rename { $old } { $new } --merge`
unit-both-evaluated = { $old } and { $new } are both evaluated for { $year }: one unit has one evaluation a year; remove one first
# $by: what still refers to the record, a list
removal-model-in-use = model { $code } cannot be removed: { $by } still refer to it
removal-member-in-use = member { $code } cannot be removed: { $by } still refer to it
removal-list = { $first }, { $rest }
removal-by-more = { $n } more
removal-by-pledge-item = pledge item { $item }
removal-by-model-evaluation = its evaluation of { $year }
removal-by-pledges = { $n } pledge items
removal-by-reports = { $n } reports
removal-by-evaluations = { $n } evaluations
removal-by-models = { $n } models they own
hint-member-in-use = a member who leaves stays on record: run `danvan member leave CODE --on DD/MM/YYYY`
hint-model-in-use = remove the model from those items first (`danvan pledge edit ITEM --model ""`) and their evaluations (`danvan evaluate remove model CODE --year Y`), or retire it with `danvan model retire CODE --year Y`
removal-no-report = there is no report of { $code } for { $month }
# $kind: member, unit or model
removal-no-evaluation = there is no { $kind } evaluation of { $subject } for { $year }
removal-no-pledges = there is no pledge item of { $code } for { $year }
member-bad-email = email { $email } is not an e-mail address
# $left, $joined: dates
member-left-before-joined = the leave date { $left } is before the join date { $joined } of { $code }
hint-member-left-before-joined = a member leaves on or after the day they joined
# $what: member or model
code-invalid = { $code } is not a valid { $what } code
hint-code-invalid = a code is 1 to 32 letters, digits, '-', '_' or '.', without spaces or '/', such as NV001
member-name-mismatch = member_name: the file names { $named } beside the code { $code }, but the register has { $code } as { $register }; correct the code or the name
member-vanished = member { $code } vanished
member-not-registered = member: there is no member with code { $code }; import the members first (`danvan member import`)
member-search-empty = give part of a name or of a code to look for, such as "lan" or "NV00"
# $like: the unit-looks-like message
member-row-unit-looks-like = unit: { $like }; add --new-units if it is another unit
member-row-joined-empty = joined: the join date is empty; write it as YYYY-MM-DD (2026-03-31), DD/MM/YYYY or D/M/YYYY (31/03/2026, 1/3/2026), DD-MM-YYYY (31-03-2026) or DD.MM.YYYY (31.03.2026)
model-two-owners = model { $code } has both an owner unit ({ $unit }) and an owner member ({ $member })
hint-model-two-owners = a model belongs to a unit or to a member, not both: leave owner_unit or owner_member empty (--unit or --member on the command line)
# $started, $current, $retired: years
model-starts-later = model { $code } starts in { $started }, after the current year { $current }
hint-model-starts-later = record a model once it has started: give a started year up to the current one
model-retires-before-start = model { $code } would retire in { $retired }, before it started in { $started }
hint-model-retires-before-start = the retired year is the last year the model ran: the started year or later
model-retires-later = model { $code } would retire in { $retired }, after the current year { $current }
hint-model-retires-later = record the retirement once that year has come
model-owner-unit-unknown = model { $code }: there is no unit { $unit } (no member has ever belonged to it)
hint-model-owner-unit-unknown = check the spelling against `danvan member list --all`, or give the owner as a member with --member CODE
model-owner-member-unknown = model { $code }: there is no member with code { $member } to own it
hint-model-owner-member-unknown = see the codes with `danvan member list --all`, or register the member first with `danvan member add { $member } --name …`
model-exists = model { $code } already exists ({ $name })
hint-model-exists = choose another code, or change this model with `danvan model edit { $code }`
model-row-started-empty = started: the year the model started is empty; write it with four digits, such as 2024
# $joined, $left: dates; $year: a year
evaluation-member-inactive = member { $code } ({ $name }) was not active in { $year }: joined { $joined }
evaluation-member-inactive-left = member { $code } ({ $name }) was not active in { $year }: joined { $joined }, left { $left }
hint-evaluation-member-inactive = a member is rated for a year in which they were active; check the year
evaluation-model-not-running = model { $code } ({ $name }) did not run in { $year }: it ran from { $started }
evaluation-model-not-running-retired = model { $code } ({ $name }) did not run in { $year }: it ran from { $started } to { $retired }
hint-evaluation-model-not-running = a model is rated for a year in which it ran; check the year
evaluation-year-later = { $year } is after the current year { $current }: it cannot be evaluated yet
hint-evaluation-year-later = give --year { $current } or an earlier year
# $kind: member, unit or model; $rating: a rating code
evaluation-exists = { $kind } { $subject } already has an evaluation for { $year }: { $rating }
evaluation-exists-exemplary = { $kind } { $subject } already has an evaluation for { $year }: { $rating }, exemplary
hint-evaluation-exists = to overwrite it, run `danvan evaluate { $kind } { $subject } --year { $year } --rating { $rating } --replace` (the old one stays in `danvan log`)
evaluation-row-subject-empty = subject: empty; write the member code, the unit name or the model code
evaluation-row-exemplary-bad = exemplary: { $typed } is not yes or no; write true/false, yes/no, 1/0, x/empty or có/không
initiative-ref-bad = { $typed } is not an initiative: write it MEMBER/YEAR/NO, such as NV001/2025/1
# $what: initiative, title or discipline
recorded-year-later = { $what ->
        [initiative] an initiative
        [title] a title
       *[discipline] a discipline
    } of { $year } cannot be recorded yet: the current year is { $current }
# $initiative: MEMBER/YEAR/NO
initiative-absent = there is no initiative { $initiative }
# $title: the year and title code the initiative backs
initiative-backs-title = initiative { $initiative } backs the title { $title }; remove that first
initiative-row-no-bad = no: { $typed } is not a number from 1
# $form: a discipline form code
discipline-exists = member { $code } already has a { $form } discipline in { $year }
discipline-absent = member { $code } has no { $form } discipline in { $year }
# $date, $today: dates
award-decision-after-today = decision { $number } is dated { $date }, after today { $today }
award-decision-exists = decision { $number } is already recorded (dated { $date }, by { $issuer })
award-row-kind-model = kind: a title is for a member or a unit
award-row-subject-empty = subject: empty; write the member code or the unit name
award-row-initiative-absent = initiative: there is no initiative { $initiative }
# $level: a level code
award-row-decision-differs = decision { $number } is recorded dated { $date }, by { $issuer }, at level { $level }; this row says otherwise
# $titles: title codes
award-subject-no-proposal = { $subject } has no undecided proposal for { $year } to grant
award-subject-no-proposal-of = { $subject } has no undecided proposal of { $titles } for { $year } to grant
award-no-proposal = there is no undecided proposal for { $year } to grant
award-no-proposal-of = there is no undecided proposal of { $titles } for { $year } to grant
hint-award-no-proposal = see the proposals with `danvan award list --year { $year } --proposed`; record them with `danvan award propose --year { $year } --apply`
# Import rows: a record twice in the file, or already recorded
member-row-twice = member { $code } appears twice in the file
model-row-twice = model { $code } appears twice in the file
evaluation-row-twice = the evaluation of { $kind } { $subject } for { $year } appears twice in the file
evaluation-row-exists = { $kind } { $subject } already has an evaluation for { $year } ({ $rating })
# $title: a title code
award-row-twice = { $title } { $subject } of { $year } appears twice in the file
award-row-exists = { $title } { $subject } of { $year } is already recorded
initiative-row-twice = initiative { $initiative } appears twice in the file
initiative-row-exists = initiative { $initiative } already exists ({ $title })
discipline-row-twice = the discipline { $code } { $year } { $form } appears twice in the file
discipline-row-exists = the discipline { $code } { $year } { $form } is already recorded
