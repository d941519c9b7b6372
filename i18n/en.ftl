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

## reports: pledges, monthly reports, the summary, the review, the demo
## A month ($month) is written 2026-11, a date ($date, $on, $today, $first) 2026-11-27.
## A month given to a command to type ($month in the hints, $month_arg) stays YYYY-MM.

pledge-not-an-item = { $typed } is not a pledge item: write it MEMBER/YEAR/NO
hint-pledge-not-an-item = such as NV001/2026/2; see the items with `danvan pledge list --member NV001`
# $when: pledge-member-left-on or pledge-member-joined-on
pledge-not-active-in-year = member { $code } ({ $name }) was not active on any day of { $year }: { $when }
pledge-member-left-on = left on { $date }
pledge-member-joined-on = joined on { $date }
hint-pledge-not-active = a pledge is for a year in which the member was active; check --year, or the member's dates with `danvan member show { $code }`
pledge-member-vanished = member { $code } vanished
pledge-no-such-item = { $member } has no pledge item { $no } in { $year }
hint-pledge-see-items = see { $code }'s items with `danvan pledge list --member { $code } --year { $year }`
# $n: how many reports; $months: their months
pledge-item-reported =
    { $item } cannot be removed: { $n ->
        [one] the report of { $months } refers
       *[other] the reports of { $months } refer
    } to it
# A list of months: the first, then the others
pledge-month-list = { $first }, { $rest }
hint-pledge-item-reported = see them with `danvan report show { $code } --month { $month }`; a report without this item is made with `danvan report add { $code } --month { $month } --item NO=STATUS … --replace`
# The lines of an import's problem list
pledge-row-text = { $text }
pledge-row-hinted = { $message }; { $hint }
# $key: the column's key (year, field, month …)
pledge-row-cell = { $key }: { $problem }
pledge-row-not-active = member { $code } was not active on any day of { $year }; check the year or the member's dates
pledge-row-bad-no = no: { $cell } is not an item number (1, 2, 3 …; or leave it empty)
pledge-row-no-model = model: there is no model with code { $code }; see `danvan model list`
pledge-row-twice = { $item } appears twice in the file
pledge-row-exists = { $item } already exists; add --replace to overwrite it, or leave `no` empty to add a new item

report-not-an-item-status = { $typed } is not an item status: write it NO=STATUS or NO=STATUS:NOTE
report-not-an-item-status-hint = such as --item 1=done or --item "2=chưa làm được:chờ kinh phí"; the statuses are { $codes } (or the Vietnamese labels)
report-not-items-status-hint = such as --item 1=done, --item 1,2,3=done, --item 1-3=done or --item "2=chưa làm được:chờ kinh phí"; the statuses are { $codes } (or the Vietnamese labels)
report-month-not-begun = { $month } has not begun (today is { $today }); a report is for the current month or an earlier one
report-member-not-active = the member was not active on any day of { $month }: { $when }
report-submitted-after-today = the submission date { $on } is after today ({ $today })
report-submitted-before-month = the submission date { $on } is before { $month } begins
# $problem: one of the four above
report-cannot-record = cannot record a report of { $code } ({ $name }) for { $month }: { $problem }
hint-report-give-on = give the day the report was handed in with --on, from { $first } to { $today }; without --on it is today
hint-report-check-month = check --month: `this` is the current month, `last` the one before
hint-report-check-member = check --month, or the member's dates with `danvan member show { $code }`
report-no-pledge = { $code } ({ $name }) has no pledge for { $year }, so there is nothing to report
hint-report-register-first = register the items first: danvan pledge add { $code } --year { $year } --field FIELD "…"
report-no-pledge-to-show = { $code } ({ $name }) has no pledge for { $year }, so there is no report to show
hint-report-see-pledges = see the pledges with `danvan pledge list --member { $code }`
report-no-item = a report names at least one item
report-no-item-hint = add --item NO=STATUS, such as --item 1=done, or --all STATUS
report-item-twice = item { $no } is given twice
report-item-twice-hint = give each item once, with --item NO=STATUS
# $items: the numbers the member pledged
report-not-pledged = { $code } has no item { $no } in { $year } (the items are { $items })
hint-report-see-items = see them with `danvan pledge list --member { $code } --year { $year }`
report-exists = { $code } already has a report for { $month } (submitted on { $on })
hint-report-exists = see it with `danvan report show { $code } --month { $month }`; add --replace to replace it whole
report-template-not-begun = { $month } has not begun (today is { $today }); no report is expected for it yet
report-template-not-begun-hint = give the current month or an earlier one: --month this, --month last or YYYY-MM
report-row-empty-code = member: the member code is empty
report-row-refused-see = the report of { $code } for { $month } is refused (see line { $line })
report-row-dates-differ = submitted_on { $on } differs from { $first } on line { $line } for the same report ({ $code } { $month }); one report has one submission date
report-row-bad-item = item: { $cell } is not an item number (the pledge item's no: 1, 2, 3 …)
report-row-not-pledged = item: { $code } has no pledge item { $no } in { $year }; see `danvan pledge list --member { $code } --year { $year }`
report-row-item-twice = item { $no } appears twice in the report of { $code } for { $month }
report-row-refused = the report of { $code } for { $month } is refused: { $problem }
report-row-exists = { $code } already has a report for { $month }; add --replace to replace it whole, or see it with `danvan report show { $code } --month { $month_arg }`

summary-from-after-to = --from { $from } is after --to { $to }
summary-from-after-to-hint = give the first year of the period with --from and the last with --to
summary-to-after-current = --to { $to } is after the current year { $current }
summary-to-after-current-hint = a review covers years that have begun: use --to { $current } or earlier
review-nothing-in-years = nothing to review in { $years }: no pledge items, monthly reports, evaluations or models
review-nothing-in-years-hint = choose --from and --to among the years the database holds
# Failures of the review's document itself; $reason: the library's words
review-chart-font = the chart's embedded font could not be read
review-chart-failed = cannot draw the chart: { $reason }
review-docx-failed = cannot assemble the Word document: { $reason }

demo-made = demo: { $members } members in { $units } units ({ $left } left during { $first }-{ $last }), { $models } models, { $items } pledge items, { $reports } monthly reports, { $evaluations } evaluations, { $initiatives } initiatives, 1 discipline, { $granted } titles of { $year } under one decision
